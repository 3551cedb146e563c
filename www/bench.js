// The browser benchmark (www/bench.html): runs the same workloads as `corroborate bench` through
// the WebAssembly `Checker`, and the retrieval step through wink-bm25-text-search (with
// wink-nlp and wink-eng-lite-web-model, as its README sets it up) on the same corpus and
// queries, in the same page.
//
// Per corpus:
//   fetch_ms   download + response.arrayBuffer() of the corpus JSON (0 for seed: it is in the
//              wasm) or of a prebuilt index (NAME.idx)
//   index_ms   Checker.fromJson(bytes) — UTF-8 check and JSON parse in Rust plus the index — or
//              Checker.fromJson(bytes) of pkg/seed-corpus.json for seed, or Checker.fromIndex(bytes) for NAME.idx
//              (loading the index `corroborate index` wrote); the lexicons are built before,
//              by a first seed checker (engine.first_seed_checker_ms), so this is the index alone
//   heap       WebAssembly memory (memory.buffer.byteLength) before and after the index; wasm
//              memory never shrinks, so open one page per corpus for clean figures (run-bench does)
//   check      every query `reps` times after one warm-up pass, each call timed on its own
//              (checker.check(claim), the JS object included); p50/p95/mean over all calls
//   check_nli  the same queries with the language model attached (checker.setNliModel: the
//              sentence-pair model pkg/nli-model.bin judges every candidate sentence, as the
//              widget does once the model has loaded); `nlireps` times each (default: seed 5,
//              others 1), after one warm-up pass. ?nli=0 skips it. The model's download and
//              parse are timed once per page (engine.nli).
//   wink       JSON.parse of the same text, then prepTask + addDoc for every article and
//              consolidate() (index_ms), and engine.search(claim, 10) per query
//   engines    Corroborate and every other engine (www/bench-peers.js: wink, MiniSearch,
//              FlexSearch, Lunr in the page; pagefind from its prebuilt bundle) with the same
//              fields: build MB/s, heap growth, query p50/p95, time and bytes to the first
//              answer, the longest main-thread task while loading and while querying.
//              ?peers=minisearch,pagefind picks some (default all; peers=0 none; wink=0 drops wink)
// The engine is called directly on this page's main thread (the widget runs it in a worker,
// www/engine.js): the long tasks recorded for Corroborate are what it would cost a page that
// called it directly, not the widget's.
// Queries: seed — the held-out seed claims (tests/fixtures/seed_claims_heldout.jsonl); other
// corpora — 50 FNC-1 headlines (bench/data/queries.jsonl).
// Corpus names are the keys of bench/data/manifest.json (fnc200, fnc, 10k, 100k), or one of
// them with ".idx" (fnc.idx, 10k.idx): the index file next to its JSON (synth-10k.json →
// synth-10k.idx, built by scripts/bench.sh). wink has no prebuilt index, so an .idx row has no
// wink figures, and its text size (for heap MB / text MB) comes from the same corpus's JSON row
// when that ran (scripts/run-bench.mjs fills it in).
//
// Everything shown is set with textContent. The page never throws out: a corpus that is too
// large (?maxmb=), missing or failing is recorded with status "skipped" or "error" and a
// reason, and window.__benchDone is set at the end whatever happened.

import init, { Checker, NliModel } from '../pkg/corroborate.js';
import { BUILD_PEERS, PEER_IDS, PREBUILT_PEERS, buildPeerBench, prebuiltPeerBench, resourceBytes } from './bench-peers.js';

const params = new URLSearchParams(location.search);
const CORPORA = (params.get('corpora') || 'seed')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const MAX_MB = Number(params.get('maxmb') || 64);
const REPS = params.has('reps') ? Math.max(1, Number(params.get('reps')) | 0) : null;
const WINK = params.get('wink') !== '0';
const PEERS = (params.get('peers') ?? PEER_IDS.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s && s !== '0' && (s !== 'wink' || WINK) && PEER_IDS.includes(s));
if (WINK && !PEERS.includes('wink')) PEERS.unshift('wink');
const NLI = params.get('nli') !== '0';
const NLI_REPS = params.has('nlireps') ? Math.max(1, Number(params.get('nlireps')) | 0) : null;
const NLI_URL = new URL('../pkg/nli-model.bin', import.meta.url);
let nliModel = null;
const DATA_URL = new URL('../bench/data/', import.meta.url);
const SEED_QUERIES_URL = new URL('../tests/fixtures/seed_claims_heldout.jsonl', import.meta.url);
// The seed articles as the widget fetches them (build_pkg writes the file; the wasm has none).
const SEED_JSON_URL = new URL('../pkg/seed-corpus.json', import.meta.url);
let seedBytes = null;
const PKG_JS_URL = new URL('../pkg/corroborate.js', import.meta.url);
const PKG_WASM_URL = new URL('../pkg/corroborate_bg.wasm', import.meta.url);

const now = () => performance.now();
const mb = (bytes) => bytes / (1024 * 1024);
const round = (x, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);
const tick = () => new Promise((r) => setTimeout(r, 0));
const status = (text) => {
  statusEl.textContent = text;
};

const statusEl = document.getElementById('bench-status');
const results = {
  userAgent: navigator.userAgent,
  startedAt: new Date().toISOString(),
  params: { corpora: CORPORA, maxmb: MAX_MB, reps: REPS, wink: WINK, peers: PEERS, nli: NLI, nlireps: NLI_REPS },
  timerResolutionMs: timerResolution(),
  engine: {},
  corpora: [],
};
window.__benchResults = results;
window.__benchDone = false;
performance.setResourceTimingBufferSize(100000);

// Main-thread tasks over 50 ms (Long Tasks API), for the longest task while loading / querying.
const longTasks = [];
let longTaskObserver = null;
try {
  longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  longTaskObserver.observe({ type: 'longtask', buffered: true });
} catch {
  results.longTasksUnsupported = true;
}

/** The longest long task overlapping [t0, t1] (0: none over 50 ms). Call after the window's task ended. */
function longestTask(t0, t1) {
  if (longTaskObserver) for (const e of longTaskObserver.takeRecords()) longTasks.push({ start: e.startTime, duration: e.duration });
  let best = 0;
  for (const e of longTasks) if (e.start < t1 && e.start + e.duration > t0) best = Math.max(best, e.duration);
  return round(best, 1);
}

/** One pass over the queries, one query per task, as a page would run them: the longest task. */
async function longestQueryTask(queries, fn) {
  await tick();
  const t0 = now();
  for (const q of queries) {
    await tick();
    fn(q);
  }
  await tick();
  return longestTask(t0, now());
}

/** Smallest step performance.now() shows here (100 µs in Chromium without cross-origin isolation). */
function timerResolution() {
  let best = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = a;
    while (b === a) b = performance.now();
    best = Math.min(best, b - a);
  }
  return round(best, 4);
}

function stats(samples) {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return {
    n: s.length,
    p50_ms: round(q(0.5), 4),
    p95_ms: round(q(0.95), 4),
    mean_ms: round(s.reduce((a, b) => a + b, 0) / s.length, 4),
    min_ms: round(s[0], 4),
    max_ms: round(s[s.length - 1], 4),
  };
}

/**
 * Runs fn(query) over every query: one warm-up pass, then `reps` timed passes. performance.now()
 * is coarse here (see timerResolutionMs), so each sample times `inner` back-to-back calls of the
 * same query and records their mean, with `inner` chosen from the warm-up so that a sample
 * lasts at least twenty timer steps. p50/p95 are over those samples (reps × queries of them).
 */
function timeQueries(queries, reps, fn) {
  const w0 = now();
  for (const q of queries) fn(q);
  const warm = (now() - w0) / queries.length;
  const floor = 20 * Math.max(results.timerResolutionMs || 0, 0.005);
  const inner = Math.min(1000, Math.max(1, Math.ceil(floor / Math.max(warm, 1e-4))));
  const samples = [];
  for (let r = 0; r < reps; r++) {
    for (const q of queries) {
      const t0 = now();
      for (let k = 0; k < inner; k++) fn(q);
      samples.push((now() - t0) / inner);
    }
  }
  return { ...stats(samples), calls_per_sample: inner };
}

function utf8Bytes(articles) {
  const enc = new TextEncoder();
  let n = 0;
  for (const a of articles) n += enc.encode(a.title || '').length + enc.encode(a.text || '').length;
  return n;
}

async function fetchOk(url) {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url.pathname || url}: HTTP ${res.status}`);
  return res;
}

async function jsonLines(url) {
  const text = await (await fetchOk(url)).text();
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((q) => ({ id: q.id, claim: q.claim }));
}

let manifestPromise = null;
const manifest = () => (manifestPromise ??= fetchOk(new URL('manifest.json', DATA_URL)).then((r) => r.json()));

/** The seed articles as JS objects, for wink, as the checker holds them: ids from the JSON it was built from. */
function seedArticles(checker) {
  const ids = JSON.parse(new TextDecoder().decode(seedBytes)).map((a) => a.id);
  const articles = ids.map((id) => checker.article(id)).filter(Boolean);
  if (articles.length !== checker.articleCount) {
    throw new Error(`found ${articles.length} of the ${checker.articleCount} built-in articles by their ids`);
  }
  return articles;
}

/** Used JS heap (Chromium only; precise with --enable-precise-memory-info), after a GC if exposed. */
function jsHeap() {
  if (typeof window.gc === 'function') window.gc();
  return performance.memory ? performance.memory.usedJSHeapSize : null;
}

async function timeQueriesAsync(queries, reps, fn) {
  for (const q of queries) await fn(q);
  const samples = [];
  for (let r = 0; r < reps; r++) {
    for (const q of queries) {
      const t0 = now();
      await fn(q);
      samples.push(now() - t0);
    }
  }
  return { ...stats(samples), calls_per_sample: 1 };
}

const tools = { now, round, tick, stats, jsHeap, timeQueries, timeQueriesAsync, longestTask, longestQueryTask };

/** Corroborate's row in r.engines: the same fields as every other engine's (www/bench-peers.js). */
function corroborateEngine(r, loadWindow, corpusBytes) {
  const e = { engine: 'corroborate', label: 'Corroborate', kind: r.prebuilt_index ? 'prebuilt (.idx, in-page)' : 'in-page', status: 'ok' };
  e.build_ms = r.index_ms;
  if (r.text_bytes) e.build_mb_s = round(mb(r.text_bytes) / (e.build_ms / 1000), 2);
  e.heap_growth_bytes = r.heap_growth_bytes ?? null;
  e.heap_kind = 'wasm memory';
  e.query = r.check;
  const start = (results.engine.init_ms ?? 0) + (results.engine.first_seed_checker_ms ?? 0);
  e.first_answer_ms = round(start + r.fetch_ms + r.index_ms + r.first_check_ms, 1);
  e.bytes_module = resourceBytes(PKG_JS_URL) + resourceBytes(PKG_WASM_URL);
  e.bytes_to_first_answer = e.bytes_module + corpusBytes;
  e.longest_task_load_ms = loadWindow;
  e.longest_task_query_ms = r.longest_task_query_ms;
  return e;
}

function withRate(e, textBytes) {
  if (e.status === 'ok' && e.build_mb_s == null && textBytes && e.build_ms > 0) e.build_mb_s = round(mb(textBytes) / (e.build_ms / 1000), 2);
  if (e.status === 'ok' && e.heap_growth_bytes != null && textBytes) e.heap_mb_per_text_mb = round(mb(e.heap_growth_bytes) / mb(textBytes), 2);
  return e;
}

async function benchCorpus(name, memory, seedQueries) {
  const r = { name, status: 'ok' };
  results.corpora.push(r);
  let text = null;
  let bytes = null;
  let checker = null;
  let queries = seedQueries;
  let loadStart = null;
  let corpusUrl = null;
  const isIdx = name.endsWith('.idx');
  const base = isIdx ? name.slice(0, -4) : name;
  if (isIdx) r.prebuilt_index = true;
  try {
    if (name !== 'seed') {
      let entry;
      try {
        entry = (await manifest())[base];
      } catch (e) {
        return Object.assign(r, { status: 'skipped', reason: `no bench/data/manifest.json (run scripts/make-bench-corpora.py): ${e.message}` });
      }
      if (!entry) return Object.assign(r, { status: 'skipped', reason: `no corpus "${base}" in bench/data/manifest.json` });
      const file = isIdx ? entry.file.replace(/\.json$/, '') + '.idx' : entry.file;
      Object.assign(r, { file: `bench/data/${file}`, articles: entry.articles, json_bytes: entry.bytes });
      // An index is about 1.15× its JSON: the JSON size decides the skip for both, so that
      // 10k and 10k.idx run or skip together.
      if (entry.bytes > MAX_MB * 1e6) {
        return Object.assign(r, {
          status: 'skipped',
          reason: `${(entry.bytes / 1e6).toFixed(1)} MB of JSON is over maxmb=${MAX_MB}; the native bench (corroborate bench) covers it`,
        });
      }
      queries = await jsonLines(new URL('queries.jsonl', DATA_URL));
      status(`${name}: downloading ${isIdx ? 'the index' : `${(entry.bytes / 1e6).toFixed(1)} MB`}…`);
      await tick();
      const t0 = now();
      loadStart = t0;
      corpusUrl = new URL(file, DATA_URL);
      const res = await fetch(corpusUrl, { cache: 'no-cache' });
      if (isIdx && res.status === 404) {
        return Object.assign(r, { status: 'skipped', reason: `no bench/data/${file} (scripts/bench.sh builds it: corroborate index bench/data/${entry.file} -o bench/data/${file})` });
      }
      if (!res.ok) throw new Error(`bench/data/${file}: HTTP ${res.status}`);
      // Bytes either way: the widget hands JSON to the engine as bytes too (www/engine.js).
      bytes = new Uint8Array(await res.arrayBuffer());
      r.fetch_ms = round(now() - t0, 1);
      if (isIdx) r.idx_bytes = bytes.byteLength;
    } else {
      bytes = seedBytes; // (fetched once, before the lexicons were timed)
      r.fetch_ms = 0;
    }
    const reps = REPS ?? (name === 'seed' ? 30 : 3);
    Object.assign(r, { queries: queries.length, reps });

    status(`${name}: indexing…`);
    await tick();
    r.heap_before_bytes = memory.buffer.byteLength;
    const t0 = now();
    loadStart ??= t0;
    if (isIdx) checker = Checker.fromIndex(bytes);
    else checker = Checker.fromJson(bytes, name);
    const t1 = now();
    r.index_ms = round(t1 - t0, 1);
    r.heap_after_bytes = memory.buffer.byteLength;
    const f0 = now();
    checker.check(queries[0].claim);
    r.first_check_ms = round(now() - f0, 1);
    await tick();
    const longestLoad = longestTask(loadStart, t1);
    r.articles = checker.articleCount;
    if (!isIdx && bytes) {
      // The JS engines need the JSON as text: decoding it is charged to them (decode_ms, added
      // to the download in their time to a first answer), as the engine does its own in Rust.
      const d0 = now();
      text = new TextDecoder().decode(bytes);
      r.decode_ms = round(now() - d0, 1);
    }
    bytes = null;

    // The articles as JS objects: for wink, and to measure the text the index holds.
    let articles = null;
    if (isIdx) {
      // No article texts on the JS side: run-bench.mjs takes the text size from the JSON row.
    } else if (name === 'seed') {
      try {
        articles = seedArticles(checker);
      } catch (e) {
        r.note = `seed articles not found, wink skipped: ${e.message}`;
      }
    } else {
      const p0 = now();
      articles = JSON.parse(text);
      r.js_json_parse_ms = round(now() - p0, 1);
    }
    if (articles) {
      r.text_bytes = utf8Bytes(articles);
      r.heap_growth_bytes = r.heap_after_bytes - r.heap_before_bytes;
      r.heap_mb_per_text_mb = round(mb(r.heap_after_bytes) / mb(r.text_bytes), 1);
      r.heap_growth_mb_per_text_mb = round(mb(r.heap_growth_bytes) / mb(r.text_bytes), 1);
    }

    status(`${name}: checking ${queries.length} claims × ${reps}…`);
    await tick();
    let covered = 0;
    let found = 0;
    for (const q of queries) {
      const rep = checker.check(q.claim);
      covered += rep.covered ? 1 : 0;
      found += rep.articles.length;
    }
    r.covered_queries = covered;
    r.articles_per_check = round(found / queries.length, 2);
    r.check = timeQueries(queries, reps, (q) => checker.check(q.claim));
    r.longest_task_query_ms = await longestQueryTask(queries, (q) => checker.check(q.claim));
    const corpusBytes = corpusUrl ? resourceBytes(corpusUrl) : 0;
    r.engines = [withRate(corroborateEngine(r, longestLoad, corpusBytes), r.text_bytes)];

    if (nliModel) {
      const nliReps = NLI_REPS ?? (name === 'seed' ? 5 : 1);
      status(`${name}: checking ${queries.length} claims × ${nliReps} with the language model…`);
      await tick();
      checker.setNliModel(nliModel);
      let pairs = 0;
      let byModel = 0;
      for (const q of queries) {
        for (const a of checker.check(q.claim).articles) {
          for (const e of a.evidence) {
            if (e.nli) pairs += 1;
            if (e.decided_by !== 'rules') byModel += 1;
          }
        }
      }
      r.nli_reps = nliReps;
      r.nli_evidence_per_check = round(pairs / queries.length, 2);
      r.nli_decided_per_check = round(byModel / queries.length, 2);
      r.check_nli = timeQueries(queries, nliReps, (q) => checker.check(q.claim));
      checker.setNliModel(null);
    }

    if (!WINK) r.wink = { status: 'skipped', reason: 'wink=0' };
    const ctx = { text, articles: name === 'seed' ? articles : null, queries, reps, corpusBytes: name === 'seed' ? r.text_bytes ?? 0 : corpusBytes, fetchMs: (r.fetch_ms ?? 0) + (r.decode_ms ?? 0), tools, dataUrl: DATA_URL };
    articles = null;
    for (const id of PEERS) {
      let e;
      if (BUILD_PEERS[id]) {
        if (isIdx) e = { engine: id, status: 'skipped', reason: 'in-page engine: no prebuilt index; see the JSON row' };
        else if (ctx.text == null && !ctx.articles) e = { engine: id, status: 'skipped', reason: r.note };
        else {
          status(`${name}: ${BUILD_PEERS[id].label}…`);
          await tick();
          e = await buildPeerBench(id, ctx).catch((err) => ({ engine: id, status: 'error', reason: `${err.name || 'Error'}: ${err.message}` }));
        }
      } else if (isIdx) {
        e = { engine: id, status: 'skipped', reason: 'see the JSON row' };
      } else {
        status(`${name}: ${PREBUILT_PEERS[id].label}…`);
        await tick();
        e = await prebuiltPeerBench(id, name, ctx).catch((err) => ({ engine: id, status: 'error', reason: `${err.name || 'Error'}: ${err.message}` }));
      }
      r.engines.push(withRate(e, r.text_bytes));
      if (id === 'wink') {
        // The older fields of the wink baseline (BENCHMARKS.md "Beside wink-bm25-text-search").
        r.wink = e.status === 'ok' ? { ...e, js_heap_growth_bytes: e.heap_growth_bytes } : e;
        if (e.status === 'ok') {
          r.ratios = {
            // > 1: wink takes longer than Corroborate.
            wink_index_over_ours: round(e.index_ms / r.index_ms, 2),
            // > 1: a full Corroborate check costs more than a wink search.
            our_check_p50_over_wink_query_p50: round(r.check.p50_ms / e.query.p50_ms, 2),
            our_check_p95_over_wink_query_p95: round(r.check.p95_ms / e.query.p95_ms, 2),
          };
        }
      }
    }
    if (WINK && !r.wink) r.wink = { status: 'skipped', reason: 'no prebuilt index for wink: see the JSON row' };
    text = null;
  } catch (e) {
    Object.assign(r, { status: 'error', reason: `${e.name || 'Error'}: ${e.message}` });
  } finally {
    try {
      checker?.free();
    } catch {
      // A trapped module cannot free; nothing more to do.
    }
    r.heap_end_bytes = memory.buffer.byteLength;
  }
  return r;
}

// --- rendering (text only) ---------------------------------------------------------------

const COLUMNS = [
  ['corpus', (r) => r.name],
  ['status', (r) => r.status],
  ['articles', (r) => r.articles],
  ['text MB', (r) => (r.text_bytes != null ? mb(r.text_bytes).toFixed(1) : '')],
  ['fetch', (r) => r.fetch_ms],
  ['index', (r) => r.index_ms],
  ['wasm heap MB', (r) => (r.heap_after_bytes != null ? mb(r.heap_after_bytes).toFixed(1) : '')],
  ['heap MB / text MB', (r) => r.heap_mb_per_text_mb],
  ['check p50', (r) => r.check?.p50_ms],
  ['check p95', (r) => r.check?.p95_ms],
  ['check+LM p50', (r) => r.check_nli?.p50_ms],
  ['check+LM p95', (r) => r.check_nli?.p95_ms],
  ['wink index', (r) => r.wink?.index_ms],
  ['wink p50', (r) => r.wink?.query?.p50_ms],
  ['wink p95', (r) => r.wink?.query?.p95_ms],
  ['wink index ÷ ours', (r) => r.ratios?.wink_index_over_ours],
  ['our p50 ÷ wink p50', (r) => r.ratios?.our_check_p50_over_wink_query_p50],
];

const ENGINE_COLUMNS = [
  ['corpus', (r, e) => r.name],
  ['engine', (r, e) => e.label || e.engine],
  ['status', (r, e) => (e.status === 'ok' ? 'ok' : `${e.status}: ${e.reason}`)],
  ['build ms', (r, e) => e.build_ms],
  ['build MB/s', (r, e) => e.build_mb_s],
  ['heap MB / text MB', (r, e) => e.heap_mb_per_text_mb],
  ['query p50', (r, e) => e.query?.p50_ms],
  ['query p95', (r, e) => e.query?.p95_ms],
  ['first answer ms', (r, e) => e.first_answer_ms],
  ['KB to first answer', (r, e) => (e.bytes_to_first_answer != null ? Math.round(e.bytes_to_first_answer / 1024) : '')],
  ['longest task loading', (r, e) => e.longest_task_load_ms],
  ['longest task querying', (r, e) => e.longest_task_query_ms],
];

function tableRows(table, columns, rows) {
  const head = document.createElement('tr');
  for (const [label] of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  }
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(
    ...rows.map((args) => {
      const tr = document.createElement('tr');
      columns.forEach(([, get], i) => {
        const cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) cell.scope = 'row';
        const v = get(...args);
        cell.textContent = v == null ? '' : String(v);
        tr.append(cell);
      });
      return tr;
    }),
  );
}

function render() {
  const engines = document.getElementById('bench-engines');
  if (engines) tableRows(engines, ENGINE_COLUMNS, results.corpora.flatMap((r) => (r.engines || []).map((e) => [r, e])));
  tableRows(document.getElementById('bench-table'), COLUMNS, results.corpora.map((r) => [r]));
  const notes = results.corpora
    .filter((r) => r.reason || r.note || r.wink?.reason)
    .map((r) => {
      const li = document.createElement('li');
      li.textContent = `${r.name}: ${[r.reason, r.note, r.wink?.reason && `wink: ${r.wink.reason}`].filter(Boolean).join('; ')}`;
      return li;
    });
  const res = document.createElement('li');
  res.textContent = `Timer resolution ${results.timerResolutionMs} ms; ${results.userAgent}`;
  document.getElementById('bench-notes').replaceChildren(res, ...notes);
  document.getElementById('bench-json').textContent = JSON.stringify(results, null, 1);
}

async function main() {
  try {
    status('Loading the engine…');
    const t0 = now();
    const wasm = await init();
    results.engine.init_ms = round(now() - t0, 1);
    results.engine.heap_initial_bytes = wasm.memory.buffer.byteLength;
    // The first checker also builds the lexicons (lazily, once per page): time it on its own
    // so that every corpus's index_ms below is the index alone.
    seedBytes = new Uint8Array(await (await fetchOk(SEED_JSON_URL)).arrayBuffer());
    const c0 = now();
    Checker.fromJson(seedBytes, 'seed').free();
    results.engine.first_seed_checker_ms = round(now() - c0, 1);
    results.engine.heap_after_lexicons_bytes = wasm.memory.buffer.byteLength;
    const wasmEntry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    if (wasmEntry) results.engine.wasm_transfer_bytes = wasmEntry.encodedBodySize || null;
    if (NLI) {
      status('Loading the language model…');
      const n0 = now();
      try {
        const res = await fetch(NLI_URL, { cache: 'no-cache' });
        if (!res.ok) throw new Error(`pkg/nli-model.bin: HTTP ${res.status}`);
        const bytes = new Uint8Array(await res.arrayBuffer());
        const fetched = now();
        nliModel = NliModel.fromBytes(bytes);
        results.engine.nli = { status: 'ok', bytes: bytes.byteLength, fetch_ms: round(fetched - n0, 1), parse_ms: round(now() - fetched, 1) };
      } catch (e) {
        results.engine.nli = { status: 'error', reason: `${e.name || 'Error'}: ${e.message}` };
      }
    }
    const seedQueries = CORPORA.includes('seed') ? await jsonLines(SEED_QUERIES_URL) : [];
    for (const name of CORPORA) {
      await benchCorpus(name, wasm.memory, seedQueries);
      render();
    }
    status(`Done: ${results.corpora.map((r) => `${r.name} ${r.status}`).join(', ')}.`);
  } catch (e) {
    results.error = `${e.name || 'Error'}: ${e.message}`;
    status(`Failed: ${results.error}`);
  } finally {
    results.finishedAt = new Date().toISOString();
    render();
    window.__benchDone = true;
  }
}

main();
