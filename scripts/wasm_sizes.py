#!/usr/bin/env python3
"""Largest functions of a WebAssembly file, by body size in bytes, with their names.

For finding what to shrink when the widget is near its 300 KB gzip budget: run it on the
wasm-pack build *before* wasm-opt strips the names, e.g.

    python3 scripts/wasm_sizes.py target/wasm-speed/wasm32-unknown-unknown/release/corroborate.wasm 40

(the file `build_pkg` leaves there; scripts/setup.sh). Sizes are raw bytes before wasm-opt and
gzip: a guide to where the code is, not the shipped figure (scripts/payload.py measures that).
Standard library only; reads the type, import, code and name sections.
"""
import sys


def leb(data, i, signed=False):
    """A LEB128 number at `i` (unsigned, or `signed`): (value, index after it)."""
    value = shift = 0
    while True:
        b = data[i]
        i += 1
        value |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            if signed and b & 0x40:
                value -= 1 << shift
            return value, i


def skip_limits(data, j):
    flags, j = leb(data, j)
    _, j = leb(data, j)
    if flags & 1:
        _, j = leb(data, j)
    return j


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: wasm_sizes.py FILE.wasm [N]")
    data = open(sys.argv[1], "rb").read()
    if data[:4] != b"\0asm":
        sys.exit(f"{sys.argv[1]}: not a WebAssembly file")
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    imported, sizes, names = 0, [], {}
    i = 8
    while i < len(data):
        section = data[i]
        length, i = leb(data, i + 1)
        end = i + length
        if section == 2:  # imports: function imports come first in the function index space
            n, j = leb(data, i)
            for _ in range(n):
                for _ in range(2):  # module and field names
                    l, j = leb(data, j)
                    j += l
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind == 1:
                    j = skip_limits(data, j + 1)
                elif kind == 2:
                    j = skip_limits(data, j)
                elif kind == 3:
                    j += 2
        elif section == 10:  # code: one body per defined function
            n, j = leb(data, i)
            for _ in range(n):
                l, k = leb(data, j)
                sizes.append(l + (k - j))
                j = k + l
        elif section == 0:  # custom: the "name" section's function names
            l, j = leb(data, i)
            if data[j : j + l] == b"name":
                j += l
                while j < end:
                    sub = data[j]
                    sl, j = leb(data, j + 1)
                    if sub == 1:
                        n, k = leb(data, j)
                        for _ in range(n):
                            idx, k = leb(data, k)
                            nl, k = leb(data, k)
                            names[idx] = data[k : k + nl].decode("utf-8", "replace")
                            k += nl
                    j += sl
        i = end
    rows = sorted(((s, names.get(imported + k, "?")) for k, s in enumerate(sizes)), reverse=True)
    print(f"code {sum(sizes)} bytes in {len(sizes)} functions")
    for size, name in rows[:top]:
        print(size, name)


if __name__ == "__main__":
    main()
