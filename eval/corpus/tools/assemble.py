#!/usr/bin/env python3
"""Joins the offset-gold lines an annotation round wrote (one .jsonl per report, from offsets.py)
into the corpus manifest, sorted by file name, keeping no text of the reports: free-text fields
that would quote them (an incident's `place`) are dropped, and every address must pass the
project's held-out check.

    assemble.py GOLD_DIR HELD_OUT_TOOL > corpus.jsonl
"""
import glob, json, os, subprocess, sys

QUOTING_FIELDS = ("place",)


def main(gold_dir, held_out):
    lines = []
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.jsonl"))):
        for raw in open(path, encoding="utf-8"):
            if raw.strip():
                lines.append(json.loads(raw))
    urls = [l["url"] for l in lines]
    check = subprocess.run([held_out, *urls], capture_output=True, text=True)
    if check.returncode != 0:
        bad = [l for l in check.stdout.splitlines() if l.startswith("held-out")]
        sys.exit("held-out pages in the gold, remove them: " + "; ".join(bad))
    files = set()
    for l in sorted(lines, key=lambda l: l["file"]):
        if l["file"] in files:
            sys.exit(f"{l['file']}: two gold lines for one text")
        files.add(l["file"])
        for inc in l.get("incidents", []):
            for f in QUOTING_FIELDS:
                inc.pop(f, None)
        print(json.dumps(l, ensure_ascii=False, sort_keys=False))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
