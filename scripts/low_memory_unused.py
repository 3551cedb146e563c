#!/usr/bin/env python3
"""Exit 0 when nothing in a WebAssembly file lives in the first 1 KB of its memory.

`build_pkg` (scripts/setup.sh) passes wasm-opt `--low-memory-unused` only then: the flag lets
it fold constant offsets into loads and stores, sound only when no address below 1024 is
used. Rust's linker puts the stack first, growing down from the stack pointer's start (1 MiB)
towards 0, and the data segments above it; this checks both before the flag is used:

    python3 scripts/low_memory_unused.py pkg/corroborate_bg.wasm && echo ok

Standard library and `wasm_sizes.leb` only; reads the global and data sections (constant
i32 offsets).
"""
import sys

from wasm_sizes import leb  # (this directory: the same reader)

LOW = 1024
# (The stack pointer must start far above the low kilobyte: a stack that deep is one
# within LOW bytes of overflowing.)
STACK_MIN = 64 * 1024


def const_i32(data, j):
    """An `i32.const N; end` initialiser at `j`: (N or None, index after it)."""
    op = data[j]
    if op != 0x41:
        return None, j
    value, j = leb(data, j + 1, signed=True)
    return (value if data[j] == 0x0B else None), j + 1


def main(path):
    data = open(path, "rb").read()
    if data[:4] != b"\0asm":
        sys.exit(f"{path}: not a WebAssembly file")
    i, stack, offsets = 8, None, []
    while i < len(data):
        section, i = data[i], i + 1
        size, i = leb(data, i)
        j, end = i, i + size
        if section == 6:  # globals: the first mutable i32 is the stack pointer
            count, j = leb(data, j)
            for _ in range(count):
                kind, mutable, j = data[j], data[j + 1], j + 2
                value, j = const_i32(data, j)
                if stack is None and kind == 0x7F and mutable == 1:
                    stack = value
        elif section == 11:  # data segments: active ones at a constant offset
            count, j = leb(data, j)
            for _ in range(count):
                flags, j = leb(data, j)
                if flags == 1:  # passive: placed by the program, at no fixed address
                    offsets.append(None)
                else:
                    if flags == 2:
                        _, j = leb(data, j)
                    value, j = const_i32(data, j)
                    offsets.append(value)
                length, j = leb(data, j)
                j += length
        i = end
    low = [o for o in offsets if o is None or o < LOW]
    if stack is None or stack < STACK_MIN or low:
        sys.exit(f"{path}: the low {LOW} bytes may be used (stack pointer starts at {stack}; data at {offsets})")


if __name__ == "__main__":
    main(sys.argv[1])
