// The engine host: runs the WebAssembly core for every widget on the page. The widget starts it
// as a module worker (this file), so indexing a corpus and checking a claim never hold up the
// page; where a worker cannot be made (a page on another origin than the script, Trusted Types
// without the "corroborate" policy, no Worker at all) the widget imports this file and calls
// `handle` on the main thread instead. One checker per corpus key and one parsed model per model
// key, whatever the number of widgets: the widget keeps the keys, this side keeps the rest.
//
// Corpus and model bytes arrive transferred, not copied, and stay here: after a trap (a panic in
// the core, an out-of-bounds access) the instance is replaced, every checker and model handle
// made before is dropped (never freed or called again: their pointers mean nothing to the new
// instance), and each is built again from the kept bytes when next used.
//
// Failures cross back as {message, key?, args?, named?}: `key` (with `args`) names a sentence in
// the widget's string tables (render.js STRINGS), so the widget says it in its own language;
// `named` marks the engine's message, which starts with the corpus's name and line.

let wasm = null;
let generation = 0;
let broken = null;
const corpora = new Map(); // key -> { source, name, built, gen }
const models = new Map(); // key -> { bytes, handle, gen }
/** The built-in articles' ids (for the coverage line; an engine call listing them would do). */
const BUNDLED_IDS = ['000_f30d5aa45df36108', '001_2a86f73bdda0d4e7', '002_44257ee752e5deae', '003_1322d90431b2b662'];

/**
 * Does `err` mean the instance itself is broken, rather than a refusal with a message? The
 * engine refuses with plain `Error`s (or TypeErrors for wrong argument types, which the widget
 * never passes); a trap is a WebAssembly.RuntimeError, a stack overflow a RangeError, and the
 * glue's own failures say so in their message.
 */
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
    // The fresh instance starts at the next call into the module: make it now, so no call on an
    // old checker can ever reach the new instance's memory.
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
  c.built = null; // from an instance that is gone: dropped, never freed
  const s = c.source;
  const { Checker } = wasm;
  c.built = s.bundled ? Checker.withBundledCorpus() : s.index ? Checker.fromIndex(s.index) : Checker.fromJson(s.json, c.name);
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

// Runs `use(checker)` on corpus `key`'s checker with model `mkey` (or none). If the instance
// traps, it is restarted, the checker built again from the kept source, and `use` tried once more.
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

/** The chunks a download or a file arrived in, as one array (they came transferred, not copied). */
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

// UTF-8 (with or without a byte-order mark) or, for a file, UTF-16 with one, as the CLI reads them.
function decode(bytes, name) {
  const enc = name && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : name && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    throw name ? keyed('fileNotUtf8', name) : keyed('notUtf8');
  }
}

// A corpus as it came (downloaded or read from files) → what the engine reads: JSON text or
// index bytes. Done here, not in the page: decoding and splitting 50 MB takes a while.
function prepare({ bundled, index, json, jsonl, texts }) {
  if (bundled) return { bundled };
  if (index) return { index: join(index) };
  if (json) return { json: decode(join(json.chunks), json.file) };
  if (texts) {
    const articles = texts.map(({ name, chunks }) => {
      const text = decode(join(chunks), name);
      if (!text.trim()) throw keyed('fileEmpty', name);
      return { id: name.replace(/\.txt$/i, ''), text };
    });
    return { json: JSON.stringify(articles) };
  }
  // JSON lines: each line checked here, so a malformed one is named by its line; then one array
  // with each article on its own line, so the engine's messages name the same lines.
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

// [{source, date}] of every article: the built-in ids, or the JSON the corpus came as (a
// prebuilt index has no listing: null).
function meta(key, source) {
  if (source.bundled) return BUNDLED_IDS.map((id) => withChecker(key, null, (c) => c.article(id))).filter(Boolean).map(({ source: s, date }) => ({ source: s, date }));
  if (!source.json) return null;
  try {
    const parsed = JSON.parse(source.json);
    const list = Array.isArray(parsed) ? parsed : parsed?.articles;
    return Array.isArray(list) ? list.map((a) => ({ source: a?.source, date: a?.date })) : null;
  } catch {
    return null;
  }
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
      // The engine's message already starts with the name and the line: "news.json:3: …".
      throw Object.assign(err, { named: true });
    }
    return { count: withChecker(key, null, (ch) => ch.articleCount), meta: meta(key, c.source) };
  },
  free({ key }) {
    const c = corpora.get(key);
    corpora.delete(key);
    if (c?.built && c.gen === generation) c.built.free();
  },
  model({ key, chunks }) {
    const m = { bytes: join(chunks), handle: null, gen: -1 };
    try {
      model(m); // validates the file: a bad one fails here, once, not at every check
    } catch (err) {
      if (isEngineFailure(err)) reset(err);
      throw err;
    }
    models.set(key, m);
  },
  // The sentences of `claim` (a pasted paragraph is several claims) and the report on the
  // `index`th, in one call.
  check({ key, model: mkey, claim, index }) {
    let parts = [claim];
    try {
      const split = withChecker(key, mkey, (c) => c.claimsIn(claim));
      if (Array.isArray(split) && split.length) parts = split.map(String);
    } catch {
      parts = [claim];
    }
    const at = Math.min(index, parts.length - 1);
    return { parts, index: at, report: withChecker(key, mkey, (c) => c.check(parts[at])) };
  },
  article: ({ key, id }) => withChecker(key, null, (c) => c.article(id)),
};

/** Runs one request; resolves with {value} or {error: {message, key?, args?, named?}, gen}. */
export async function handle({ op, call, ...args }) {
  try {
    return { value: await ops[op](args), gen: generation };
  } catch (err) {
    const { message, key, args: a, named } = err instanceof Error ? err : new Error(String(err));
    return { error: { message, key, args: a, named }, gen: generation };
  }
}

// In a worker: answer the page's requests, in order.
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  let queue = Promise.resolve();
  globalThis.onmessage = ({ data }) => {
    queue = queue.then(async () => {
      const reply = await handle(data);
      try {
        postMessage({ ...reply, call: data.call });
      } catch (err) {
        postMessage({ call: data.call, error: { message: String(err?.message ?? err) }, gen: generation });
      }
    });
  };
}
