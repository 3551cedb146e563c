// The reader's first and second check on the front page, in headless Chromium (BENCHMARKS.md
// "The first check after a load"): `node scripts/warm-up-page.mjs [RUNS]`, after build_pkg.
// Each run opens a fresh page (bundled corpus and model), waits until the widget is ready,
// then times two different claims from Enter to the rendered result.
import { ROOT, startServer, launchBrowser, openPage, check } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] || 8);
const claims = process.env.SWAP ? ['Macron said 300 Syrian fighters passed through Gaziantep.', 'Turkey sent fighters from Syria to Azerbaijan.'] : ['Turkey sent fighters from Syria to Azerbaijan.', 'Macron said 300 Syrian fighters passed through Gaziantep.'];
const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
const first = [];
const second = [];
try {
  for (let i = 0; i < runs; i += 1) {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    const times = [];
    for (const claim of claims) {
      const t = Date.now();
      await check(page, claim);
      times.push(Date.now() - t);
    }
    first.push(times[0]);
    second.push(times[1]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`first check ms: ${first.join(' ')} (median ${median(first)}); second: ${second.join(' ')} (median ${median(second)}) [${ROOT}]`);
