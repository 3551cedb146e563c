// The engine host for every widget on the page, in a module worker (or, without one, imported
// by the widget): one checker per corpus key, one model per model key, rebuilt from their kept
// bytes after a trap. Failures: {message, key?, args?, named?} (`key`: a sentence in STRINGS).

let wasm = null;
let generation = 0;
let broken = null;
const corpora = new Map(); // key -> { source, name, built, gen, pending?, added? } (the last two: archives)
const models = new Map(); // key -> { bytes, handle, gen }

/** Is the instance broken (a trap, a RangeError, the glue's own failure), not a refusal? */
export function isEngineFailure(err) {
  if (!(err instanceof Error)) return true;
  if (typeof WebAssembly !== 'undefined' && err instanceof WebAssembly.RuntimeError) return true;
  if (err.name !== 'Error') return true;
  return /unreachable|out of bounds|null pointer passed to rust|recursive use of an object|stale object|previous Wasm instance|Module terminated/i.test(err.message);
}

const keyed = (key, ...args) => Object.assign(new Error(key), { key, args });

/** Ends the current instance after `err`; returns false when even that failed. */
function reset(err) {
  generation += 1;
  console.warn('corroborate: the WebAssembly engine failed and was restarted:', err);
  try {
    wasm.resetEngine();
    // Start the fresh instance now, so no old checker can ever reach its memory.
    wasm.Checker.maxClaimChars();
    return true;
  } catch (e) {
    broken = e;
    console.error('corroborate: the WebAssembly engine could not be restarted', e);
    return false;
  }
}

function checker(c) {
  if (broken) throw broken;
  if (c.built && c.gen === generation) return c.built;
  c.built = null; // from a gone instance: dropped, never freed
  const s = c.source;
  const { Checker } = wasm;
  c.built = s.archive
      ? wasm.Archive.fromManifest(s.archive.manifest)
      : s.index
        ? Checker.fromIndex(s.index)
        : s.jsonBytes
          ? fromJsonBytes(Checker, s, c.name)
          : Checker.fromJson(s.json, c.name);
  // An archive's files added before a restart are added again, so a check that was under way
  // (or the next one) sees the whole index it fetched, not a part of it, and nothing is fetched
  // twice. Only a checker that has them all is kept.
  try {
    for (const again of c.added?.values() ?? []) again(c.built);
  } catch (err) {
    const partial = c.built;
    c.built = null;
    if (!isEngineFailure(err)) partial.free(); // a live instance: give its memory back
    throw err;
  }
  c.gen = generation;
  return c.built;
}

function model(m) {
  if (!m) return null;
  if (m.handle && m.gen === generation) return m.handle;
  m.handle = null;
  m.handle = wasm.NliModel.fromBytes(m.bytes);
  m.gen = generation;
  return m.handle;
}

// `use(checker)` on corpus `key` with model `mkey`; after a trap, restarted and tried once more.
function withChecker(key, mkey, use) {
  const c = corpora.get(key);
  if (!c) throw keyed('brokenChecker');
  for (let attempt = 0; ; attempt += 1) {
    if (broken) throw keyed('brokenChecker');
    try {
      const ch = checker(c);
      ch.setNliModel(model(models.get(mkey)));
      return use(ch);
    } catch (err) {
      if (!isEngineFailure(err)) throw err;
      const restarted = reset(err);
      if (!restarted || attempt > 0) throw keyed(restarted ? 'crashedClaim' : 'brokenChecker');
    }
  }
}

/** The chunks a download or a file arrived in, as one array. */
function join(chunks) {
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

// A checker over JSON bytes; the engine's "NAME:LINE: not valid UTF-8 text …" becomes the
// message a reader gets for any text that is not UTF-8 (decode, below), in their language.
function fromJsonBytes(Checker, s, name) {
  try {
    return Checker.fromJson(s.jsonBytes, name);
  } catch (err) {
    if (err instanceof Error && /:\d+: not valid UTF-8 text \(convert the file to UTF-8\)$/.test(err.message)) throw s.file ? keyed('fileNotUtf8', s.file) : keyed('notUtf8');
    throw err;
  }
}

// UTF-8 (with or without a byte-order mark) or, for a file, UTF-16 with one, as the CLI reads them.
function decode(bytes, name) {
  const enc = name && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : name && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    throw name ? keyed('fileNotUtf8', name) : keyed('notUtf8');
  }
}

// A corpus as it came → JSON text or index bytes (here, not in the page: 50 MB takes a while).
function prepare({ archive, index, json, jsonl, texts }) {
  if (archive) return { archive: { ...archive, manifest: join(archive.manifest) } };
  if (index) return { index: join(index) };
  if (json) {
    // UTF-8 JSON goes to the engine as bytes: it checks the encoding itself, and a 22 MB
    // string would cost ~100 ms more to re-encode on the way in. A UTF-16 file is decoded here.
    const bytes = join(json.chunks);
    const utf16 = json.file && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return utf16 ? { json: decode(bytes, json.file) } : { jsonBytes: bytes, file: json.file };
  }
  if (texts) {
    const articles = texts.map(({ name, chunks }) => {
      const text = decode(join(chunks), name);
      if (!text.trim()) throw keyed('fileEmpty', name);
      return { id: name.replace(/\.txt$/i, ''), text };
    });
    return { json: JSON.stringify(articles) };
  }
  // JSON lines: each checked, then one array with each article on its line (messages name it).
  const name = jsonl.file;
  let n = 0;
  const out = decode(join(jsonl.chunks), name)
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line, i) => {
      if (!line.trim()) return '';
      try {
        JSON.parse(line);
      } catch (err) {
        throw keyed('jsonLine', name, i + 1, err.message);
      }
      return (n++ ? ',' : '[') + line;
    });
  if (!n) throw keyed('noArticles', name);
  return { json: `${out.join('\n')}]` };
}

// [{source, date}] of every article (null for a prebuilt index: it has no listing).
function meta(source) {
  if (!source.json && !source.jsonBytes) return null;
  try {
    const parsed = JSON.parse(source.json ?? new TextDecoder().decode(source.jsonBytes));
    const list = Array.isArray(parsed) ? parsed : parsed?.articles;
    return Array.isArray(list) ? list.map((a) => ({ source: a?.source, date: a?.date })) : null;
  } catch {
    return null;
  }
}

/** A corpus larger than this is refused before it is read: a tab should not stall on it. */
export const MAX_CORPUS_DOWNLOAD_BYTES = 50 * 1024 * 1024;
/** The first bytes of a prebuilt index file (`corroborate index`). */
export const INDEX_MAGIC = 'CRBIDX01';
/** The first bytes of a sharded archive's manifest (`corroborate index --shards`). */
export const ARCHIVE_MAGIC = 'CRBSHM01';
/** Files of an archive fetched at once. */
const ARCHIVE_FETCHES = 6;
const aborts = new Map(); // key -> the AbortController of its download

/** `progress` called at most every 100 ms (chunks that came together are read in one task). */
export function throttled(progress) {
  let last = -Infinity;
  return (done, total) => {
    const now = performance.now();
    if (now - last < 100 && (!total || done < total)) return;
    last = now;
    progress(done, total);
  };
}

/** The first `n` bytes of `chunks`, as text (to tell an index file by its magic). */
export function head(chunks, n) {
  const first = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    if (at >= n) break;
    const part = c.subarray(0, n - at);
    first.set(part, at);
    at += part.byteLength;
  }
  return new TextDecoder().decode(first.subarray(0, at));
}

/**
 * Fetches a corpus (JSON, or an index: `index: true`) or the model as its chunks; gives up after
 * `timeoutMs` without a byte; refuses a redirect to another origin unless `crossOriginRedirects`.
 */
async function fetchFile(url, { kind = 'corpus', signal, progress = () => {}, timeoutMs, crossOriginRedirects }) {
  const target = new URL(url);
  const tell = throttled(progress);
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  let timer = 0;
  let phase = 'answer';
  const arm = () => {
    clearTimeout(timer);
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    }
  };
  const seconds = Math.round(timeoutMs / 100) / 10;
  const timeout = () => keyed(phase === 'answer' ? 'noAnswer' : 'stalled', seconds);
  // (The document's own origin: in a sandboxed frame it is opaque, and nothing is same-origin.)
  const sameOriginOnly = target.origin === globalThis.origin && !crossOriginRedirects;
  const init = { credentials: 'same-origin', signal: controller.signal };
  if (sameOriginOnly) init.mode = 'same-origin';
  try {
    arm();
    let response;
    try {
      response = await fetch(target.href, init);
    } catch (err) {
      if (timedOut) throw timeout();
      if (signal.aborted) throw err;
      if (sameOriginOnly && (await redirectsAway(target.href, controller.signal))) {
        throw keyed('redirected');
      }
      throw keyed('requestFailed');
    }
    const landed = new URL(response.url || target.href);
    const servedBy = landed.origin !== target.origin ? landed.origin : null;
    if (servedBy && !crossOriginRedirects) {
      response.body?.cancel().catch(() => {});
      throw keyed('redirectedTo', landed.origin);
    }
    if (!response.ok) throw keyed('status', `${response.status} ${response.statusText}`.trim());
    const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
    const json = kind === 'corpus' && /^(application\/([\w.-]+\+)?json|text\/json)$/.test(type);
    if (kind === 'model' && type !== 'application/octet-stream') {
      throw keyed('notModel', type);
    }
    if (kind === 'part' && type !== 'application/octet-stream') {
      throw keyed('neither');
    }
    if (!json && type !== 'application/octet-stream') {
      throw keyed('notJson', type);
    }
    const tooLarge = (n) => keyed('tooLarge', n > MAX_CORPUS_DOWNLOAD_BYTES * 10, MAX_CORPUS_DOWNLOAD_BYTES / 1024 / 1024);
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_CORPUS_DOWNLOAD_BYTES) throw tooLarge(declared);
    // Read in chunks so a server that lies about (or omits) its length is still cut off.
    phase = 'body';
    arm();
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      let chunk;
      try {
        chunk = await reader.read();
      } catch (err) {
        if (timedOut) throw timeout();
        throw signal.aborted ? err : keyed('cutOff');
      }
      const { done, value } = chunk;
      if (done) break;
      arm();
      total += value.byteLength;
      tell(total, declared || 0);
      if (total > MAX_CORPUS_DOWNLOAD_BYTES) {
        reader.cancel().catch(() => {});
        throw tooLarge(total);
      }
      chunks.push(value);
    }
    // The chunks as they came, to be transferred to the engine (which joins and decodes them).
    if (kind === 'model' || kind === 'part') return { chunks, servedBy };
    if (head(chunks, INDEX_MAGIC.length) === INDEX_MAGIC) return { chunks, index: true, servedBy };
    // An archive's other files are found beside its manifest, where it landed.
    if (head(chunks, ARCHIVE_MAGIC.length) === ARCHIVE_MAGIC) return { chunks, archive: landed.href, servedBy };
    if (!json) throw keyed('neither');
    return { chunks, servedBy };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

// After a same-origin-only fetch failed: was it a redirect (which that mode refuses)? Asks the
// same URL again without following redirects, so nothing is requested from anywhere else.
async function redirectsAway(url, signal) {
  try {
    const r = await fetch(url, { credentials: 'same-origin', mode: 'same-origin', redirect: 'manual', signal });
    return r.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/**
 * Fetches what a check of `claim` needs from corpus `key`'s archive: the posting shards its
 * words name; for a word the archive may not know, the vocabulary file of its first letter and
 * the corrected words' shards; then the article chunks of its best sentences — each validated
 * by the engine as it is added. A file that cannot be fetched or used fails the check, saying
 * which.
 */
async function fill(key, mkey, claim) {
  const corpus = corpora.get(key);
  const { base, fetch: options } = corpus.source.archive;
  const signal = new AbortController().signal;
  // Checks overlap (a typing pause and Enter, a preliminary check and the final one): a file
  // another check is already fetching is waited for, not downloaded again.
  const pending = (corpus.pending ??= new Map());
  const one = (path, add) => {
    // Added while this check was working out what it lacks.
    if (corpus.added?.has(path)) return Promise.resolve();
    let done = pending.get(path);
    if (!done) {
      done = fetchOne(path, add).finally(() => pending.delete(path));
      pending.set(path, done);
    }
    return done;
  };
  const fetchOne = async (path, add) => {
    let got;
    try {
      got = await fetchFile(new URL(path, base).href, { kind: 'part', signal, ...options });
    } catch (err) {
      throw keyed('archiveFile', path, { key: err.key, args: err.args, message: err.message });
    }
    const bytes = join(got.chunks);
    // Another corpus loaded under this key meanwhile: this file is not one of its files.
    if (corpora.get(key) !== corpus) return;
    withChecker(key, mkey, (c) => {
      try {
        add(c, bytes);
      } catch (err) {
        if (isEngineFailure(err)) throw err;
        throw keyed('archiveFile', path, { message: err.message });
      }
    });
    // Kept (one copy per archive file) to be added again after a restart.
    (corpus.added ??= new Map()).set(path, (c) => add(c, bytes));
  };
  const round = async (needed, path, add) => {
    const queue = Array.from(needed);
    const worker = async () => {
      for (let n; (n = queue.shift()) !== undefined; ) await one(path(n), (c, bytes) => add(c, n, bytes));
    };
    await Promise.all(Array.from({ length: Math.min(ARCHIVE_FETCHES, queue.length) }, worker));
  };
  const { Archive } = wasm;
  const shards = () => round(withChecker(key, mkey, (c) => c.shardsFor(claim)), Archive.shardPath, (c, n, b) => c.addShard(n, b));
  await shards();
  const vocab = withChecker(key, mkey, (c) => c.vocabFor(claim));
  if (vocab.length) {
    await round(vocab, Archive.vocabPath, (c, n, b) => c.addVocab(n, b));
    await shards();
  }
  await round(withChecker(key, mkey, (c) => c.chunksFor(claim)), Archive.chunkPath, (c, n, b) => c.addChunk(n, b));
}

const ops = {
  async start({ module }) {
    wasm ??= await import(new URL('../pkg/corroborate.js', import.meta.url).href);
    await wasm.default(module ? { module_or_path: module } : undefined);
    return { maxClaimChars: wasm.Checker.maxClaimChars() };
  },
  corpus({ key, name, source }) {
    const c = { source: prepare(source), name, built: null, gen: -1 };
    corpora.set(key, c);
    try {
      checker(c);
    } catch (err) {
      corpora.delete(key);
      if (isEngineFailure(err)) {
        reset(err);
        throw keyed('crashedCorpus');
      }
      // The engine's messages name the corpus; the text-encoding ones did not come from it.
      throw err.key === 'notUtf8' || err.key === 'fileNotUtf8' ? err : Object.assign(err, { named: true });
    }
    return { count: withChecker(key, null, (ch) => ch.articleCount), meta: meta(c.source) };
  },
  free({ key }) {
    const c = corpora.get(key);
    corpora.delete(key);
    if (c?.built && c.gen === generation) c.built.free();
  },
  model({ key, chunks }) {
    const m = { bytes: join(chunks), handle: null, gen: -1 };
    try {
      model(m); // a bad file fails here, once
    } catch (err) {
      if (isEngineFailure(err)) reset(err);
      throw err;
    }
    models.set(key, m);
  },
  // The sentences of `claim` and the report on the `index`th.
  async check({ key, model: mkey, claim, index }) {
    let parts = [claim];
    try {
      const split = withChecker(key, mkey, (c) => c.claimsIn(claim));
      if (Array.isArray(split) && split.length) parts = split.map(String);
    } catch {
      parts = [claim];
    }
    const at = Math.min(index, parts.length - 1);
    if (corpora.get(key)?.source.archive) await fill(key, mkey, parts[at]);
    return { parts, index: at, report: withChecker(key, mkey, (c) => c.check(parts[at])) };
  },
  article: ({ key, id }) => withChecker(key, null, (c) => c.article(id)),
  // Downloads and indexes a corpus, or downloads and parses the model; progress: [done, total].
  async load({ key, name, url, kind, timeoutMs, crossOriginRedirects }, progress) {
    const abort = new AbortController();
    aborts.set(key, abort);
    try {
      const got = await fetchFile(url, { kind, signal: abort.signal, timeoutMs, crossOriginRedirects, progress: (...p) => progress(p) });
      if (kind === 'model') return ops.model({ key, chunks: got.chunks });
      progress('indexing');
      if (abort.signal.aborted) throw new DOMException('no widget wants this corpus any more', 'AbortError');
      const source = got.archive
        ? { archive: { manifest: got.chunks, base: got.archive, fetch: { timeoutMs, crossOriginRedirects } } }
        : got.index
          ? { index: got.chunks }
          : { json: { chunks: got.chunks } };
      return { servedBy: got.servedBy, ...ops.corpus({ key, name, source }) };
    } finally {
      aborts.delete(key);
    }
  },
  // Reads files on the reader's device (`kind`: texts, json, jsonl, idx), then indexes them.
  async files({ key, name, kind, files }, progress) {
    const tell = throttled((...p) => progress(p));
    const total = files.reduce((n, f) => n + f.size, 0);
    let done = 0;
    const read = async (f) => {
      const chunks = [];
      const reader = f.stream().getReader();
      for (let r; !(r = await reader.read()).done; tell((done += r.value.byteLength), total)) chunks.push(r.value);
      return chunks;
    };
    let source;
    if (kind === 'texts') {
      source = { texts: [] };
      for (const f of files) source.texts.push({ name: String(f.name), chunks: await read(f) });
    } else {
      const chunks = await read(files[0]);
      const file = String(files[0].name);
      if (kind === 'idx' && head(chunks, INDEX_MAGIC.length) !== INDEX_MAGIC) throw keyed('notIndex', file);
      source = kind === 'idx' ? { index: chunks } : { [kind]: { chunks, file } };
    }
    progress('indexing');
    return ops.corpus({ key, name, source });
  },
  abort({ key }) {
    aborts.get(key)?.abort();
    ops.free({ key });
  },
};

/** Runs one request: {value, gen} or {error, gen}. */
export async function handle({ op, call, ...args }, progress) {
  try {
    return { value: await ops[op](args, progress), gen: generation };
  } catch (err) {
    const { message, key, args: a, named } = err instanceof Error ? err : new Error(String(err));
    return { error: { message, key, args: a, named }, gen: generation };
  }
}

// In a worker: answer the page's requests in order.
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  let started;
  globalThis.onmessage = async ({ data }) => {
    const progress = (p) => postMessage({ call: data.call, progress: p });
    // (Everything waits for the engine; downloads then run beside the engine's calls.)
    if (data.op === 'start') started = handle(data);
    else await started;
    {
      const reply = await (data.op === 'start' ? started : handle(data, progress));
      try {
        postMessage({ ...reply, call: data.call });
      } catch (err) {
        postMessage({ call: data.call, error: { message: String(err?.message ?? err) }, gen: generation });
      }
    }
  };
}
