#!/usr/bin/env python3
"""Serves the repository on 127.0.0.1 for the widget and its tests (stdlib only).

Why not `python3 -m http.server`: every response here carries the strict
Content-Security-Policy the widget promises to work under, so any page or test that runs
through this server proves it (no inline script or style, no eval, no third-party requests).
It also pins the MIME types that matter (.wasm must be application/wasm for streaming
compilation; .js/.mjs text/javascript for module scripts) instead of trusting the system's
mime.types.

Usage: python3 scripts/serve.py [--port 8080] [--root DIR]
Prints "Serving http://127.0.0.1:PORT/" once listening (tests wait for that line).
--port 0 picks a free port.
"""

import argparse
import functools
import http.server
import os
import sys

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'self'"
)

TYPES = {
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".idx": "application/octet-stream",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
    ".ts": "text/plain; charset=utf-8",
}


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES, "": "application/octet-stream"}

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        # Development server: always revalidate, so a rebuilt pkg/ is picked up on reload.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, fmt, *args):
        if not self.server.quiet:
            super().log_message(fmt, *args)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8080)))
    parser.add_argument("--root", default=os.path.dirname(here), help="directory to serve (default: the repo)")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    args = parser.parse_args()

    handler = functools.partial(Handler, directory=args.root)
    # Loopback only: this is a development server, not something to expose.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.quiet = args.quiet
    print(f"Serving http://127.0.0.1:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
