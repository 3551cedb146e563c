// The pages under Trusted Types enforcement (serve.py --trusted-types adds
// `require-trusted-types-for 'script'; trusted-types corroborate` to the strict CSP): the widget
// must work without a single DOM sink that parses HTML or loads script from a string; its one
// policy makes one URL, its engine's worker. Under `trusted-types 'none'` it runs the engine on
// the main thread instead, and says so. Each page is used the way the other suites use it (claims of every
// kind, the full text, "Show more", a failing corpus), and must raise no violation.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, check, setCorpus, cspViolations, serverAndBrowser } from './helpers.mjs';

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
}, ['--trusted-types', '--test-routes']);

describe('Trusted Types enforced', () => {
  test('the server sends the policy, and the browser enforces it', async () => {
    const response = await fetch(`${server.origin}/index.html`);
    assert.match(response.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'; trusted-types corroborate$/);
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    // The control: a string assigned to innerHTML is refused here, so a widget that used one
    // would fail the tests below.
    const refused = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'accepted';
      } catch (e) {
        return e.constructor.name;
      }
    });
    assert.equal(refused, 'TypeError');
    await context.close();
  });

  for (const [name, url, claims] of [
    ['front page', '/index.html', ['Turkey sent fighters from Syria to Azerbaijan.', 'Germany co-chairs the OSCE Minsk Group.', 'NASA launched a new Mars rover.', '   ']],
    ['embedding page with hostile CSS', '/www/embed.html', ['Turkey sent fighters from Syria to Azerbaijan.', 'NASA launched a new Mars rover.']],
    ['hostile corpus', '/tests/fixtures/xss.html', ['Turkey sent fighters to Azerbaijan <img src=x onerror=window.__pwned=1>', 'Turkey sent fighters to Azerbaijan.']],
  ]) {
    test(`${name} (${url}) works without a violation`, async () => {
      const { page, context, log } = await openPage(browser, `${server.origin}${url}`);
      try {
        for (const claim of claims) {
          const result = await check(page, claim);
          assert.ok(result.claim !== null || result.message !== null, `nothing shown for ${claim}`);
        }
        await check(page, claims[0]);
        for (const t of await page.locator('corroborate-check .full-text-toggle').all()) await t.click();
        assert.ok((await page.locator('corroborate-check .article-text').count()) > 0, 'no full text opened');
        await page.waitForFunction(() =>
          [...document.querySelector('corroborate-check').shadowRoot.querySelectorAll('.article-text')].every((n) => n.dataset.filled),
        );
        // A failing corpus (its error message) and the built-in examples render too.
        const failed = await setCorpus(page, '/tests/fixtures/missing.json');
        assert.equal(failed.ok, false);
        await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('examples', 'One|Two'));
        assert.equal(await page.evaluate(() => window.__pwned), undefined);
        assert.deepEqual(await cspViolations(page, log), []);
        assert.deepEqual(log.consoleErrors.filter((e) => !/404/.test(e)), []);
      } finally {
        await context.close();
      }
    });
  }

  test("under trusted-types 'none' (no policy, so no worker) the engine runs on the page, and says so", async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/__test/tt-none/index.html`);
    try {
      const result = await check(page, 'Turkey sent fighters from Syria to Azerbaijan.');
      assert.ok(result.articles.some((a) => a.badges.includes('Supports')), JSON.stringify(result));
      assert.match(result.corpusInfo, /This page does not let the checker run in the background/);
      assert.equal(page.workers().length, 0);
      // What the browser reports: the refused policy, nothing else.
      const violations = await cspViolations(page, log);
      assert.ok(violations.length > 0 && violations.every((v) => /trusted-types|TrustedTypePolicy/i.test(v)), violations.join('\n'));
    } finally {
      await context.close();
    }
  });
});
