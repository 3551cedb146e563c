#!/usr/bin/env python3
"""Measures what a page with the widget downloads, raw and gzip (level 9), and splits the wasm
into code and the data compiled into it (bundled corpus, lexicons, stance model).

    python3 scripts/payload.py [--json OUT.json]     (after wasm-pack build --release --target web)

Prints markdown tables. The embedded data are measured from their files (corpus/*.txt,
data/*.tsv|txt, data/fnc-model.bin); a file counts as embedded only if its exact bytes occur
in pkg/corroborate_bg.wasm (include_str!/include_bytes! store them verbatim; the linker drops
what no exported code reaches). "code" is the wasm with those byte ranges cut out, so its gzip
figure is measured, not estimated by subtraction. The widget's JS and CSS are measured as they
ship: the minified copies build_pkg writes to dist/, when fresh. Standard library only.
"""

import argparse
import glob
import gzip
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import serve  # noqa: E402  (the dev server's rule for which file a page gets)
WASM = "pkg/corroborate_bg.wasm"
# What a page with the widget loads: the engine, its JS glue, the widget's module, its engine worker, renderer and
# shadow-root style sheet. The front page adds its HTML, page CSS and icon. Demo and test pages
# (embed.html, hostile.css, bench.*) and www/vendor/ (the benchmark's wink bundle) are not shipped.
ENGINE = [WASM, "pkg/corroborate.js"]
WIDGET = ["www/corroborate.js", "www/engine.js", "www/render.js", "www/corroborate.css"]
# The built-in articles (pkg/seed-corpus.json) are the front page's corpus: a widget fetches
# them only when it has no corpus of its own, so they are not in the widget's budget.
FRONT_PAGE = ["index.html", "www/site.css", "www/site.js", "www/icon.svg", "pkg/seed-corpus.json"]
# The language model: fetched once per page after the engine, outside the engine's budget
# (build_pkg copies data/nli-model.bin there).
NLI_MODEL = "pkg/nli-model.bin"
BUDGET_GZIP = 300 * 1024


def gz(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def read(rel):
    with open(os.path.join(ROOT, rel), "rb") as f:
        return f.read()


def shipped(rel):
    """The path a page downloads for `rel`, as scripts/serve.py serves it (its rule, imported)."""
    return serve.shipped(ROOT, rel)


def lexicon_as_built(rel, b):
    """A lexicon as build.rs embeds it: the copy the newest wasm build wrote to its OUT_DIR
    (places.tsv is regrouped there), else the file without comment and blank lines."""
    pattern = os.path.join(ROOT, "target", "*", "wasm32-unknown-unknown", "release", "build", "corroborate-*", "out", rel)
    built = sorted(glob.glob(pattern), key=os.path.getmtime)
    if built:
        with open(built[-1], "rb") as f:
            return f.read()
    return b"".join(l + b"\n" for l in b.split(b"\n") if l.strip() and not l.startswith(b"#"))


def kb(n):
    return f"{n / 1024:.1f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(ROOT, WASM)):
        print(f"payload: {WASM} is missing: run wasm-pack build --release --target web", file=sys.stderr)
        return 1

    files = {}
    for group, names in (("engine", ENGINE), ("widget", WIDGET), ("front page", FRONT_PAGE)):
        for rel in names:
            if os.path.exists(os.path.join(ROOT, rel)):
                b = read(shipped(rel) if group != "front page" else rel)
                files[rel] = {"group": group, "raw": len(b), "gzip": gz(b)}

    wasm = read(WASM)
    kinds = [
        ("corpus", sorted(glob.glob("corpus/*.txt", root_dir=ROOT))),
        ("lexicons", sorted(glob.glob("data/*.tsv", root_dir=ROOT) + glob.glob("data/*.txt", root_dir=ROOT))),
        ("model", ["data/fnc-model.bin"] if os.path.exists(os.path.join(ROOT, "data/fnc-model.bin")) else []),
    ]
    embedded = {}
    cut = bytearray(wasm)
    absent = []
    for kind, names in kinds:
        raw = gzs = 0
        count = 0
        for rel in names:
            b = read(rel)
            if kind == "lexicons":
                b = lexicon_as_built(rel, b)
            at = cut.find(b)
            if at < 0:
                absent.append(rel)
                continue
            del cut[at:at + len(b)]
            raw += len(b)
            gzs += gz(b)
            count += 1
        embedded[kind] = {"files": count, "raw": raw, "gzip": gzs}
    code = {"raw": len(cut), "gzip": gz(bytes(cut))}

    total = {g: {"raw": 0, "gzip": 0} for g in ("widget", "front page")}
    for rel, f in files.items():
        for g in ("widget", "front page"):
            if f["group"] in ("engine", "widget") or (g == "front page" and f["group"] == "front page"):
                total[g]["raw"] += f["raw"]
                total[g]["gzip"] += f["gzip"]

    out = []
    out.append("| file | raw KB | gzip -9 KB |")
    out.append("|---|---:|---:|")
    for rel, f in files.items():
        where = shipped(rel) if f["group"] != "front page" else rel
        label = rel if where == rel else f"{rel} (as shipped: {where})"
        out.append(f"| {label} | {kb(f['raw'])} | {kb(f['gzip'])} |")
    out.append(f"| **widget total** (engine + widget files) | **{kb(total['widget']['raw'])}** | **{kb(total['widget']['gzip'])}** |")
    out.append(f"| front page total (+ index.html, site.css, site.js, icon, built-in articles) | {kb(total['front page']['raw'])} | {kb(total['front page']['gzip'])} |")
    out.append("")
    out.append(f"| {WASM} split | files | raw KB | gzip -9 KB (of the part alone) |")
    out.append("|---|---:|---:|---:|")
    out.append(f"| code (wasm minus the data below) | | {kb(code['raw'])} | {kb(code['gzip'])} |")
    for kind, e in embedded.items():
        note = "" if e["files"] else " (not in the wasm)"
        out.append(f"| {kind}{note} | {e['files']} | {kb(e['raw'])} | {kb(e['gzip'])} |")
    parts_gz = code["gzip"] + sum(e["gzip"] for e in embedded.values())
    out.append(f"| whole wasm | | {kb(len(wasm))} | {kb(files[WASM]['gzip'])} (parts gzipped apart: {kb(parts_gz)}) |")
    out.append("")
    verdict = "met" if total["widget"]["gzip"] <= BUDGET_GZIP else f"missed by {kb(total['widget']['gzip'] - BUDGET_GZIP)} KB"
    nli = None
    nli_rel = NLI_MODEL if os.path.exists(os.path.join(ROOT, NLI_MODEL)) else "data/nli-model.bin"
    if os.path.exists(os.path.join(ROOT, nli_rel)):
        b = read(nli_rel)
        nli = {"file": nli_rel, "raw": len(b), "gzip": gz(b), "in_wasm": wasm.find(b[:4096]) >= 0}
        where = "compiled into the wasm!" if nli["in_wasm"] else "a separate download, once per page, outside the budget"
        out.append(f"Language model {nli_rel}: {kb(nli['raw'])} KB raw, {kb(nli['gzip'])} KB gzip -9 ({where}).")
        out.append(f"Widget with the language model: {kb(total['widget']['gzip'] + nli['gzip'])} KB gzip.")
        out.append("")
    out.append(f"Budget: widget total gzip {kb(total['widget']['gzip'])} KB of 300 KB — {verdict}.")
    if absent:
        out.append(f"Not embedded in the wasm (or changed since it was built): {', '.join(absent)}.")
    print("\n".join(out))

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"nli_model": nli, "files": files, "wasm_split": {"code": code, **embedded}, "totals": total, "not_embedded": absent, "budget_gzip": BUDGET_GZIP}, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
