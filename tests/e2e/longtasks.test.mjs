// Issue 12: the engine runs in a worker, so the page's main thread never has a task over 50 ms
// while a corpus loads or a claim is checked and its result shown, at full speed and at 4x CPU
// throttling (CDP Emulation.setCPUThrottlingRate, a mid-range phone). Measured with the Long Tasks API
// (PerformanceObserver 'longtask'); Long Animation Frames name the scripts, for the message.
// The assertion is about long tasks, never about how long anything took. The figures it prints
// (`node --test tests/e2e/longtasks.test.mjs`) are the BENCHMARKS.md "main-thread long tasks" row.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, instrument, waitReady, check, readResult, cspViolations } from './helpers.mjs';

const T = { timeout: 240_000 };
const FILE = path.join(ROOT, 'tests', 'fixtures', 'longtasks.tmp.json');
const CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';

let server;
let browser;
let megabytes = 0;

before(async () => {
  // A 4 MB corpus (the size of the FNC-1 one that froze the page 1.1-1.4 s): the built-in
  // articles' sentences, shuffled into 400 articles with their numbers varied.
  const dir = path.join(ROOT, 'corpus');
  const sentences = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 20);
  let seed = 12;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const articles = [];
  for (let i = 0; articles.reduce((n, a) => n + a.text.length, 0) < 4_000_000; i += 1) {
    const text = Array.from({ length: 60 }, () => sentences[next() % sentences.length].replace(/\d+/g, (d) => String(Number(d) + (next() % 7)))).join(' ');
    articles.push({ id: `a${i}`, title: `Article ${i}`, source: `Outlet ${i % 9}`, date: `2020-10-${String(1 + (i % 28)).padStart(2, '0')}`, text });
  }
  const json = JSON.stringify(articles);
  megabytes = json.length / 1024 / 1024;
  writeFileSync(FILE, json);
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
  rmSync(FILE, { force: true });
  await browser?.close();
  await server?.stop();
});

/**
 * The long tasks from now until `done()` resolves, each with the time the widget's own scripts
 * (www/, pkg/) ran in it: Long Animation Frames time each script (with the style and layout it
 * forced) and say where it came from; a long task is the widget's when its scripts ran in it.
 */
async function longTasksDuring(page, done) {
  await page.evaluate(() => {
    window.__long = [];
    window.__scripts = [];
    window.__observers?.forEach((o) => o.disconnect());
    const tasks = new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration }))));
    tasks.observe({ type: 'longtask' });
    const frames = new PerformanceObserver((list) => {
      for (const f of list.getEntries()) {
        for (const s of f.scripts) {
          const url = s.sourceURL.replace(location.origin, '');
          window.__scripts.push({ start: s.startTime, ms: s.duration, widget: /^\/(www|pkg)\//.test(url), what: `${s.invoker} ${url}` });
        }
      }
    });
    frames.observe({ type: 'long-animation-frame' });
    window.__observers = [tasks, frames];
  });
  await done();
  // Entries are delivered after their task: let the observers catch up.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return page.evaluate(() =>
    window.__long.map((t) => {
      const inside = window.__scripts.filter((s) => s.start >= t.start - 1 && s.start < t.start + t.ms);
      const widget = inside.filter((s) => s.widget);
      return {
        ms: Math.round(t.ms),
        widgetMs: Math.round(widget.reduce((n, s) => n + s.ms, 0)),
        scripts: inside.map((s) => `${s.what} ${Math.round(s.ms)} ms`).join('; '),
      };
    }),
  );
}

/** The long tasks the widget's own code made: its scripts ran for more than 50 ms of the task. */
const widgets = (tasks) => tasks.filter((t) => t.widgetMs > 50);
const show = (tasks) => JSON.stringify(tasks.map((t) => [t.ms, t.widgetMs]));

describe('no main-thread task over 50 ms while a corpus loads or a claim is checked', () => {
  for (const rate of [1, 4]) {
    test(`at ${rate}x CPU`, T, async (t) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const log = await instrument(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(`${server.origin}/index.html`);
        await waitReady(page);
        // This machine is shared: another process can stall any task. A measurement with a long
        // task of the widget is taken again, up to 3 times; the engine on the main thread (before
        // issue 12) made every one of them long (1.1-1.4 s for a 4 MB corpus).
        const runs = async (act, again = (tasks) => widgets(tasks).length > 0) => {
          const all = [];
          for (let i = 0; i < 3 && (all.length === 0 || again(all.at(-1))); i += 1) all.push(await longTasksDuring(page, () => act(i)));
          return all;
        };
        // Progress stays visible while the worker downloads and indexes.
        const shownWhileIndexing = [];
        const load = await runs(async (i) => {
          const loaded = page.evaluate((u) => document.querySelector('corroborate-check').loadCorpus(u), `/tests/fixtures/longtasks.tmp.json?try=${i}`);
          await page.waitForFunction(() => /Indexing the articles/.test(document.querySelector('corroborate-check').shadowRoot.querySelector('.corpus-info').textContent), null, { timeout: 60_000 });
          shownWhileIndexing.push(await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.corpus-info').textContent));
          const event = await loaded;
          assert.equal(event.ok, true, event.error);
          assert.ok(event.articleCount >= 300, `${event.articleCount} articles`);
        });
        assert.match(shownWhileIndexing[0], /Indexing the articles/);
        // A check as a reader makes it: type, Enter, the result comes and its cards are added.
        // The test reads the result only after the measurement: reading a whole result out of
        // the page (readResult) is itself a 100-200 ms task at 4x, the driver's, not the widget's.
        const checked = await runs(
          async (i) => {
            await page.evaluate(() => {
              window.__result = null;
              document.querySelector('corroborate-check').addEventListener('corroborate-result', (e) => (window.__result = e.detail), { once: true });
            });
            const box = page.locator('corroborate-check textarea');
            await box.fill(i % 2 ? 'Germany co-chairs the OSCE Minsk Group.' : CLAIM);
            await box.press('Enter');
            await page.waitForFunction(() => window.__result !== null, null, { polling: 250, timeout: 60_000 });
            // The cards after the first are added a task at a time: let them all come.
            await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
          },
          // Measured again while any long task shows (the diagnostic prints them all, so
          // BENCHMARKS can say whether a check made none at all); asserted: none of the widget's.
          (tasks) => tasks.length > 0,
        );
        const shown = await readResult(page);
        assert.equal(shown.message, null, shown.message);
        assert.ok(shown.articles.length > 0);
        const list = (all) => all.map(show).join(' / ');
        t.diagnostic(
          `${rate}x CPU, ${megabytes.toFixed(1)} MB corpus: long tasks [ms, of which the widget's scripts ms] while loading ${list(load)}, ` +
            `checking ${list(checked)} (a "/" separates measurements)`,
        );
        const all = (x) => x.map((t) => `${t.ms} ms: ${t.scripts}`).join(' | ');
        assert.deepEqual(widgets(load.at(-1)), [], `long tasks of the widget while the corpus loaded: ${all(load.at(-1))}`);
        assert.deepEqual(widgets(checked.at(-1)), [], `long tasks of the widget while a claim was checked: ${all(checked.at(-1))}`);
        assert.match((await readResult(page)).corpusInfo, /Checking against \d+ articles/);
        assert.deepEqual(log.consoleErrors, []);
        assert.deepEqual(await cspViolations(page, log), []);
      } finally {
        await context.close();
      }
    });
  }
});
