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

import { writeFileSync } from 'node:fs';
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
  },
});

const corpora = opts.corpora.split(',').map((s) => s.trim()).filter(Boolean);
const server = await startServer();
// Exact JS heap figures for the wink baseline, and a GC before each reading.
const browser = await launchBrowser(['--enable-precise-memory-info', '--js-flags=--expose-gc']);

const all = { browser: `Chromium ${browser.version()}`, corpora: [] };
let failed = false;
try {
  for (const name of corpora) {
    const q = new URLSearchParams({ corpora: name, maxmb: opts.maxmb });
    if (opts.reps) q.set('reps', opts.reps);
    if (opts['no-wink']) q.set('wink', '0');
    if (opts['no-nli']) q.set('nli', '0');
    if (opts['nli-reps']) q.set('nlireps', opts['nli-reps']);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    process.stderr.write(`bench.html?${q} … `);
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
    process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    all.userAgent ??= res.userAgent;
    all.timerResolutionMs ??= res.timerResolutionMs;
    all.engine ??= res.engine;
    for (const r of res.corpora) {
      if (errors.length) r.console_errors = errors;
      if (r.status === 'error' || res.error || errors.length) failed = true;
      all.corpora.push(r);
    }
    if (res.error) all.corpora.push({ name, status: 'error', reason: res.error });
    await context.close();
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
console.log(lines.join('\n'));
process.exitCode = failed ? 1 : 0;
