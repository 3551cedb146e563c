// The benchmark page (www/bench.html) runs to the end in Chromium under the strict CSP: on the
// seed corpus always, and on the 200-article FNC-1 corpus when bench/data/ has been built
// (scripts/make-bench-corpora.py; scripts/test.sh builds it when ../shared has the FNC-1 data).
// It checks that the page completes and reports sane figures — never how fast anything is:
// timing belongs in BENCHMARKS.md (scripts/bench.sh), not in a pass/fail test on a shared box.
// Of the other engines (www/bench-peers.js) it runs two cheap ones: MiniSearch (the in-page
// kind, when www/vendor/ is bundled) and pagefind (the prebuilt kind, when
// bench/data/pagefind-seed/ is built: scripts/test.sh builds it with pagefind's npm binary).
// pagefind's loader starts a web worker from a string URL, which Trusted Types forbid: under
// E2E_TRUSTED_TYPES=1 pagefind is left out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cspViolations, instrument, serverAndBrowser } from './helpers.mjs';

const MANIFEST = path.join(ROOT, 'bench', 'data', 'manifest.json');
const WINK_BUNDLE = path.join(ROOT, 'www', 'vendor', 'wink-bundle.js');
const MINISEARCH_BUNDLE = path.join(ROOT, 'www', 'vendor', 'minisearch.js');
const pagefindBuilt = (name) => existsSync(path.join(ROOT, 'bench', 'data', `pagefind-${name}`, 'build.json'));

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/**
 * Opens a bench page, recording what openPage() in helpers.mjs records (instrument()). Not
 * openPage itself: it waits for <corroborate-check> widgets, and this page has none.
 */
async function openBench(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = await instrument(page);
  await page.goto(url);
  // Fail at the first page error rather than at the timeout.
  await page.waitForFunction(() => window.__benchDone === true, null, { timeout: 180_000, polling: 250 }).catch((e) => {
    throw new Error(`${e.message}; console: ${log.consoleErrors.join(' | ')}`);
  });
  return { page, context, log };
}

function hasCorpus(name) {
  if (!existsSync(MANIFEST)) return false;
  const entry = JSON.parse(readFileSync(MANIFEST, 'utf8'))[name];
  return Boolean(entry && existsSync(path.join(ROOT, 'bench', 'data', entry.file)));
}

async function runBench(corpora, peers) {
  const wink = existsSync(WINK_BUNDLE);
  const query = new URLSearchParams({ corpora: corpora.join(','), reps: '2', maxmb: '8', peers: peers.join(',') || '0' });
  if (!wink) query.set('wink', '0');
  const { page, context, log } = await openBench(`${server.origin}/www/bench.html?${query}`);
  try {
    const results = await page.evaluate(() => window.__benchResults);
    const rows = await page.locator('#bench-table tbody tr').count();
    const violations = await cspViolations(page, log);
    return { results, rows, wink, peers, consoleErrors: log.consoleErrors, violations, requests: log.requests };
  } finally {
    await context.close();
  }
}

function assertCorpusOk(r, { wink, peers }) {
  assert.equal(r.status, 'ok', `${r.name}: ${r.status} ${r.reason ?? ''}`);
  assert.ok(r.articles > 0, `${r.name}: no articles`);
  assert.ok(r.index_ms >= 0 && r.check.n >= r.queries, `${r.name}: ${JSON.stringify(r.check)}`);
  for (const k of ['p50_ms', 'p95_ms', 'mean_ms']) assert.ok(Number.isFinite(r.check[k]), `${r.name}: check.${k}`);
  assert.ok(r.covered_queries > 0, `${r.name}: no query was covered`);
  assert.ok(r.heap_after_bytes > 0, `${r.name}: no wasm heap figure`);
  if (wink) {
    assert.equal(r.wink.status, 'ok', `${r.name} wink: ${r.wink.status} ${r.wink.reason ?? ''}`);
    assert.ok(Number.isFinite(r.wink.query.p50_ms) && r.wink.hits_per_query > 0, `${r.name} wink: ${JSON.stringify(r.wink)}`);
    assert.ok(Number.isFinite(r.ratios.wink_index_over_ours), `${r.name}: no ratio`);
  }
  const engines = r.engines.map((e) => e.engine);
  assert.deepEqual(engines, ['corroborate', ...(wink ? ['wink'] : []), ...peers], `${r.name}: engines`);
  for (const e of r.engines) {
    assert.equal(e.status, 'ok', `${r.name} ${e.engine}: ${e.status} ${e.reason ?? ''}`);
    assert.ok(Number.isFinite(e.query.p50_ms) && Number.isFinite(e.query.p95_ms), `${r.name} ${e.engine}: ${JSON.stringify(e.query)}`);
    assert.ok(Number.isFinite(e.first_answer_ms) && e.build_ms >= 0, `${r.name} ${e.engine}: ${JSON.stringify(e)}`);
    assert.ok(Number.isFinite(e.longest_task_load_ms) && Number.isFinite(e.longest_task_query_ms), `${r.name} ${e.engine}: long tasks`);
    if (e.kind === 'in-page' && e.engine !== 'corroborate') assert.ok(e.hits_per_query > 0 && e.bytes_module > 0, `${r.name} ${e.engine}: ${JSON.stringify(e)}`);
  }
}

test('bench.html completes on the seed corpus (and on 200 FNC-1 articles when built)', async (t) => {
  const corpora = ['seed'];
  if (hasCorpus('fnc200')) corpora.push('fnc200');
  else t.diagnostic('bench/data/fnc200.json absent (scripts/make-bench-corpora.py): seed corpus only');
  if (!existsSync(WINK_BUNDLE)) t.diagnostic('www/vendor/wink-bundle.js absent (npm run build:bench): wink baseline skipped');
  const peers = [];
  if (existsSync(MINISEARCH_BUNDLE)) peers.push('minisearch');
  else t.diagnostic('www/vendor/minisearch.js absent (npm run build:bench): MiniSearch skipped');
  if (process.env.E2E_TRUSTED_TYPES === '1') t.diagnostic('under Trusted Types: pagefind skipped (its loader starts a worker from a string URL)');
  else if (corpora.every(pagefindBuilt)) peers.push('pagefind');
  else t.diagnostic('bench/data/pagefind-*/ absent (node scripts/build-pagefind.mjs seed,fnc200): pagefind skipped');

  const run = await runBench(corpora, peers);
  assert.equal(run.results.error, undefined, run.results.error);
  assert.deepEqual(run.consoleErrors, []);
  assert.deepEqual(run.violations, []);
  assert.deepEqual(
    run.results.corpora.map((r) => r.name),
    corpora,
  );
  for (const r of run.results.corpora) assertCorpusOk(r, run);
  assert.equal(run.rows, corpora.length, 'one table row per corpus');
  const offOrigin = run.requests.filter((u) => !u.startsWith(server.origin));
  assert.deepEqual(offOrigin, [], 'every request is same-origin');
  const seed = run.results.corpora[0];
  t.diagnostic(`seed: index ${seed.index_ms} ms, check p50 ${seed.check.p50_ms} ms (not asserted)`);
});

test('bench.html records a corpus over ?maxmb= as skipped, with the reason', { skip: !hasCorpus('fnc') && 'bench/data/fnc.json absent' }, async () => {
  const { page, context, log } = await openBench(`${server.origin}/www/bench.html?corpora=fnc&maxmb=1&wink=0`);
  try {
    const [r] = (await page.evaluate(() => window.__benchResults)).corpora;
    assert.equal(r.status, 'skipped');
    assert.match(r.reason, /over maxmb=1/);
    assert.deepEqual(log.consoleErrors, []);
  } finally {
    await context.close();
  }
});
