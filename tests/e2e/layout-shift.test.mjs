// No layout shift while the widget's stylesheet arrives (issue 11, "also": CLS 0.29 on slow 4G).
// The widget's shadow stylesheet is held back — as a slow connection would deliver it — while
// the page, the engine and the articles arrive, then the language model after it; the page's layout shifts
// are summed as Chromium reports them (the layout-shift PerformanceObserver, i.e. CLS) from the
// first paint until everything has settled, at desktop and phone widths.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { instrument, waitReady, holdBack, serverAndBrowser } from './helpers.mjs';

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/** Two animation frames: whatever changed has been laid out and painted. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('no layout shift while the widget loads', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 360, height: 740 }],
  ]) {
    test(`${name}: the page does not move when the widget's stylesheet arrives late (CLS < 0.1)`, async () => {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        const log = await instrument(page);
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (!e.hadRecentInput) window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.nodeName ?? '?') });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const releaseCss = await holdBack(page, '**/www/corroborate.css');
        const releaseModel = await holdBack(page, '**/pkg/nli-model.bin');
        // (The page's load event waits for the held stylesheet too.)
        await page.goto(`${server.origin}/index.html`, { waitUntil: 'domcontentloaded' });
        // The engine and the articles arrive while the stylesheet is still held; then the
        // stylesheet; the language model last (its "Loading…" line comes and goes).
        await waitReady(page, { model: false });
        await settle(page);
        assert.equal(await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.widget').hidden), true, 'the stylesheet was not held back');
        releaseCss();
        await page.waitForFunction(() => !document.querySelector('corroborate-check').shadowRoot.querySelector('.widget').hidden);
        await settle(page);
        assert.match(await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.model-info').textContent), /^Loading the language model/);
        releaseModel();
        await waitReady(page);
        await page.waitForLoadState('networkidle');
        await settle(page);
        assert.equal(await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.model-info').hidden), true);
        const shifts = await page.evaluate(() => window.__shifts);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        assert.ok(cls < 0.1, `CLS ${cls.toFixed(3)}: ${JSON.stringify(shifts)}`);
        // And the widget is really there, styled: its text box is a usable size.
        const box = await page.locator('corroborate-check textarea').boundingBox();
        assert.ok(box.height >= 40 && box.width >= 200, JSON.stringify(box));
        assert.deepEqual(log.consoleErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});
