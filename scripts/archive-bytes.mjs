// What a reader's checks download from a sharded archive in the page: the front page in
// headless Chromium (the tests' server and browser), `corpus` set to each manifest given, then
// the first N benchmark queries typed in turn; prints, per check, the archive bytes that arrived
// (their Content-Length), the time from Enter to the rendered result and the articles shown.
//
//   node scripts/archive-bytes.mjs [--queries 12] /bench/data/synth-10k.shards/manifest.bin …
// (needs pkg/, bench/data/queries.jsonl and the archives: BENCHMARKS.md, "Sharded archives")

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, setCorpus, check } from '../tests/e2e/helpers.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--queries');
const count = at >= 0 ? Number(args.splice(at, 2)[1]) : 12;
const queries = readFileSync(path.join(ROOT, 'bench', 'data', 'queries.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).claim)
  .slice(0, count);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
try {
  for (const manifest of args) {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    const base = manifest.slice(0, manifest.lastIndexOf('/') + 1);
    let bytes = 0;
    // (Content-Length: reading bodies back through the DevTools protocol misses some of the
    // worker's responses.)
    page.on('response', (r) => {
      if (r.url().includes(base)) bytes += Number(r.headers()['content-length'] ?? 0);
    });
    const loaded = await setCorpus(page, manifest);
    const perCheck = [];
    for (const [i, claim] of queries.entries()) {
      const before = i === 0 ? 0 : bytes; // the first check counts the manifest too
      const t = Date.now();
      const shown = await check(page, claim);
      const ms = Date.now() - t;
      perCheck.push({ kb: Math.round((bytes - before) / 1024), ms, articles: shown.articles.length, message: shown.message });
    }
    const kb = perCheck.map((c) => c.kb);
    console.log(
      JSON.stringify({
        manifest,
        ok: loaded.ok,
        articles: loaded.articleCount,
        first_check_kb: kb[0],
        later_check_kb_median: median(kb.slice(1)),
        later_check_kb_max: Math.max(...kb.slice(1)),
        check_ms_median: median(perCheck.map((c) => c.ms)),
        console_errors: log.consoleErrors,
        checks: perCheck,
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
