#!/usr/bin/env node
// Runs www/bench.html in headless Chromium, one fresh page per corpus (so each corpus gets its
// own WebAssembly memory and the heap figures are not inflated by the one before), and prints
// the results as markdown tables. Used by scripts/bench.sh; needs pkg/ built, bench/data/ for
// every corpus but seed, and www/vendor/wink-bundle.js for the wink baseline.
//
// A corpus NAME.idx (fnc.idx, 10k.idx) loads the prebuilt index next to NAME's JSON; its text
// size, for heap MB / text MB, is taken from NAME's row when NAME ran too.
//
//   node scripts/run-bench.mjs [--corpora seed,fnc,fnc.idx,10k,10k.idx] [--maxmb 64] [--reps N] [--no-wink]
//                              [--json OUT.json] [--timeout-s 1800] [--no-nli] [--nli-reps N]
//
// With the language model (default; --no-nli skips it) every corpus is also checked with
// pkg/nli-model.bin attached: "check+LM" columns.
//
// Beside the other engines (www/bench-peers.js; --peers minisearch,flexsearch,lunr,pagefind,
// default all; --no-wink drops wink): one row per engine and corpus — build MB/s, heap per
// text MB, query p50/p95, time and bytes to the first answer, longest main-thread tasks — and
// the ratios ours ÷ theirs. --throttle 1,4 runs every corpus again at each further CPU
// slowdown (CDP Emulation.setCPUThrottlingRate; --throttle-corpora seed,fnc limits that pass;
// reps=1, no language model) for the long-task columns at that rate. Bytes an engine fetched
// from a web worker (pagefind's loader) are not in the page's resource timing: they are added
// up here from the browser's network log, within the first-answer window the page records.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, startServer } from '../tests/e2e/helpers.mjs';

const { values: opts } = parseArgs({
  options: {
    corpora: { type: 'string', default: 'seed,fnc,fnc.idx,10k,10k.idx' },
    maxmb: { type: 'string', default: '64' },
    reps: { type: 'string' },
    'no-wink': { type: 'boolean', default: false },
    json: { type: 'string' },
    'timeout-s': { type: 'string', default: '1800' },
    'no-nli': { type: 'boolean', default: false },
    'nli-reps': { type: 'string' },
    peers: { type: 'string' },
    throttle: { type: 'string', default: '1' },
    'throttle-corpora': { type: 'string' },
  },
});

const corpora = opts.corpora.split(',').map((s) => s.trim()).filter(Boolean);
const rates = opts.throttle.split(',').map(Number).filter((x) => x >= 1);
if (!rates.includes(1)) rates.unshift(1);
const throttleCorpora = opts['throttle-corpora'] ? opts['throttle-corpora'].split(',').map((s) => s.trim()) : corpora;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(`${ROOT}node_modules/${pkg}/package.json`, 'utf8')).version;
  } catch {
    return null;
  }
};
const VERSIONS = {
  wink: `wink-bm25-text-search ${version('wink-bm25-text-search')}, wink-nlp ${version('wink-nlp')}`,
  minisearch: version('minisearch'),
  flexsearch: version('flexsearch'),
  lunr: version('lunr'),
  pagefind: version('pagefind'),
};
const server = await startServer();
// Exact JS heap figures for the wink baseline, and a GC before each reading.
const browser = await launchBrowser(['--enable-precise-memory-info', '--js-flags=--expose-gc']);

const all = { browser: `Chromium ${browser.version()}`, versions: VERSIONS, corpora: [], throttled: {} };
let failed = false;
try {
  for (const rate of rates) {
   for (const name of rate === 1 ? corpora : corpora.filter((c) => throttleCorpora.includes(c))) {
    const q = new URLSearchParams({ corpora: name, maxmb: opts.maxmb });
    if (rate !== 1) q.set('reps', '1');
    else if (opts.reps) q.set('reps', opts.reps);
    if (opts['no-wink']) q.set('wink', '0');
    if (opts['no-nli'] || rate !== 1) q.set('nli', '0');
    if (opts['nli-reps']) q.set('nlireps', opts['nli-reps']);
    if (opts.peers != null) q.set('peers', opts.peers);
    const context = await browser.newContext();
    const page = await context.newPage();
    if (rate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    }
    // Every response, the web workers' included: url, start and end (epoch ms), body bytes.
    const net = [];
    const pending = [];
    page.on('requestfinished', (req) => {
      pending.push(
        req.sizes().then(
          (sz) => {
            const t = req.timing();
            net.push({ url: req.url(), start: t.startTime, end: t.startTime + Math.max(t.responseEnd, 0), bytes: sz.responseBodySize });
          },
          () => {},
        ),
      );
    });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    process.stderr.write(`${rate === 1 ? '' : `[CPU ${rate}×] `}bench.html?${q} … `);
    const t0 = Date.now();
    // A script error before the page's own try/catch (say, a module that fails to load) would
    // leave __benchDone unset: stop at the first page error instead of waiting for the timeout.
    const crashed = new Promise((_, reject) => {
      page.on('pageerror', (e) => reject(new Error(`bench.html?${q}: ${e.message}`)));
      page.on('crash', () => reject(new Error(`bench.html?${q}: the page crashed`)));
    });
    crashed.catch(() => {});
    await page.goto(`${server.origin}/www/bench.html?${q}`);
    await Promise.race([
      page.waitForFunction(() => window.__benchDone === true, null, { timeout: Number(opts['timeout-s']) * 1000, polling: 500 }),
      crashed,
    ]);
    const res = await page.evaluate(() => window.__benchResults);
    await Promise.all(pending);
    process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    const into = rate === 1 ? all.corpora : (all.throttled[rate] ??= []);
    if (rate === 1) {
      all.userAgent ??= res.userAgent;
      all.timerResolutionMs ??= res.timerResolutionMs;
      all.engine ??= res.engine;
    }
    for (const r of res.corpora) {
      if (errors.length) r.console_errors = errors;
      if (r.status === 'error' || res.error || errors.length) failed = true;
      for (const e of r.engines || []) {
        const w = e.first_answer_window;
        if (!w) continue;
        // +1 ms: the browser's network clock and the page's performance.timeOrigin round differently.
        const hits = net.filter((n) => n.url.startsWith(w.url_prefix) && !n.url.endsWith('/build.json') && n.end <= w.epoch_end_ms + 1);
        e.bytes_to_first_answer = hits.reduce((a, n) => a + n.bytes, 0);
        e.files_to_first_answer = hits.length;
        const later = net.filter((n) => n.url.startsWith(w.url_prefix) && !n.url.endsWith('/build.json'));
        e.bytes_whole_run = later.reduce((a, n) => a + n.bytes, 0);
        e.files_whole_run = later.length;
      }
      into.push(r);
    }
    if (res.error) into.push({ name, status: 'error', reason: res.error });
    await context.close();
   }
  }
} finally {
  await browser.close();
  await server.stop();
}

// A prebuilt index holds the same articles as its JSON: the JSON row's text size stands for it.
for (const r of all.corpora) {
  if (r.status !== 'ok' || !r.prebuilt_index || r.text_bytes != null) continue;
  const json = all.corpora.find((j) => j.name === r.name.slice(0, -4) && j.status === 'ok' && j.text_bytes != null);
  if (!json) continue;
  r.text_bytes = json.text_bytes;
  r.heap_growth_bytes = r.heap_after_bytes - r.heap_before_bytes;
  r.heap_mb_per_text_mb = Number((r.heap_after_bytes / r.text_bytes).toFixed(1));
  r.heap_growth_mb_per_text_mb = Number((r.heap_growth_bytes / r.text_bytes).toFixed(1));
  for (const e of r.engines || []) {
    if (e.status !== 'ok') continue;
    if (e.engine === 'corroborate') e.heap_growth_bytes = r.heap_growth_bytes;
    e.build_mb_s = Number((r.text_bytes / 1048576 / (e.build_ms / 1000)).toFixed(2));
    if (e.heap_growth_bytes != null) e.heap_mb_per_text_mb = Number((e.heap_growth_bytes / r.text_bytes).toFixed(2));
  }
}

if (opts.json) writeFileSync(opts.json, `${JSON.stringify(all, null, 1)}\n`);

const f = (v, d = 1) => (v == null ? '–' : typeof v === 'number' ? v.toFixed(d) : String(v));
const MB = (b) => (b == null ? null : b / (1024 * 1024));
const lines = [];
lines.push(`Browser: ${all.browser} (${all.userAgent}); timer resolution ${all.timerResolutionMs} ms; wasm init ${f(all.engine?.init_ms)} ms.`);
lines.push('');
lines.push('| corpus | articles | text MB | fetch ms | index ms | wasm heap MB | heap growth MB / text MB | check p50 ms | check p95 ms | check mean ms | runs | covered |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of all.corpora) {
  if (r.status !== 'ok') {
    lines.push(`| ${r.name} | ${f(r.articles, 0)} | – | – | – | – | – | – | – | – | – | ${r.status}: ${r.reason} |`);
    continue;
  }
  lines.push(
    `| ${r.name} | ${r.articles} | ${f(MB(r.text_bytes), 2)} | ${f(r.fetch_ms)} | ${f(r.index_ms)} | ${f(MB(r.heap_after_bytes))} | ${f(r.heap_growth_mb_per_text_mb)} | ${f(r.check.p50_ms, 3)} | ${f(r.check.p95_ms, 3)} | ${f(r.check.mean_ms, 3)} | ${r.check.n} | ${r.covered_queries}/${r.queries} |`,
  );
}
const nli = all.engine?.nli;
if (nli) {
  lines.push('');
  lines.push(
    nli.status === 'ok'
      ? `Language model (pkg/nli-model.bin, ${(nli.bytes / 1024 / 1024).toFixed(2)} MB): download ${f(nli.fetch_ms)} ms, parse (NliModel.fromBytes) ${f(nli.parse_ms)} ms, once per page.`
      : `Language model: ${nli.status}: ${nli.reason}`,
  );
  lines.push('');
  lines.push('| corpus | check p50 ms (rules) | check+LM p50 ms | check+LM p95 ms | check+LM mean ms | runs | evidence judged by the model / check | evidence decided by model or both / check |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of all.corpora) {
    if (r.status !== 'ok' || !r.check_nli) continue;
    lines.push(
      `| ${r.name} | ${f(r.check.p50_ms, 3)} | ${f(r.check_nli.p50_ms, 3)} | ${f(r.check_nli.p95_ms, 3)} | ${f(r.check_nli.mean_ms, 3)} | ${r.check_nli.n} | ${f(r.nli_evidence_per_check, 2)} | ${f(r.nli_decided_per_check, 2)} |`,
    );
  }
}
lines.push('');
lines.push('| corpus | wink index ms | wink JS heap MB | wink query p50 ms | wink query p95 ms | wink hits/query | wink index ÷ ours | our check p50 ÷ wink p50 | our check p95 ÷ wink p95 |');
lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of all.corpora) {
  const w = r.wink;
  if (!w || w.status !== 'ok') {
    lines.push(`| ${r.name} | ${w ? `${w.status}: ${w.reason}` : '–'} | | | | | | | |`);
    continue;
  }
  lines.push(
    `| ${r.name} | ${f(w.index_ms)} | ${f(MB(w.js_heap_growth_bytes))} | ${f(w.query.p50_ms, 3)} | ${f(w.query.p95_ms, 3)} | ${f(w.hits_per_query)} | ${f(r.ratios?.wink_index_over_ours, 2)} | ${f(r.ratios?.our_check_p50_over_wink_query_p50, 2)} | ${f(r.ratios?.our_check_p95_over_wink_query_p95, 2)} |`,
  );
}
lines.push('');
lines.push(...engineTables(all));
console.log(lines.join('\n'));
process.exitCode = failed ? 1 : 0;

/**
 * The engines side by side (r.engines of every corpus): one row per corpus and engine, the
 * ratios ours ÷ theirs, and the longest main-thread tasks at each CPU rate.
 */
function engineTables(all) {
  const out = [];
  const KB = (b) => (b == null ? '–' : (b / 1024).toFixed(0));
  const label = (e) => {
    const v = all.versions?.[e.engine];
    return `${e.label || e.engine}${v && e.engine !== 'wink' ? ` ${v}` : ''}`;
  };
  out.push('| corpus | engine | build ms | build MB/s | heap MB / text MB | query p50 ms | query p95 ms | hits / query | first answer ms | KB to first answer | longest task loading ms | longest task querying ms |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of all.corpora) {
    for (const e of r.engines || []) {
      if (e.status === 'skipped' && /see the JSON row/.test(e.reason)) continue;
      if (e.status !== 'ok') {
        out.push(`| ${r.name} | ${label(e)} | ${e.status}: ${e.reason} | | | | | | | | | |`);
        continue;
      }
      const hits = e.engine === 'corroborate' ? `${f(r.articles_per_check)} articles` : f(e.hits_per_query, 2);
      out.push(
        `| ${r.name} | ${label(e)}${e.build_offline ? ' (prebuilt)' : ''} | ${f(e.build_ms)}${e.build_offline ? ' offline' : ''} | ${f(e.build_mb_s, 2)} | ${f(e.heap_mb_per_text_mb, 2)} | ${f(e.query?.p50_ms, 3)} | ${f(e.query?.p95_ms, 3)} | ${hits} | ${f(e.first_answer_ms)} | ${KB(e.bytes_to_first_answer)} | ${f(e.longest_task_load_ms, 0)} | ${f(e.longest_task_query_ms, 0)} |`,
      );
    }
  }
  out.push('');
  out.push('Ratios, ours ÷ theirs (Corroborate in the same page; < 1: Corroborate is faster / smaller):');
  out.push('');
  out.push('| corpus | engine | build time | heap per MB | query p50 | query p95 | time to first answer | bytes to first answer |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  const ratio = (a, b) => (a == null || b == null || !(b > 0) ? '–' : (a / b).toFixed(2));
  for (const r of all.corpora) {
    const ours = (r.engines || []).find((e) => e.engine === 'corroborate' && e.status === 'ok');
    if (!ours) continue;
    for (const e of r.engines) {
      if (e === ours || e.status !== 'ok') continue;
      out.push(
        `| ${r.name} | ${label(e)} | ${e.build_offline ? `${ratio(ours.build_ms, e.build_ms)} (theirs offline)` : ratio(ours.build_ms, e.build_ms)} | ${ratio(ours.heap_mb_per_text_mb, e.heap_mb_per_text_mb)} | ${ratio(ours.query?.p50_ms, e.query?.p50_ms)} | ${ratio(ours.query?.p95_ms, e.query?.p95_ms)} | ${ratio(ours.first_answer_ms, e.first_answer_ms)} | ${ratio(ours.bytes_to_first_answer, e.bytes_to_first_answer)} |`,
      );
    }
  }
  const throttledRates = Object.keys(all.throttled || {});
  if (throttledRates.length) {
    out.push('');
    out.push(`Longest main-thread task (ms; 0: none over 50 ms) while loading / while querying, at 1× and ${throttledRates.map((x) => `${x}×`).join(', ')} CPU:`);
    out.push('');
    out.push(`| corpus | engine | 1× loading | 1× querying | ${throttledRates.map((x) => `${x}× loading | ${x}× querying`).join(' | ')} |`);
    out.push(`|---|---|---:|---:|${throttledRates.map(() => '---:|---:').join('|')}|`);
    for (const r of all.corpora) {
      for (const e of r.engines || []) {
        const cells = throttledRates.map((x) => {
          const t = (all.throttled[x] || []).find((c) => c.name === r.name)?.engines?.find((y) => y.engine === e.engine);
          return t && t.status === 'ok' ? `${f(t.longest_task_load_ms, 0)} | ${f(t.longest_task_query_ms, 0)}` : '– | –';
        });
        if (e.status !== 'ok') continue;
        out.push(`| ${r.name} | ${label(e)} | ${f(e.longest_task_load_ms, 0)} | ${f(e.longest_task_query_ms, 0)} | ${cells.join(' | ')} |`);
      }
    }
  }
  return out;
}
