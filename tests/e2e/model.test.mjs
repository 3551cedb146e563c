// The language model (pkg/nli-model.bin) as a reader meets it: fetched once per page whatever the
// number of widgets, consulted by every check once it has arrived (evidence carries the model's
// probabilities), results marked preliminary while it is on its way and checked again when it
// arrives, and a model that fails (404, corrupt) leaves the widget checking with the rules alone
// and saying so. Playwright's routing stalls or corrupts the model; everything else comes from
// scripts/serve.py with its strict CSP.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, instrument, waitReady, check, readResult, cspViolations, engineScope, serverAndBrowser } from './helpers.mjs';

const SUPPORT_CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';
const CONTRA_CLAIM = 'Germany co-chairs the OSCE Minsk Group.';
const MODEL_PATH = '/pkg/nli-model.bin';
const T = { timeout: 120_000 };

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const TWO_WIDGETS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Two widgets</title>
<script type="module" src="/www/corroborate.js"></script></head>
<body><main>
<corroborate-check id="one"></corroborate-check>
<corroborate-check id="two" compact></corroborate-check>
</main></body></html>`;

/**
 * A fresh context whose page `/__two.html` has two widgets (served with serve.py's own CSP, read
 * from a real response). `model(route)` may take over the model's requests. Returns
 * {page, context, log, modelRequests}.
 */
async function twoWidgets({ model, wait = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const csp = (await (await fetch(`${server.origin}/index.html`)).headers).get('content-security-policy');
  await context.route(`${server.origin}/__two.html`, (route) =>
    route.fulfill({ body: TWO_WIDGETS, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': csp } }),
  );
  const modelRequests = [];
  await context.route(`${server.origin}${MODEL_PATH}`, (route) => {
    modelRequests.push(route.request().url());
    return model ? model(route) : route.continue();
  });
  const page = await context.newPage();
  const log = await instrument(page);
  await page.addInitScript(() => {
    window.__results = [];
    document.addEventListener('corroborate-result', (e) => window.__results.push({ id: e.target.id, detail: e.detail }));
  });
  await page.goto(`${server.origin}/__two.html`);
  if (wait) await waitReady(page);
  return { page, context, log, modelRequests };
}

/** The evidence of the latest `corroborate-result` event of widget `id`. */
async function lastEvidence(page, id) {
  const results = await page.evaluate(() => window.__results);
  const mine = results.filter((r) => r.id === id);
  assert.ok(mine.length > 0, `widget #${id} fired no corroborate-result`);
  return mine.at(-1).detail.articles.flatMap((a) => a.evidence);
}

const modelInfo = (page, sel) =>
  page.evaluate((sel) => {
    const n = document.querySelector(sel).shadowRoot.querySelector('.model-info');
    return n.hidden ? null : n.textContent.trim();
  }, sel);

const preliminaryNote = (page, sel) =>
  page.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.preliminary-note')?.textContent.trim() ?? null, sel);

describe('the language model', () => {
  test('is fetched once for two widgets, and every check then consults it', T, async () => {
    const { page, context, log, modelRequests } = await twoWidgets();
    try {
      await page.waitForLoadState('networkidle');
      assert.equal(modelRequests.length, 1, `the model was requested ${modelRequests.length} times`);
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('corroborate-check')].map((w) => w.modelState)), ['ready', 'ready']);
      assert.equal(await modelInfo(page, '#one'), null, 'a note about the model is still shown once it has loaded');

      const before = log.requests.length;
      for (const id of ['one', 'two']) {
        const shown = await check(page, SUPPORT_CLAIM, { widget: `#${id}` });
        assert.ok(shown.articles.some((a) => a.badges.includes('Supports')), `#${id}: no article shows "Supports"`);
        assert.equal(await preliminaryNote(page, `#${id}`), null);
        const evidence = await lastEvidence(page, id);
        // The engine asks the model only where its answer can change the outcome (a few
        // sentences per check); those carry its probabilities beside who decided.
        assert.ok(evidence.length > 0);
        assert.ok(evidence.some((e) => e.nli && typeof e.nli.entailment === 'number'), `#${id}: no evidence carries the model's probabilities`);
        assert.ok(evidence.every((e) => ['rules', 'model', 'both'].includes(e.decided_by)));
      }
      const contra = await check(page, CONTRA_CLAIM, { widget: '#two' });
      assert.ok(contra.articles.some((a) => a.badges.includes('Contradicts')));
      assert.equal(log.requests.length, before, `requests while checking: ${log.requests.slice(before).join(', ')}`);
      assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== server.origin), []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await cspViolations(page, log), []);
    } finally {
      await context.close();
    }
  });

  test('while it loads, results are marked preliminary and checked again when it arrives', T, async () => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const { page, context, log } = await twoWidgets({
      wait: false,
      model: async (route) => {
        await held;
        await route.continue();
      },
    });
    try {
      await waitReady(page, { model: false });
      assert.match(await modelInfo(page, '#one'), /Loading the language model…/);
      assert.match(await modelInfo(page, '#one'), /preliminary/);
      const shown = await check(page, SUPPORT_CLAIM, { widget: '#one' });
      assert.ok(shown.articles.length > 0, 'no result while the model loads');
      assert.match(await preliminaryNote(page, '#one'), /^Preliminary: the language model is still loading/);
      assert.match(shown.status, /^Preliminary result:/);
      assert.equal((await page.evaluate(() => window.__results)).length, 0, 'a preliminary result was reported as final');

      release();
      await page.waitForFunction(() => document.querySelector('#one').modelState === 'ready');
      await page.waitForFunction(() => window.__results.some((r) => r.id === 'one'));
      assert.equal(await preliminaryNote(page, '#one'), null, 'still marked preliminary after the model arrived');
      assert.equal(await modelInfo(page, '#one'), null);
      const evidence = await lastEvidence(page, 'one');
      assert.ok(evidence.some((e) => e.nli), 'the result after the model arrived did not consult it');
      const after = await readResult(page, '#one');
      assert.equal(after.claim, SUPPORT_CLAIM);
      assert.equal(after.status, after.summary);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      release();
      await context.close();
    }
  });

  for (const [name, serve, why] of [
    ['a corrupt model file', (bytes) => { const b = Buffer.from(bytes); b[b.length >> 1] ^= 0xff; return { body: b, contentType: 'application/octet-stream' }; }, /corrupt/],
    ['a model that is not there (404)', () => ({ status: 404, body: 'not found', contentType: 'text/plain' }), /404/],
  ]) {
    test(`${name} leaves the widgets checking with the rules alone, and says so`, T, async () => {
      const bytes = readFileSync(path.join(ROOT, 'pkg', 'nli-model.bin'));
      const { page, context, log } = await twoWidgets({ model: (route) => route.fulfill(serve(bytes)) });
      try {
        assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('corroborate-check')].map((w) => w.modelState)), ['failed', 'failed']);
        for (const id of ['one', 'two']) {
          const note = await modelInfo(page, `#${id}`);
          assert.match(note, /^Could not load the language model from/);
          assert.match(note, why);
          assert.match(note, /Verdicts come from the rules alone\.$/);
        }
        const shown = await check(page, SUPPORT_CLAIM, { widget: '#two' });
        assert.equal(shown.message, null, shown.message);
        assert.equal(shown.corpusError, null, 'the model failure blocks the widget like a corpus error');
        assert.ok(shown.articles.some((a) => a.badges.includes('Supports')));
        assert.equal(await preliminaryNote(page, '#two'), null, 'a rules-only result is final when the model failed');
        const evidence = await lastEvidence(page, 'two');
        assert.ok(evidence.every((e) => !e.nli && e.decided_by === 'rules'));
        // A failed model is a warning, not an error on the console.
        assert.deepEqual(log.consoleErrors.filter((e) => !/Failed to load resource/.test(e)), []);
      } finally {
        await context.close();
      }
    });
  }

  test('model="none" runs the rules alone, says so, and never requests the model', T, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = await instrument(page);
    try {
      await page.goto(`${server.origin}/index.html`);
      await page.evaluate(() => {
        const w = document.createElement('corroborate-check');
        w.id = 'rules';
        w.setAttribute('model', 'none');
        document.querySelector('main').append(w);
      });
      await waitReady(page);
      assert.match(await modelInfo(page, '#rules'), /rules alone \(no language model/);
      const shown = await check(page, SUPPORT_CLAIM, { widget: '#rules' });
      assert.ok(shown.articles.length > 0);
      assert.equal(await preliminaryNote(page, '#rules'), null);
      // The page's own widget (no attribute) still loads the model, once.
      assert.equal(log.requests.filter((u) => u.endsWith(MODEL_PATH)).length, 1);
    } finally {
      await context.close();
    }
  });

  test('after an engine restart the model is attached again', T, async () => {
    const { page, context } = await twoWidgets();
    try {
      await check(page, SUPPORT_CLAIM, { widget: '#one' });
      // Replace the instance under the widget: its checker and model handle become stale.
      await engineScope(page).evaluate(async () => {
        const engine = await import(new URL('/pkg/corroborate.js', location.href).href);
        engine.resetEngine();
        engine.Checker.maxClaimChars();
      });
      await check(page, CONTRA_CLAIM, { widget: '#one' }); // a different claim first
      const shown = await check(page, SUPPORT_CLAIM, { widget: '#one' });
      assert.equal(shown.message, null, shown.message);
      assert.ok(shown.articles.some((a) => a.badges.includes('Supports')));
      const evidence = await lastEvidence(page, 'one');
      assert.ok(evidence.some((e) => e.nli), 'the model was not attached after the restart');
    } finally {
      await context.close();
    }
  });
});

describe('the shipped engine computes what the trainer computed', () => {
  test('NliModel.predict in Chromium matches the trainer on every parity pair (SIMD build)', T, async () => {
    const pairs = readFileSync(path.join(ROOT, 'tests/fixtures/nli_parity.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((r) => ({ premise: r.premise, hypothesis: r.hypothesis, probs: r.probs }));
    assert.ok(pairs.length >= 20);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/index.html`);
      const out = await page.evaluate(
        async ({ pairs, url }) => {
          const engine = await import('/pkg/corroborate.js');
          await engine.default();
          const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
          const model = engine.NliModel.fromBytes(bytes);
          const got = pairs.map((p) => model.predict(p.premise, p.hypothesis));
          let typeError = null;
          try {
            model.predict('a sentence', 42);
          } catch (e) {
            typeError = `${e.constructor.name}: ${e.message}`;
          }
          // A megabyte of text costs no more than its first tokens.
          const long = model.predict('Turkey sent fighters. '.repeat(50_000), 'Turkey sent fighters.');
          return { got, typeError, long };
        },
        { pairs, url: MODEL_PATH },
      );
      let worst = 0;
      out.got.forEach((g, i) => {
        const want = pairs[i].probs;
        const have = [g.entailment, g.contradiction, g.neutral];
        have.forEach((p, k) => (worst = Math.max(worst, Math.abs(p - want[k]))));
      });
      assert.ok(worst < 1e-4, `largest difference from the trainer: ${worst}`);
      assert.equal(out.typeError, 'TypeError: the hypothesis must be a string, not a number');
      assert.ok(Math.abs(out.long.entailment + out.long.contradiction + out.long.neutral - 1) < 1e-4);
    } finally {
      await context.close();
    }
  });
});
