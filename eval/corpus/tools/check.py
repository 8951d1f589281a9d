#!/usr/bin/env python3
"""Checks rebuilt corpus texts against the manifest's checksums, without reading them into the repo.

    python3 eval/corpus/tools/check.py DIR [FILE ...]

For each manifest line (or only the named files) whose text is in DIR, prints `ok`, `differs`
(with the SHA-1 found) or `missing`, and a count at the end. The body is hashed the way Reckon
does (data-contract §1: NFC, CRLF to LF, trailing whitespace trimmed), so a text that passes here
passes `reckon eval`'s check.
"""
import hashlib
import json
import os
import sys
import unicodedata

MANIFEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus.jsonl")


def body_sha1(text):
    body = unicodedata.normalize("NFC", text.replace("\r\n", "\n")).rstrip()
    return hashlib.sha1(body.encode("utf-8")).hexdigest()


def main(argv):
    if not argv:
        sys.exit(__doc__)
    folder, only = argv[0], set(argv[1:])
    counts = {"ok": 0, "differs": 0, "missing": 0}
    with open(MANIFEST, encoding="utf-8") as manifest:
        for line in manifest:
            entry = json.loads(line)
            if only and entry["file"] not in only:
                continue
            path = os.path.join(folder, entry["file"])
            if not os.path.isfile(path):
                state = "missing"
                print(f"missing  {entry['file']}")
            else:
                with open(path, encoding="utf-8") as f:
                    found = body_sha1(f.read())
                state = "ok" if found == entry["body_sha1"] else "differs"
                print(f"{state:8} {entry['file']}" + ("" if state == "ok" else f"  (found {found})"))
            counts[state] += 1
    print(" ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
