#!/usr/bin/env python3
"""Turns one hand annotation, written with exact substrings of the text, into one line of offset
gold (data-contract §4.1): the body's SHA-1 and every string as UTF-16 offsets into the body.

    offsets.py ANNOTATION.json TEXTS_DIR  > gold-line.jsonl

The body is what Reckon reads (TextNormalizer, PlainTextReader): BOM dropped, CR LF -> LF, NFC,
trailing whitespace trimmed, and a leading `key: value` header block (with a known key) removed.
The annotation is the §4 form: evidence as lists of substrings, claims' `text` and
`speaker_mention` as substrings. A substring that occurs more than once may be written as
{"text": "...", "occurrence": N} (1-based). Anything not found, or an unknown value, is an error
naming the annotation and the field; nothing is written then.
"""
import hashlib, json, re, sys, unicodedata

KNOWN_KEYS = {"url", "title", "outlet", "published", "language"}
HEADER_LINE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,39}:[ \t]*(.*)")
ENUMS = {
    "date_precision": {"day", "month", "year", "unknown"},
    "region": {"caribbean", "eastern_pacific", "unknown", None},
    "metric": {"killed", "strikes", "vessels", "survivors"},
    "bound": {"exact", "at_least", "at_most", "about", "almost", "more_than"},
    "speaker_type": {"named_official", "anonymous_official", "named_expert", "lawmaker", "family_member",
                     "organization", "government_spokesperson", "other"},
    "kind": {"direct_quote", "paraphrase"},
    "type": {"person", "organization", "government_body", "armed_group"},
}


def normalize(raw):
    s = raw[1:] if raw.startswith("\ufeff") else raw
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = unicodedata.normalize("NFC", s)
    return s.rstrip()


def body_of(text):
    blank = text.find("\n\n")
    block = text if blank < 0 else text[:blank]
    keys = []
    for line in block.split("\n"):
        m = HEADER_LINE.fullmatch(line.strip())
        if not m:
            return text
        keys.append(line.strip().split(":", 1)[0].lower())
    if not KNOWN_KEYS.intersection(keys):
        return text
    return "" if blank < 0 else text[blank + 2:]


class Located:
    def __init__(self, body, where):
        self.body, self.where, self.errors = body, where, []

    def u16(self, i):
        return len(self.body[:i].encode("utf-16-le")) // 2

    def find(self, item, field, near=None):
        occurrence = 1
        if isinstance(item, dict):
            occurrence, item = item.get("occurrence", 1), item["text"]
        if not isinstance(item, str) or not item:
            self.errors.append(f"{self.where}: {field}: expected a non-empty substring, got {item!r}")
            return None
        hits = [m.start() for m in re.finditer(re.escape(item), self.body)]
        if not hits:
            self.errors.append(f"{self.where}: {field}: not in the text: {item[:80]!r}")
            return None
        if near is not None and not isinstance(item, dict) and occurrence == 1 and len(hits) > 1:
            start = min(hits, key=lambda h: abs(h - near))
        elif occurrence > len(hits):
            self.errors.append(f"{self.where}: {field}: occurrence {occurrence} of {len(hits)}: {item[:60]!r}")
            return None
        else:
            start = hits[occurrence - 1]
        return {"start": self.u16(start), "end": self.u16(start + len(item))}, start

    def spans(self, items, field):
        out = []
        for k, item in enumerate(items or []):
            found = self.find(item, f"{field}[{k}]")
            if found:
                out.append(found[0])
        return out


def check_enum(errors, where, key, value):
    if key in ENUMS and value not in ENUMS[key]:
        errors.append(f"{where}: {key}: {value!r} is not one of {sorted(v for v in ENUMS[key] if v)}")


def count(errors, where, value):
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - {"min", "max"}:
        errors.append(f"{where}: expected {{'min': n, 'max': n or null}}, got {value!r}")
        return None
    return {"min": value.get("min"), "max": value.get("max")}


def convert(ann, raw_text):
    where = ann.get("file", "?")
    text = normalize(raw_text)
    body = body_of(text)
    loc = Located(body, where)
    out = {k: ann.get(k) for k in ("file", "url", "query", "language", "published") if k in ann}
    if ann.get("published_range"):
        out["published_range"] = ann["published_range"]
    out["body_sha1"] = hashlib.sha1(body.encode("utf-8")).hexdigest()
    out["negative"] = bool(ann.get("negative", False))
    out["annotated"] = ann.get("annotated", ["incidents", "tallies", "published"])
    for key in ("outlet", "genre"):
        if ann.get(key):
            out[key] = ann[key]
    out["incidents"] = []
    for i, inc in enumerate(ann.get("incidents", [])):
        w = f"{where}: incidents[{i}]"
        for key in ("date_precision", "region"):
            check_enum(loc.errors, w, key, inc.get(key))
        out["incidents"].append({
            "date": inc.get("date"), "date_precision": inc.get("date_precision"),
            "region": inc.get("region"), "place": inc.get("place"),
            "killed": count(loc.errors, w + ".killed", inc.get("killed")),
            "survivors": count(loc.errors, w + ".survivors", inc.get("survivors")),
            "vessels": inc.get("vessels"), "follow_up_strike": inc.get("follow_up_strike"),
            "evidence": loc.spans(inc.get("evidence"), f"incidents[{i}].evidence")})
    out["tallies"] = []
    for i, t in enumerate(ann.get("tallies", [])):
        w = f"{where}: tallies[{i}]"
        check_enum(loc.errors, w, "metric", t.get("metric"))
        check_enum(loc.errors, w, "bound", t.get("bound"))
        out["tallies"].append({"metric": t.get("metric"), "value": t.get("value"), "bound": t.get("bound"),
                               "evidence": loc.spans(t.get("evidence"), f"tallies[{i}].evidence")})
    out["claims"] = []
    for i, c in enumerate(ann.get("claims", [])):
        w = f"{where}: claims[{i}]"
        check_enum(loc.errors, w, "speaker_type", c.get("speaker_type"))
        check_enum(loc.errors, w, "kind", c.get("kind"))
        found = loc.find(c.get("text"), f"claims[{i}].text")
        if not found:
            continue
        claim = {"start": found[0]["start"], "end": found[0]["end"], "speaker": c.get("speaker")}
        if c.get("speaker_mention"):
            mention = loc.find(c["speaker_mention"], f"claims[{i}].speaker_mention", near=found[1])
            if mention:
                claim["speaker_mention_start"] = mention[0]["start"]
                claim["speaker_mention_end"] = mention[0]["end"]
        claim.update({"speaker_type": c.get("speaker_type"), "kind": c.get("kind"), "about": c.get("about")})
        out["claims"].append(claim)
    out["actors"] = []
    for i, a in enumerate(ann.get("actors", [])):
        check_enum(loc.errors, f"{where}: actors[{i}]", "type", a.get("type"))
        actor = {"name": a.get("name"), "type": a.get("type")}
        if a.get("aliases"):
            actor["aliases"] = a["aliases"]
        out["actors"].append(actor)
    return out, loc.errors


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    ann = json.load(open(argv[1], encoding="utf-8"))
    raw = open(f"{argv[2]}/{ann['file']}", encoding="utf-8").read()
    out, errors = convert(ann, raw)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
