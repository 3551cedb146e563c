#!/usr/bin/env python3
"""Writes the Unicode part of the fuzzing inputs (README "Fuzzing"): one libFuzzer dictionary
per target (fuzz/TARGET.dict) and seeds in fuzz/seeds/TARGET/u_* that contain the characters
our text handling gets wrong when it assumes one byte per character or ASCII whitespace:
multi-byte spaces, NEL/LS/PS, case changes that change byte length, ZWJ sequences, combining
marks, bidi controls, BOMs, lone surrogates in JSON escapes. The bug that motivated it: a
no-break space just before the last word of a sentence made segmentation slice inside the
character; these inputs put such characters exactly there.

    python3 fuzz/make_unicode_inputs.py            # rewrites the dicts and the u_* seeds
    python3 fuzz/make_unicode_inputs.py --check    # exits 1 if a written file is out of date

The index_file seeds are payloads of index files built by `corroborate index` from the Unicode
corpus below (header and checksum stripped; the harness re-wraps them): it uses
target/release/corroborate when present and leaves the existing seeds otherwise.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Characters whose width in UTF-8, whitespace class or case mapping breaks byte arithmetic.
SPACES = ["\u00a0", "\u1680", "\u2000", "\u2002", "\u2007", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\u180e"]
BREAKS = ["\u0085", "\u2028", "\u2029", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1e"]
# Lower/upper case of a different byte length than the original (İ → i̇ is 2 → 3 bytes, ẞ → ß
# 3 → 2, ﬁ → FI 3 → 2, K (Kelvin) → k 3 → 1, Ⱥ → ⱥ 2 → 3), final sigma, titlecase digraphs.
CASE = ["\u0130", "\u0131", "\u00df", "\u1e9e", "\ufb01", "\ufb02", "\ufb03", "\ufb06", "\u0149", "\u0390",
        "\u212a", "\u212b", "\u023a", "\u023e", "\u2c65", "\u03a3", "\u03c2", "\u01c5", "\u1f80", "\u0587",
        "\u0130STANBUL", "STRA\u1e9eE", "\ufb01ghters", "\ufb02ed"]
ZWJ = ["\u200d", "\u200c", "\u200b", "\u2060", "\ufe0f", "\U0001F469\u200d\U0001F467",
       "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F1F9\U0001F1F7", "\U0001F44D\U0001F3FD"]
COMBINING = ["\u0301", "\u0308", "e\u0301", "a\u0308\u0301\u0323", "\u20dd", "\u034f", "\u0301" * 8, "\u0e33", "\u0915\u094d\u0937"]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"]
BOM = ["\ufeff"]
PUNCT = ["\u00ad", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u2013", "\u2014", "\u2026",
         "\uff0e", "\u3002", "\uff1f", "\uff01", "\u203c", "\u0589", "\u06d4", "\u0964"]
DIGITS = ["\u0663\u0660\u0660", "\uff13\uff10\uff10", "\u00b2", "\u00bd", "\u2163", "\u0969"]
ODD = SPACES + BREAKS + CASE + ZWJ + COMBINING + BIDI + BOM + PUNCT + DIGITS

# Invalid UTF-8 (the harnesses read input lossily; the corpus readers must refuse or repair).
RAW_BAD = [b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xef\xbb\xbf"]

# JSON escapes of the same characters, as text (corpus_json): the parser decodes them.
JSON_ESCAPES = ["\\ud800", "\\udc00", "\\udbff\\udfff", "\\ud83d\\ude00", "\\ud83d", "\\ud800\\u0041", "\\ud800\\ud800",
                "\\u00a0", "\\u2028", "\\u2029", "\\u0085", "\\u0130", "\\u1e9e", "\\ufb01", "\\u200d", "\\u0301",
                "\\u202e", "\\ufeff", "\\u0000", "\\u3000", "\\u000b", "\\\\ud800", "\\u212a"]

WORDS = [" denied ", " not ", " said ", " more than 300 ", "Turkey", "Syria", "Azerbaijan", "Sept.", "U.S.",
         "Minsk Group", "co-chairs", "fighters", "mercenaries", "Paris", "1994", "according to", "PARIS --"]


def dict_entry(b: bytes) -> str:
    """A libFuzzer dictionary line: printable ASCII kept, everything else as \\xNN."""
    out = []
    for c in b:
        if c in (0x22, 0x5c):
            out.append("\\" + chr(c))
        elif 0x20 <= c < 0x7f:
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return '"' + "".join(out) + '"'


def unicode_entries():
    seen, out = set(), []
    for s in ODD:
        for b in (s.encode(), (" " + s).encode(), (s + " ").encode()):
            if b not in seen:
                seen.add(b)
                out.append(b)
    # The shape of the motivating bug: a multi-byte space just before a sentence's last word.
    for sp in SPACES + ["\u0085", "\u2028"]:
        for b in ((sp + "Azerbaijan.").encode(), ("Sept." + sp).encode(), ("U.S." + sp).encode()):
            if b not in seen:
                seen.add(b)
                out.append(b)
    return out + RAW_BAD + [w.encode() for w in WORDS]


def write_dict(name, entries, header):
    path = os.path.join(HERE, name)
    lines = ["# " + h for h in header] + [dict_entry(e) for e in entries]
    return path, ("\n".join(lines) + "\n").encode()


PROSE = ("PARIS (Reuters) - French President Emmanuel Macron said on Friday that 300 Syrian fighters had "
         "passed through Gaziantep on their way to Nagorno-Karabakh. Turkey denied sending foreign "
         "mercenaries to Azerbaijan, the U.S. said on Sept. 29. Germany co-chairs the OSCE Minsk Group, "
         "according to Russia.")


def sprinkle(text, odd, every=1):
    """`text` with `odd` in place of every `every`-th space and before every sentence's last word."""
    words = text.split(" ")
    out = words[0]
    for i, w in enumerate(words[1:], 1):
        last = w.endswith(".")
        out += (odd if last or i % every == 0 else " ") + w
    return out


def unicode_prose():
    """Prose variants, each with one kind of odd character everywhere it hurts."""
    return [(f"{i:02}", sprinkle(PROSE, odd, every=1 + i % 3)) for i, odd in enumerate(ODD)]


def claims():
    base = ["Turkey sent fighters from Syria to Azerbaijan.", "Germany co-chairs the OSCE Minsk Group.",
            "Turkey did not deny that more than 300 mercenaries arrived in Paris in 1994.",
            "Macron said Syrian fighters passed through Gaziantep."]
    out = []
    for i, odd in enumerate(ODD):
        c = base[i % len(base)]
        out.append(sprinkle(c, odd, every=2).encode())
    out.append("\ufeff\u0130STANBUL \u1e9eTRASSE \ufb01ghters \u202edeinst\u202c sent to Azerbaijan\u00a0.".encode())
    out.append(b"Turkey sent\xed\xa0\x80 fighters \xc3 to Syria.")
    out.append(("T\u0308u\u0301r\u0323key " + "\U0001F469\u200d\U0001F467 sent fighters\u2028to Syria.").encode())
    return out


def corpus_json_seeds():
    arts = [{"id": f"u{i}", "title": f"Title{odd}{i}", "text": text} for i, (_, text), odd in
            zip(range(len(ODD)), unicode_prose(), ODD)]
    out = {}
    # Even first byte: a JSON array (raw characters); odd: JSON lines with \u escapes.
    out["u_array"] = b"\x00" + json.dumps(arts[:12], ensure_ascii=False).encode()
    out["u_array_bom"] = b"\x00" + "\ufeff".encode() + json.dumps(arts[12:24], ensure_ascii=False).encode()
    lines = "\n".join(json.dumps(a, ensure_ascii=True) for a in arts[24:40])
    out["u_jsonl_escaped"] = b"\x01" + lines.encode() + b"\xff" + claims()[0]
    sur = ('[{"id": "s1", "title": "Lone \\ud800 surrogate", "text": "Turkey sent\\u00a0300 fighters to\\u00a0Syria. '
           'They denied it\\ud83d.\\u2028Germany co-chairs the Minsk\\u202fGroup.\\udc00"},'
           ' {"id": "s2\\u0130", "text": "\\ufeffU.S.\\u00a0officials said Turkey\\u0085denied it\\ud800\\u0041."}]')
    out["u_surrogates"] = b"\x00" + sur.encode() + b"\xff" + "Turkey sent 300\u00a0fighters.".encode()
    jl = '{"id": "a", "text": "PARIS\\u2029Turkey denied\\u00a0it."}\n\ufeff{"id": "b", "text": "x\\ud800y. Turkey sent fighters to\\u3000Syria."}'
    out["u_jsonl_lone"] = b"\x01" + jl.encode()
    return out


def corpus_txt_seeds():
    prose = unicode_prose()
    out = {}
    for k in range(0, len(prose), 8):
        chunk = prose[k:k + 8]
        out[f"u_txt{k // 8:02}"] = b"\x00".join(f"Title{ODD[int(i)]}line\n{t}\n".encode() for i, t in chunk)
    out["u_bom_nel"] = ("\ufeffHeadline with a BOM\u0085PARIS (Reuters) \u2014 Turkey sent 300 fighters to\u00a0Syria."
                        "\u2028They denied\u202fit.\u2029Sept.\u00a029 was calm.\r\nU.S.\u00a0officials said so.").encode()
    out["u_invalid"] = b"Turkey sent \xc3 fighters to\xc2\xa0Syria.\nThey denied \xed\xa0\x80it.\n"
    return out


def index_corpus():
    """The corpus the index_file seeds are built from: every odd character, in text and titles."""
    return [{"id": f"i{i}\u0130", "title": f"T{odd}{i}", "text": text} for i, (_, text), odd in
            zip(range(len(ODD)), unicode_prose(), ODD)]


def index_seeds():
    exe = os.path.join(ROOT, "target", "release", "corroborate")
    if not os.access(exe, os.X_OK):
        print(f"{exe} not built: index_file seeds left as they are", file=sys.stderr)
        return None
    out = {}
    arts = index_corpus()
    with tempfile.TemporaryDirectory() as d:
        # Chunks of 10 articles: each payload stays under the campaign's -max_len=8192.
        for k in range(0, len(arts), 10):
            name, subset = f"u_index_{k // 10:02}", arts[k:k + 10]
            src, idx = os.path.join(d, name + ".json"), os.path.join(d, name + ".idx")
            with open(src, "w", encoding="utf-8") as f:
                json.dump(subset, f, ensure_ascii=False)
            subprocess.run([exe, "index", src, "-o", idx], check=True, stdout=subprocess.DEVNULL)
            with open(idx, "rb") as f:
                data = f.read()
            out[name] = data[28:-8]  # magic 8, version 4, fingerprint 8, length 8 · payload · checksum 8
    return out


def main():
    check = "--check" in sys.argv
    files = {}
    common = unicode_entries()
    head = ["Generated by fuzz/make_unicode_inputs.py: multi-byte spaces, NEL/LS/PS, length-changing",
            "case, ZWJ, combining marks, bidi controls, BOMs, invalid UTF-8, and the corpus's words."]
    for target in ["claim", "corpus_txt", "index_file", "index_ops", "grow"]:
        p, b = write_dict(target + ".dict", common, head)
        files[p] = b
    json_entries = [b"{", b"}", b"[", b"]", b'"id":', b'"title":', b'"text":', b'"source":', b'"url":',
                    b'"date":', b'"articles":', b"\\n", b"\\\"", b"\xff"] + [e.encode() for e in JSON_ESCAPES] + common
    p, b = write_dict("corpus_json.dict", json_entries, head + ["JSON syntax and \\u escapes, lone surrogates."])
    files[p] = b
    for i, c in enumerate(claims()):
        files[os.path.join(HERE, "seeds", "claim", f"u_{i:02}")] = c
    for name, b in corpus_json_seeds().items():
        files[os.path.join(HERE, "seeds", "corpus_json", name)] = b
    for name, b in corpus_txt_seeds().items():
        files[os.path.join(HERE, "seeds", "corpus_txt", name)] = b
    idx = index_seeds()
    if idx:
        for name, b in idx.items():
            files[os.path.join(HERE, "seeds", "index_file", name)] = b
    stale = []
    for path, data in files.items():
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != data:
            stale.append(path)
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
    if check and stale:
        print("out of date:", *stale, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"{len(files)} files, {len(stale)} {'stale' if check else 'written'}")


if __name__ == "__main__":
    main()
