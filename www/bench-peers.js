// The other search engines of www/bench.html (BENCHMARKS.md "Beside MiniSearch, FlexSearch,
// Lunr, wink and pagefind"), each on the same corpus and queries as Corroborate in the same
// page. Two kinds of engine:
//
//   in-page ("build")   a JS library bundled into www/vendor/ (scripts/bench-entries/, esbuild):
//                       the page parses the corpus JSON, builds the library's index from the
//                       articles, then searches it. build(lib, articles) → index;
//                       search(index, claim) → up to 10 hits (ids).
//   prebuilt ("open")   a static index built offline into bench/data/DIR-NAME/, which the page
//                       opens with the engine's own loader and searches asynchronously:
//                       open(baseUrl) → handle; search(handle, claim) → Promise of hits.
//                       pagefind is one (scripts/build-pagefind.mjs); a sharded Corroborate
//                       archive (`corroborate index --shards DIR`, scripts/setup.sh
//                       build_archive_bundles) is the other.
//
// What is recorded for each (the same fields for every engine, Corroborate's included, so the
// tables come out of one loop in scripts/run-bench.mjs):
//   build_ms          JSON.parse of the corpus + the library's index build (in-page); the
//                     offline build from bench/data/DIR-NAME/build.json (prebuilt)
//   build_mb_s        article text MB (title + text, UTF-8, MiB) ÷ build seconds
//   heap_growth_bytes JS heap growth over the build (performance.memory after a forced GC; the
//                     articles themselves held on both sides); for a prebuilt engine the growth
//                     from before its loader to after its first answer (main thread only: a
//                     worker's heap and any wasm memory are not in it)
//   query             p50/p95 over `reps` passes of every query, after one warm-up pass
//   first_answer_ms   from the start of the engine's work to its first hits: for an in-page
//                     engine the page's corpus download (fetch_ms, shared with Corroborate's
//                     row, which counts it too) + module import + parse + build + one search
//   bytes_*           bytes of the engine's module + the data it needed for the first answer,
//                     as transferred (PerformanceResourceTiming.encodedBodySize; gzip when the
//                     server compressed it); for a prebuilt engine whose loader fetches from a
//                     worker the page cannot see those: scripts/run-bench.mjs adds them up from
//                     the browser's network log between first_answer_window epoch times
//   longest_task_*    the longest main-thread task (Long Tasks API, > 50 ms; 0 = none) that
//                     overlaps the loading (parse, build; or open + first search) and the query
//                     window (one query per task, a separate pass after the timed ones)

export const BUILD_PEERS = {
  wink: {
    label: 'wink-bm25-text-search + wink-nlp',
    bundle: './vendor/wink-bundle.js',
    // As wink-bm25-text-search's README sets it up: wink-nlp's prep task (word tokens minus stop
    // words, stemmed, "!" on negated ones; pipeline sbd+negation only, the pipes it reads).
    build({ bm25, winkNLP, model }, articles) {
      const nlp = winkNLP(model, ['sbd', 'negation']);
      const its = nlp.its;
      const prepTask = (text) => {
        const tokens = [];
        nlp
          .readDoc(text)
          .tokens()
          .filter((t) => t.out(its.type) === 'word' && !t.out(its.stopWordFlag))
          .each((t) => tokens.push(t.out(its.negationFlag) ? `!${t.out(its.stem)}` : t.out(its.stem)));
        return tokens;
      };
      const engine = bm25();
      engine.defineConfig({ fldWeights: { title: 1, text: 2 } });
      engine.definePrepTasks([prepTask]);
      articles.forEach((a, i) => engine.addDoc({ title: a.title || '', text: a.text || '' }, i));
      engine.consolidate();
      return engine;
    },
    search: (engine, claim) => engine.search(claim, 10),
  },
  minisearch: {
    label: 'MiniSearch',
    bundle: './vendor/minisearch.js',
    // Defaults (BM25+, OR of the terms, no prefix or fuzzy matching); no stored fields.
    build({ MiniSearch }, articles) {
      const ms = new MiniSearch({ fields: ['title', 'text'], idField: 'id' });
      ms.addAll(articles.map((a, i) => ({ id: i, title: a.title || '', text: a.text || '' })));
      return ms;
    },
    search: (ms, claim) => ms.search(claim).slice(0, 10),
  },
  flexsearch: {
    label: 'FlexSearch',
    bundle: './vendor/flexsearch.js',
    // A default Index over title + text; `suggest` so that a claim whose words are not all in
    // one article still returns the articles with most of them (without it, an AND of 8-15 words).
    build({ Index }, articles) {
      const idx = new Index();
      articles.forEach((a, i) => idx.add(i, `${a.title || ''}\n${a.text || ''}`));
      return idx;
    },
    search: (idx, claim) => idx.search(claim, { limit: 10, suggest: true }),
  },
  lunr: {
    label: 'Lunr',
    bundle: './vendor/lunr.js',
    // Default builder (English stemmer and stop words); the claim's tokens as an OR query
    // (idx.search would parse "-", ":", "^" in headlines as query syntax).
    build({ lunr }, articles) {
      const idx = lunr(function build() {
        this.ref('id');
        this.field('title');
        this.field('text');
        articles.forEach((a, i) => this.add({ id: String(i), title: a.title || '', text: a.text || '' }));
      });
      return { idx, tokenize: lunr.tokenizer };
    },
    search: ({ idx, tokenize }, claim) => idx.query((q) => q.term(tokenize(claim))).slice(0, 10),
  },
};

export const PREBUILT_PEERS = {
  pagefind: {
    label: 'pagefind',
    dir: (name) => `pagefind-${name}/`,
    // pagefind's own loader, from the bundle: it fetches its wasm, the index chunks the query's
    // words fall in, and (only when data() is called) the result fragments. By default it runs
    // the search in its web worker (pagefind-worker.js), so most of its work is off this thread.
    async open(base) {
      const pf = await import(new URL('pagefind.js', base).href);
      await pf.init();
      return pf;
    },
    async search(pf, claim) {
      const r = await pf.search(claim);
      return r.results.slice(0, 10);
    },
  },
};

// Corroborate's own static index (`corroborate index --shards`, README "Sharded archives"),
// read as the widget's worker reads it (www/engine.js, fill): the manifest, then per claim the
// posting shards of its words and the article chunks of its best sentences, fetched by this
// page; rules only (the other engines have no language model). Its result is the full stance
// report, of which the first ten articles are counted as hits.
PREBUILT_PEERS.shards = {
  label: 'Corroborate, sharded archive',
  dir: (name) => `shards-${name}/`,
  async open(base) {
    const { Archive } = await import(new URL('../pkg/corroborate.js', import.meta.url).href);
    const res = await fetch(new URL('manifest.bin', base));
    if (!res.ok) throw new Error(`manifest.bin: HTTP ${res.status}`);
    const archive = Archive.fromManifest(new Uint8Array(await res.arrayBuffer()));
    archive.setNliModel(null);
    return { Archive, archive, base };
  },
  async search({ Archive, archive, base }, claim) {
    const get = async (path) => {
      const res = await fetch(new URL(path, base));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    };
    const round = async (needed, path, add) => {
      const files = await Promise.all(Array.from(needed, async (n) => [n, await get(path(n))]));
      for (const [n, bytes] of files) add(n, bytes);
    };
    await round(archive.shardsFor(claim), Archive.shardPath, (n, b) => archive.addShard(n, b));
    const vocab = archive.vocabFor(claim);
    if (vocab.length) {
      await round(vocab, Archive.vocabPath, (n, b) => archive.addVocab(n, b));
      await round(archive.shardsFor(claim), Archive.shardPath, (n, b) => archive.addShard(n, b));
    }
    await round(archive.chunksFor(claim), Archive.chunkPath, (n, b) => archive.addChunk(n, b));
    return archive.check(claim).articles.slice(0, 10);
  },
};

export const PEER_IDS = [...Object.keys(BUILD_PEERS), ...Object.keys(PREBUILT_PEERS)];

const modules = new Map();
function loadModule(url) {
  if (!modules.has(url)) modules.set(url, import(url));
  return modules.get(url);
}

/** Transferred bytes of a resource this page fetched itself (0 when not found). */
export function resourceBytes(url) {
  const href = new URL(url, location.href).href;
  const e = performance.getEntriesByType('resource').find((x) => x.name === href);
  return e ? e.encodedBodySize || e.transferSize || 0 : 0;
}

/**
 * One in-page engine on one corpus. ctx: { text (corpus JSON, or null for seed),
 * articles (seed only), queries, reps, corpusBytes (transferred), tools }.
 */
export async function buildPeerBench(id, ctx) {
  const peer = BUILD_PEERS[id];
  const { tools } = ctx;
  const out = { engine: id, label: peer.label, kind: 'in-page', status: 'ok', limit: 10 };
  const bundleUrl = new URL(peer.bundle, import.meta.url).href;
  let lib;
  const tStart = tools.now();
  try {
    lib = await loadModule(bundleUrl);
    out.module_load_ms = tools.round(tools.now() - tStart, 1);
  } catch (e) {
    return { ...out, status: 'skipped', reason: `${peer.bundle.slice(2)} did not load (run \`npm run build:bench\`): ${e.message}` };
  }
  // Parse the corpus in a task of its own (as a page would after fetching it), then build.
  await tools.tick();
  const p0 = tools.now();
  const articles = ctx.text != null ? JSON.parse(ctx.text) : ctx.articles;
  const p1 = tools.now();
  out.json_parse_ms = ctx.text != null ? tools.round(p1 - p0, 1) : 0;
  await tools.tick();
  const heap0 = tools.jsHeap();
  await tools.tick();
  const b0 = tools.now();
  const index = peer.build(lib, articles);
  const b1 = tools.now();
  out.index_ms = tools.round(b1 - b0, 1);
  await tools.tick();
  const heap1 = tools.jsHeap();
  if (heap0 != null && heap1 != null) out.heap_growth_bytes = heap1 - heap0;
  out.build_ms = tools.round(out.json_parse_ms + out.index_ms, 1);
  const a0 = tools.now();
  peer.search(index, ctx.queries[0].claim);
  out.first_answer_ms = tools.round((ctx.fetchMs ?? 0) + out.module_load_ms + out.build_ms + (tools.now() - a0), 1);
  await tools.tick();
  out.longest_task_load_ms = Math.max(tools.longestTask(tStart, tStart + out.module_load_ms), tools.longestTask(p0, p1), tools.longestTask(b0, b1));
  out.bytes_module = resourceBytes(bundleUrl);
  out.bytes_to_first_answer = out.bytes_module + ctx.corpusBytes;

  let hits = 0;
  for (const q of ctx.queries) hits += peer.search(index, q.claim).length;
  out.hits_per_query = tools.round(hits / ctx.queries.length, 2);
  out.query = tools.timeQueries(ctx.queries, ctx.reps, (q) => peer.search(index, q.claim));
  out.longest_task_query_ms = await tools.longestQueryTask(ctx.queries, (q) => peer.search(index, q.claim));
  return out;
}

/** One prebuilt engine on one corpus: `name` picks bench/data/DIR-NAME/. */
export async function prebuiltPeerBench(id, name, ctx) {
  const peer = PREBUILT_PEERS[id];
  const { tools } = ctx;
  const out = { engine: id, label: peer.label, kind: 'prebuilt', status: 'ok', limit: 10 };
  const base = new URL(peer.dir(name), ctx.dataUrl);
  let info;
  try {
    const res = await fetch(new URL('build.json', base), { cache: 'no-cache' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    info = await res.json();
  } catch (e) {
    const how = id === 'shards' ? `source scripts/setup.sh; build_archive_bundles ${name}` : `node scripts/build-pagefind.mjs ${name}`;
    return { ...out, status: 'skipped', reason: `no bench/data/${peer.dir(name)} (${how}): ${e.message}` };
  }
  Object.assign(out, { version: info.pagefind ?? info.corroborate ?? null, build_ms: info.build_ms, build_offline: true, bundle_bytes: info.bundle_bytes });
  await tools.tick();
  const heap0 = tools.jsHeap();
  await tools.tick();
  const t0 = tools.now();
  const epoch0 = performance.timeOrigin + t0;
  const handle = await peer.open(base);
  const t1 = tools.now();
  const first = await peer.search(handle, ctx.queries[0].claim);
  const t2 = tools.now();
  out.open_ms = tools.round(t1 - t0, 1);
  out.first_search_ms = tools.round(t2 - t1, 1);
  out.first_answer_ms = tools.round(t2 - t0, 1);
  out.first_answer_window = { epoch_start_ms: epoch0, epoch_end_ms: performance.timeOrigin + t2, url_prefix: base.href };
  await tools.tick();
  out.longest_task_load_ms = tools.longestTask(t0, t2);
  const heap1 = tools.jsHeap();
  if (heap0 != null && heap1 != null) out.heap_growth_bytes = heap1 - heap0;
  // What this page fetched itself under the bundle (its loader module at least); a worker's
  // fetches are added by run-bench.mjs from the network log.
  out.bytes_to_first_answer_page = performance
    .getEntriesByType('resource')
    .filter((e) => e.name.startsWith(base.href) && !e.name.endsWith('/build.json') && e.responseEnd <= t2)
    .reduce((n, e) => n + (e.encodedBodySize || e.transferSize || 0), 0);
  out.first_hits = first.length;

  let hits = 0;
  for (const q of ctx.queries) hits += (await peer.search(handle, q.claim)).length;
  out.hits_per_query = tools.round(hits / ctx.queries.length, 2);
  const samples = [];
  for (let r = 0; r < ctx.reps; r++) {
    for (const q of ctx.queries) {
      const s0 = tools.now();
      await peer.search(handle, q.claim);
      samples.push(tools.now() - s0);
    }
  }
  out.query = { ...tools.stats(samples), calls_per_sample: 1 };
  // The longest task in a pass of one query per task, as the in-page engines get: in the timed
  // passes an engine whose search needs no new file never yields (an awaited promise that has
  // already settled is a microtask), so the whole loop would count as one task.
  await tools.tick();
  const l0 = tools.now();
  for (const q of ctx.queries) {
    await tools.tick();
    await peer.search(handle, q.claim);
  }
  await tools.tick();
  out.longest_task_query_ms = tools.longestTask(l0, tools.now());
  return out;
}
