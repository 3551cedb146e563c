#!/usr/bin/env python3
"""Serves the repository on 127.0.0.1 for the widget and its tests (stdlib only).

Why not `python3 -m http.server`: every response here carries the strict
Content-Security-Policy the widget promises to work under, so any page or test that runs
through this server proves it (no inline script or style, no eval, no third-party requests).
It also pins the MIME types that matter (.wasm must be application/wasm for streaming
compilation; .js/.mjs text/javascript for module scripts; .idx and .bin — a prebuilt index, the
language model pkg/nli-model.bin — application/octet-stream, which the widget requires) instead of
trusting the system's mime.types. Every response says Cache-Control: no-cache with a
Last-Modified date, so a reload revalidates and an unchanged 2.3 MB model comes back as a 304.
The widget's files (www/corroborate.js, engine.js, render.js, corroborate.css and pkg/) are
served from dist/, where build_pkg puts them minified, whenever that copy is newer than its
source: the front page downloads what an embedder would ship, and an edited source is served as
it is until the next build. Text, JSON, WebAssembly and model files up to 8 MB are sent
gzip-compressed to clients that accept it (the engine's wasm: 608 KB -> 250 KB; the model, whose
word links are text: 2.3 MB -> 1.7 MB), as any production host would; larger files and the
index files (varints, which barely compress) are sent as they are.

Usage: python3 scripts/serve.py [--port 8080] [--root DIR] [--trusted-types] [--test-routes]
Prints "Serving http://127.0.0.1:PORT/" once listening (tests wait for that line).
--port 0 picks a free port.

--trusted-types adds `require-trusted-types-for 'script'; trusted-types corroborate` to the
policy: every DOM sink that parses HTML or loads script from a string (innerHTML, srcdoc, script
src, ...) then throws, and the only policy that may be created is the widget's "corroborate",
which makes one URL: its engine's worker script (www/engine.js). The widget sets no HTML from
strings; the e2e suite proves it by running pages under this (tests/e2e/trusted-types.test.mjs).

--test-routes adds what the e2e tests need to play a misbehaving server (never use it for
anything else):
  /__test/stall?phase=headers|body&seconds=N  answers after N s (default 60), or sends the
                                              headers and 10 bytes, then nothing for N s
  /__test/redirect?to=URL                     302 to URL (with CORS, so it can be followed)
  /__test/cors/PATH                           PATH with Access-Control-Allow-Origin: *
  /__test/no-csp/PATH                         PATH without the CSP (an embedder without one)
  /__test/tt-none/PATH                        PATH with Trusted Types and no policy allowed at all
                                              (`trusted-types 'none'`: no worker can be made)
"""

import argparse
import email.utils
import functools
import gzip
import http.server
import os
import threading
import sys
import time
import urllib.parse

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
    ".bin": "application/octet-stream",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".txt": "text/plain; charset=utf-8",
    ".ts": "text/plain; charset=utf-8",
}


TRUSTED_TYPES = "; require-trusted-types-for 'script'; trusted-types corroborate"
TRUSTED_TYPES_NONE = "; require-trusted-types-for 'script'; trusted-types 'none'"

# What is worth compressing: text, JSON, WebAssembly, and the language model (.bin), whose word
# links are a quarter of it and text (2.3 MB raw, 1.7 MB gzip). Index files are varints (gzip
# saves under 10 %), and files over GZIP_MAX_BYTES (the benchmark corpora, the e2e tests'
# over-limit corpora) go as they are, so compressing never delays a response.
GZIP_TYPES = {".wasm", ".js", ".mjs", ".json", ".jsonl", ".html", ".css", ".svg", ".txt", ".ts", ".bin"}
GZIP_MAX_BYTES = 8 * 1024 * 1024
_gzip_cache = {}  # path -> (mtime_ns, size, compressed bytes)
_gzip_lock = threading.Lock()


def gzipped(path, st):
    """The gzip of the file at `path` (stat `st`), compressed once per version of the file."""
    key = (st.st_mtime_ns, st.st_size)
    with _gzip_lock:
        hit = _gzip_cache.get(path)
        if hit and hit[0] == key:
            return hit[1]
    with open(path, "rb") as f:
        data = gzip.compress(f.read(), compresslevel=6, mtime=0)
    with _gzip_lock:
        _gzip_cache[path] = (key, data)
    return data


def shipped(root, rel):
    """Which file serves the repo path `rel` (relative to `root`): for www/ and pkg/, the
    minified copy build_pkg wrote to dist/ (scripts/setup.sh, ship_widget) when it is newer than
    the source; else `rel` itself. scripts/payload.py measures the same files."""
    if rel.split(os.sep)[0] not in ("www", "pkg"):
        return rel
    dist = os.path.join("dist", rel)
    try:
        if os.path.isfile(os.path.join(root, dist)) and os.stat(os.path.join(root, dist)).st_mtime_ns > os.stat(os.path.join(root, rel)).st_mtime_ns:
            return dist
    except OSError:
        pass
    return rel


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES, "": "application/octet-stream"}
    cors = False
    no_csp = False
    tt_none = False

    def do_GET(self):
        if self.server.test_routes and self.path.startswith("/__test/") and self.test_route():
            return
        if self.send_gzipped(head=False):
            return
        super().do_GET()

    def do_HEAD(self):
        if self.server.test_routes and self.path.startswith("/__test/") and self.test_route():
            return
        if self.send_gzipped(head=True):
            return
        super().do_HEAD()

    def translate_path(self, path):
        """The file for a URL path: the shipped (minified) copy in dist/ when build_pkg made one
        after the source last changed (scripts/setup.sh, ship_widget), else the source."""
        source = super().translate_path(path)
        if source.endswith(os.sep):
            return source  # "/www/engine.js/" is no file, whatever dist/ holds
        root = os.path.realpath(self.directory)
        rel = os.path.relpath(os.path.realpath(source), root)
        return os.path.join(root, shipped(root, rel))

    def send_gzipped(self, head):
        """Sends a compressible file gzipped when the client accepts it; False to serve it plainly."""
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        path = self.translate_path(self.path)
        ext = os.path.splitext(path)[1].lower()
        if ext not in GZIP_TYPES or not os.path.isfile(path):
            return False
        st = os.stat(path)
        if st.st_size > GZIP_MAX_BYTES:
            return False
        last_modified = email.utils.formatdate(st.st_mtime, usegmt=True)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                if int(st.st_mtime) <= email.utils.parsedate_to_datetime(since).timestamp():
                    self.send_response(304)
                    self.send_header("Last-Modified", last_modified)
                    self.send_header("Vary", "Accept-Encoding")
                    self.end_headers()
                    return True
            except (TypeError, ValueError, OverflowError):
                pass
        data = gzipped(path, st)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", last_modified)
        self.end_headers()
        if not head:
            self.wfile.write(data)
        return True

    def test_route(self):
        """Handles a --test-routes path; returns False when it only rewrote the path to serve."""
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        for prefix, flag in (("/__test/cors/", "cors"), ("/__test/no-csp/", "no_csp"), ("/__test/tt-none/", "tt_none")):
            if url.path.startswith(prefix):
                setattr(self, flag, True)
                self.path = "/" + self.path[len(prefix):]
                return False
        if url.path == "/__test/redirect":
            self.cors = True
            self.send_response(302)
            self.send_header("Location", query.get("to", ["/"])[0])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        if url.path == "/__test/stall":
            seconds = float(query.get("seconds", ["60"])[0])
            if query.get("phase", ["headers"])[0] == "body":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                self.wfile.write(b'[{"id": "a"')
                self.wfile.flush()
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                time.sleep(0.1)
            self.close_connection = True
            return True
        self.send_error(404)
        return True

    def end_headers(self):
        if not self.no_csp:
            tt = TRUSTED_TYPES_NONE if self.tt_none else TRUSTED_TYPES if self.server.trusted_types else ""
            self.send_header("Content-Security-Policy", CSP + tt)
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
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
    parser.add_argument("--trusted-types", action="store_true", help="enforce Trusted Types in the CSP")
    parser.add_argument("--test-routes", action="store_true", help="add the /__test/ routes the e2e tests use")
    args = parser.parse_args()

    handler = functools.partial(Handler, directory=args.root)
    # Loopback only: this is a development server, not something to expose.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.daemon_threads = True  # a stalled test route must not hold up shutdown
    server.quiet = args.quiet
    server.trusted_types = args.trusted_types
    server.test_routes = args.test_routes
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
