// End-to-end tests of the widget as a reader meets it: real pages (index.html, www/embed.html,
// tests/fixtures/xss.html) served by scripts/serve.py with its strict CSP, in Debian's Chromium.
// They check what is SHOWN (badge text, not-covered message, highlights), plus the promises
// that are easy to break silently: no request while checking, no CSP violation, no console
// error, no script from article or claim text, a corpus failure that leaves the widget usable,
// and no serious accessibility violation (axe-core). Screenshots go to screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import path from 'node:path';
import { ROOT, servedFile, startServer, launchBrowser, openPage, check, readResult, runAxe, cspViolations, waitReady, setCorpus, openFullText } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'screenshots');
const SUPPORT_CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';
const CONTRA_CLAIM = 'Germany co-chairs the OSCE Minsk Group.';
const NOT_COVERED_CLAIM = 'NASA launched a new Mars rover.';

let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const anyBadge = (result, label) => result.articles.some((a) => a.badges.includes(label));

/** A viewport-sized screenshot (what a reader sees, scrolled to `selector`) and a full-page one. */
async function shoot(page, name, selector) {
  if (selector) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), selector);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: path.join(SHOTS, `${name}-full.png`), fullPage: true });
}

function printAxe(name, violations) {
  const lines = violations.map((v) => `  ${v.impact}\t${v.id} ×${v.count}\t${v.help}\t${v.targets.join(' | ')}`);
  console.log(`axe ${name}: ${violations.length} violation type(s)${lines.length ? `\n${lines.join('\n')}` : ''}`);
}

function assertNoSerious(violations) {
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.impact} ${v.id}: ${v.targets.join(' | ')}`), []);
}

describe('front page (index.html)', () => {
  let page;
  let context;
  let log;
  before(async () => {
    ({ page, context, log } = await openPage(browser, `${server.origin}/index.html`));
  });
  after(() => context.close());

  test('checks claims locally: supports, contradicts, denial, not covered', async () => {
    const loadRequests = log.requests.length;

    const supports = await check(page, SUPPORT_CLAIM);
    assert.ok(anyBadge(supports, 'Supports'), `no article shows "Supports": ${JSON.stringify(supports.articles.map((a) => a.badges))}`);
    assert.ok(anyBadge(supports, 'Reports a denial'), 'no article shows "Reports a denial"');
    assert.ok(supports.claimMarks.length > 0, 'the claim has no highlighted words');
    assert.ok(supports.articles.some((a) => a.evidence.some((e) => e.marks.length > 0)), 'no evidence has highlighted words');
    assert.equal(supports.status, supports.summary, 'the live region announces the summary');

    const contra = await check(page, CONTRA_CLAIM);
    assert.ok(anyBadge(contra, 'Contradicts'), `no article shows "Contradicts": ${JSON.stringify(contra.articles.map((a) => a.badges))}`);

    const none = await check(page, NOT_COVERED_CLAIM, { enter: false }); // debounced typing path
    assert.equal(none.articles.length, 0);
    assert.match(none.notCovered, /Not covered by these articles/);
    assert.match(none.notCovered, /not the same as false/);

    // The whole article opens with the evidence highlighted in place.
    await check(page, SUPPORT_CLAIM);
    const toggle = page.locator('corroborate-check .full-text-toggle').first();
    await toggle.click();
    // The full text is rendered after the click's handler runs: wait for it, not a fixed time.
    await page.locator('corroborate-check .article-text mark').first().waitFor({ timeout: 10000 }).catch(() => {});
    const inText = await page.locator('corroborate-check .article-text mark').count();
    assert.ok(inText > 0, 'the full article shows no highlighted evidence');

    assert.equal(log.requests.length, loadRequests, `requests while checking: ${log.requests.slice(loadRequests).join(', ')}`);
  });

  test('the over-limit message counts characters, not UTF-16 units', async () => {
    const long = await check(page, '😀'.repeat(1001));
    assert.match(long.message, /is 1,001 characters long; the limit is 1,000/);
  });

  test('an empty claim and an over-long paste give messages, not a freeze', async () => {
    const empty = await check(page, '   ');
    assert.match(empty.message, /empty/i);
    // A pasted 2 MB text, by Enter and by the debounced typing path: a clear message within a
    // few seconds, and the page answers at once afterwards (its main thread is not stuck).
    const huge = 'Turkey sent fighters from Syria to Azerbaijan. '.repeat(45000);
    assert.ok(huge.length > 2_000_000);
    for (const enter of [true, false]) {
      await check(page, 'Germany co-chairs the OSCE Minsk Group.'); // a different result first
      const started = Date.now();
      const long = await check(page, huge, { enter });
      assert.match(long.message, /is 2,114,999 characters long; the limit is 1,000/);
      assert.equal(long.articles.length, 0, 'a result shown for an over-long claim');
      assert.ok(Date.now() - started < 5000, `a 2 MB paste took ${Date.now() - started} ms (enter: ${enter})`);
      const ping = Date.now();
      assert.equal(await page.evaluate(() => 1 + 1), 2);
      assert.ok(Date.now() - ping < 1000, `the page took ${Date.now() - ping} ms to answer after the paste`);
    }
    const again = await check(page, SUPPORT_CLAIM);
    assert.ok(again.articles.length > 0, 'the widget does not answer after an error');
  });

  test('only same-origin requests, no console errors, no CSP violations', async () => {
    const foreign = log.requests.filter((u) => new URL(u).origin !== server.origin);
    assert.deepEqual(foreign, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await cspViolations(page, log), []);
  });

  test('works with the keyboard alone', async () => {
    await page.reload();
    await waitReady(page);
    // Tab from the top of the page: skip link, then into the widget's text box.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    let focusedTag = '';
    for (let i = 0; i < 10 && focusedTag !== 'TEXTAREA'; i += 1) {
      await page.keyboard.press('Tab');
      focusedTag = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName ?? document.activeElement?.tagName);
    }
    assert.equal(focusedTag, 'TEXTAREA', 'Tab never reached the claim box');
    await page.keyboard.type(CONTRA_CLAIM);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text'));
    // Tab on to the first example and press it with the keyboard.
    await page.keyboard.press('Tab'); // Check button
    await page.keyboard.press('Tab'); // first example
    const label = await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent);
    await page.keyboard.press('Enter');
    await page.waitForFunction((want) => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent === want, label);
    const result = await readResult(page);
    assert.equal(result.claim, label);
  });

  test('axe: no serious or critical violations (light and dark)', async () => {
    await check(page, SUPPORT_CLAIM);
    await openFullText(page);
    const light = await runAxe(page);
    printAxe('index.html (light)', light);
    assertNoSerious(light);

    const dark = await openPage(browser, `${server.origin}/index.html`, { colorScheme: 'dark' });
    await check(dark.page, SUPPORT_CLAIM);
    await openFullText(dark.page);
    const darkViolations = await runAxe(dark.page);
    printAxe('index.html (dark)', darkViolations);
    await shoot(dark.page, 'index-dark-1280', '#checker');
    await dark.context.close();
    assertNoSerious(darkViolations);
  });

  test('screenshots: desktop and 360 px with a result', async () => {
    await page.reload();
    await waitReady(page);
    await check(page, SUPPORT_CLAIM);
    await shoot(page, 'index-1280', '#checker');
    const narrow = await openPage(browser, `${server.origin}/index.html`, { viewport: { width: 360, height: 740 } });
    await check(narrow.page, SUPPORT_CLAIM);
    await shoot(narrow.page, 'index-360', '#checker');
    await narrow.page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.report').scrollIntoView());
    await narrow.page.screenshot({ path: path.join(SHOTS, 'index-360-result.png') });
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await narrow.context.close();
    assert.ok(overflow <= 0, `the page scrolls sideways at 360 px by ${overflow}px`);
  });
});

describe('the test server sends a strict Content-Security-Policy', () => {
  // The CSP tests above prove the pages work under the policy serve.py sends; this proves the
  // policy is still the strict one (a loosened serve.py would otherwise pass them silently).
  for (const page of ['/index.html', '/www/embed.html', '/tests/fixtures/xss.html', '/pkg/corroborate.js']) {
    test(page, async () => {
      const response = await fetch(`${server.origin}${page}`);
      assert.equal(response.status, 200);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
      assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"], csp);
      assert.deepEqual(directives['default-src'], ["'self'"], csp);
      assert.deepEqual(directives['object-src'], ["'none'"], csp);
      for (const d of ['style-src', 'connect-src']) assert.deepEqual(directives[d], ["'self'"], `${d}: ${csp}`);
      assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|\*/, csp);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    });
  }
});

test('the server sends the engine and the widget gzipped to a browser that accepts it', async () => {
  const { readFileSync } = await import('node:fs');
  for (const file of ['/pkg/corroborate_bg.wasm', '/www/corroborate.js', '/www/render.js', '/www/corroborate.css', '/index.html']) {
    const response = await fetch(`${server.origin}${file}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('content-encoding'), 'gzip', file);
    const body = Buffer.from(await response.arrayBuffer()); // fetch decompresses
    assert.ok(body.equals(readFileSync(servedFile(file.slice(1)))), `${file} arrived changed`);
    assert.ok(Number(response.headers.get('content-length')) < body.length, `${file} was not smaller gzipped`);
  }
  // What the page gets is the widget as it ships: build_pkg's minified copies (dist/), not the
  // commented sources.
  for (const file of ['www/corroborate.js', 'www/engine.js', 'www/render.js', 'www/corroborate.css', 'pkg/corroborate.js']) {
    assert.equal(servedFile(file), path.join(ROOT, 'dist', file), `${file} is not served from dist/: run build_pkg`);
    const sent = Buffer.from(await (await fetch(`${server.origin}/${file}`)).arrayBuffer());
    assert.ok(sent.length < 0.8 * readFileSync(path.join(ROOT, file)).length, `${file} was not sent minified`);
  }
  // The model goes gzipped: its int8 weights barely compress, its word links (text) do.
  const model = await fetch(`${server.origin}/pkg/nli-model.bin`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(model.headers.get('content-encoding'), 'gzip');
});

describe('embedding page with hostile CSS (www/embed.html)', () => {
  test('the widget still looks and works right', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/www/embed.html`);
    const loadRequests = log.requests.length;
    const result = await check(page, SUPPORT_CLAIM);
    assert.ok(anyBadge(result, 'Supports'));
    assert.ok(anyBadge(result, 'Reports a denial'));
    const contra = await check(page, CONTRA_CLAIM);
    assert.ok(anyBadge(contra, 'Contradicts'));
    const none = await check(page, NOT_COVERED_CLAIM);
    assert.match(none.notCovered, /Not covered/);
    await check(page, SUPPORT_CLAIM);

    const looks = await page.evaluate(() => {
      const host = document.querySelector('corroborate-check');
      const root = host.shadowRoot;
      const box = root.querySelector('textarea').getBoundingClientRect();
      const mark = getComputedStyle(root.querySelector('.evidence-sentence mark'));
      return {
        hostDisplay: getComputedStyle(host).display,
        boxWidth: box.width,
        boxHeight: box.height,
        buttonShown: root.querySelector('.check-button').getBoundingClientRect().width > 0,
        markBg: mark.backgroundColor,
        markFg: mark.color,
        fontSize: parseFloat(getComputedStyle(root.querySelector('.summary')).fontSize),
      };
    });
    assert.equal(looks.hostDisplay, 'block');
    assert.ok(looks.boxWidth > 100 && looks.boxHeight > 20, `text box is ${looks.boxWidth}×${looks.boxHeight}`);
    assert.ok(looks.buttonShown, 'the Check button is hidden');
    assert.notEqual(looks.markBg, looks.markFg, 'highlights are unreadable');
    assert.ok(looks.fontSize >= 11, `text is ${looks.fontSize}px`);

    await shoot(page, 'embed-1280');
    await page.setViewportSize({ width: 360, height: 740 });
    await shoot(page, 'embed-360', 'corroborate-check');
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(log.requests.length, loadRequests, 'requests while checking');
    assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== server.origin), []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await cspViolations(page, log), []);

    const violations = await runAxe(page);
    printAxe('www/embed.html', violations);
    assertNoSerious(violations);
    await context.close();
  });
});

describe('hostile corpus and claim (tests/fixtures/xss.html)', () => {
  test('markup in articles and claims is shown as text and never runs', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/tests/fixtures/xss.html`);
    const loadRequests = log.requests.length;
    // A page with its own corpus never downloads the built-in articles.
    assert.deepEqual(log.requests.filter((u) => u.includes('seed-corpus')), []);
    const claim = 'Turkey sent fighters to Azerbaijan <img src=x onerror=window.__pwned=1>';
    const result = await check(page, claim);
    assert.equal(result.claim, claim, 'the claim is shown as typed');
    assert.ok(result.articles.length >= 2, `only ${result.articles.length} article(s) matched`);
    assert.ok(result.articles.some((a) => a.title.includes('<img src=x onerror="window.__pwned=1">')), 'markup in a title is not visible as text');

    assert.equal(await page.evaluate(() => window.__pwned), undefined);

    // Bidi overrides and zero-width characters in the claim: checked, and the override is not
    // displayed (it could make the claim read backwards).
    await page.locator('corroborate-check textarea').fill('Tur\u200bkey sent fighters to \u202EAzerbaijan.');
    await page.locator('corroborate-check textarea').press('Enter');
    await page.waitForFunction(() => /Azerbaijan\.$/.test(document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent ?? ''));
    const tricky = await readResult(page);
    assert.ok(tricky.articles.length >= 2, `the zero-width space broke matching: ${tricky.articles.length} article(s)`);
    assert.doesNotMatch(tricky.claim, /[\u202A-\u202E\u2066-\u2069]/, 'a bidi override in the claim reached the display');

    // A plainer claim matches all three articles, the https one and the javascript: one too.
    const plain = await check(page, 'Turkey sent fighters to Azerbaijan.');
    assert.equal(plain.articles.length, 3, JSON.stringify(plain.articles.map((a) => a.title)));
    // Open every full text, so the article bodies are rendered too.
    for (const t of await page.locator('corroborate-check .full-text-toggle').all()) await t.click();
    // (Each text comes from the engine's worker after the click: wait until all are filled.)
    await page.waitForFunction(() => [...document.querySelector('corroborate-check').shadowRoot.querySelectorAll('.article-text')].every((n) => n.dataset.filled));
    await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.article-text').scrollIntoView());
    await page.screenshot({ path: path.join(SHOTS, 'xss-1280.png') });
    const dom = await page.evaluate(() => {
      const root = document.querySelector('corroborate-check').shadowRoot;
      return {
        pwned: window.__pwned,
        elements: root.querySelectorAll('img, script, svg, iframe, object, embed, b').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        bodyText: [...root.querySelectorAll('.article-text')].map((n) => n.textContent).join('\n'),
        meta: [...root.querySelectorAll('.article-meta')].map((n) => n.textContent).join('\n'),
        allText: root.querySelector('.results').textContent,
      };
    });
    assert.equal(dom.pwned, undefined);
    assert.equal(dom.elements, 0, 'markup from the corpus became elements');
    assert.ok(dom.hrefs.length >= 1, 'the https link is missing');
    for (const href of dom.hrefs) assert.match(href, /^https?:\/\//, `a non-http(s) link: ${href}`);
    assert.match(dom.bodyText, /<script>window\.__pwned=1<\/script>/);
    assert.match(dom.meta, /<svg onload=/);
    assert.doesNotMatch(dom.allText, /[\u202A-\u202E\u2066-\u2069]/, 'a bidi override reached the display');
    assert.match(dom.allText, /Bidi evil\.exe title/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    // Markup that became an element would fetch (img src=x, svg); links are not followed.
    assert.deepEqual(log.requests.slice(loadRequests), [], 'requests while checking or opening articles');
    assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== server.origin), []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(await cspViolations(page, log), []);
    await context.close();
  });
});

describe('corpus load failures', () => {
  test('404, invalid JSON, wrong type and too large keep the last good corpus', async () => {
    const big = path.join(ROOT, 'tests', 'fixtures', 'too-large.tmp.json');
    // A sparse 51 MB file: costs no disk, and the widget must refuse it from its length.
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 51 * 1024 * 1024);
    closeSync(fd);
    const { page, context } = await openPage(browser, `${server.origin}/tests/fixtures/xss.html`);
    try {
      const setCorpusAndRead = async (url) => {
        const event = await setCorpus(page, url);
        return { ...(await readResult(page)), event };
      };
      const good = await check(page, SUPPORT_CLAIM);
      const goodTitles = good.articles.map((a) => a.title);
      assert.ok(goodTitles.length > 0);

      const cases = [
        ['missing.json', /404/],
        ['invalid.json', /invalid JSON/i],
        ['xss.html', /not JSON/],
        ['too-large.tmp.json', /too large/],
      ];
      for (const [url, why] of cases) {
        const shown = await setCorpusAndRead(url);
        assert.match(shown.corpusError ?? '', why, `${url}: ${shown.corpusError}`);
        assert.match(shown.corpusError, /Still checking against the articles loaded before/);
        assert.equal(shown.event.ok, false);
        assert.equal(shown.event.error, shown.corpusError);
        const still = await check(page, SUPPORT_CLAIM);
        assert.deepEqual(still.articles.map((a) => a.title), goodTitles, `${url}: the last good corpus is not used`);
      }

      // A good corpus again clears the error.
      const back = await setCorpusAndRead('xss-corpus.json');
      assert.equal(back.corpusError, null);
      assert.equal(back.event.ok, true);
      assert.equal(back.event.articleCount, 4);
    } finally {
      rmSync(big, { force: true });
      await context.close();
    }
  });

  test('a failing first corpus falls back to the built-in articles', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    await page.evaluate(() => {
      const w = document.createElement('corroborate-check');
      w.id = 'second';
      w.setAttribute('corpus', '/tests/fixtures/missing.json');
      w.setAttribute('claim', 'Germany co-chairs the OSCE Minsk Group.'); // prefilled and checked
      window.__results = [];
      document.addEventListener('corroborate-result', (e) => window.__results.push(e.detail.claim));
      document.querySelector('main').append(w);
    });
    await page.waitForFunction(() => document.querySelector('#second').shadowRoot.querySelector('.claim-text'));
    const prefilled = await readResult(page, '#second');
    assert.equal(prefilled.claim, CONTRA_CLAIM);
    assert.ok(anyBadge(prefilled, 'Contradicts'));
    assert.match(prefilled.corpusError, /built-in articles instead/);
    const r = await check(page, SUPPORT_CLAIM, { widget: '#second' });
    assert.ok(anyBadge(r, 'Supports'));
    // Each result reached the page as a composed, bubbling `corroborate-result` event.
    assert.deepEqual(await page.evaluate(() => window.__results), [CONTRA_CLAIM, SUPPORT_CLAIM]);
    await context.close();
  });

  test('with no articles at all (the built-in ones cannot be fetched either), the widget says so and offers no check', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.route('**/pkg/seed-corpus.json', (route) => route.fulfill({ status: 404, body: 'not found', contentType: 'text/plain' }));
    try {
      await page.goto(`${server.origin}/index.html`);
      const ready = await page.evaluate(async () => {
        await customElements.whenDefined('corroborate-check');
        return document.querySelector('corroborate-check').ready;
      });
      assert.equal(ready, false, 'the widget said it was ready with no articles');
      const shown = await page.evaluate(() => {
        const root = document.querySelector('corroborate-check').shadowRoot;
        return { error: root.querySelector('.corpus-error').textContent, hidden: root.querySelector('.corpus-error').hidden, disabled: root.querySelector('.check-button').getAttribute('aria-disabled') };
      });
      assert.match(shown.error, /Could not load the articles from .*seed-corpus\.json.*404/);
      assert.equal(shown.hidden, false);
      assert.equal(shown.disabled, 'true');
      // A check says why nothing can be checked (not "as soon as they are ready").
      await page.locator('corroborate-check textarea').fill(SUPPORT_CLAIM);
      await page.locator('corroborate-check textarea').press('Enter');
      const said = await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.results').textContent);
      assert.match(said, /Could not load the articles/);
      // A widget whose own corpus fails too says that the built-in articles failed as well.
      const second = await page.evaluate(async () => {
        const w = document.createElement('corroborate-check');
        w.setAttribute('corpus', '/tests/fixtures/missing.json');
        document.querySelector('main').append(w);
        const ok = await w.ready;
        return { ok, error: w.shadowRoot.querySelector('.corpus-error').textContent };
      });
      assert.equal(second.ok, false);
      assert.match(second.error, /missing\.json.*404.*The built-in articles .*seed-corpus\.json.* could not be loaded either/);
    } finally {
      await context.close();
    }
  });
});
