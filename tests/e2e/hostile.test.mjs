// Table-driven: every payload in tests/fixtures/hostile-payloads.json (OWASP XSS filter-evasion
// categories: mutation XSS, SVG animation, srcdoc, URL schemes hidden by entities, tabs, NUL and
// control characters, protocol-relative URLs, CSS injection) goes into one field of one article
// (title, source, date, url, text) or is typed as the claim. The widget must show exactly the
// expected text, make a link only for an http(s) URL, create no element from it, run nothing and
// request nothing. Run twice: under serve.py's strict CSP, and with Trusted Types enforced too.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, check, readResult, setCorpus, cspViolations } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const TABLE = JSON.parse(readFileSync(path.join(FIXTURES, 'hostile-payloads.json'), 'utf8'));
const CORPUS = path.join(FIXTURES, 'hostile-corpus.tmp.json');
const BODY = 'Turkey sent fighters to Azerbaijan, officials said on Monday.';

// One article per case; the title says which case it is unless the title is the payload.
const articles = TABLE.cases
  .filter((c) => c.field !== 'claim')
  .map((c, i) => {
    const a = { id: `case-${i}`, title: `Case ${i}: ${c.category}`, text: BODY };
    if (c.field === 'text') a.text = `${BODY}\n\n${c.payload}`;
    else a[c.field] = c.payload;
    return { a, c, i };
  });

let browser;
before(async () => {
  writeFileSync(CORPUS, JSON.stringify(articles.map((x) => x.a)));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  rmSync(CORPUS, { force: true });
});

/** Everything a reader sees of each article card, keyed by its title text. */
function readCards(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const hidden = (node) => {
      const copy = node.cloneNode(true);
      for (const n of copy.querySelectorAll('.visually-hidden, .inline-badge')) n.remove();
      return copy.textContent;
    };
    return [...root.querySelectorAll('.article-card')].map((card) => ({
      title: hidden(card.querySelector('.article-title')),
      href: card.querySelector('a.article-link')?.getAttribute('href') ?? null,
      meta: card.querySelector('.article-meta')?.textContent ?? null,
      text: card.querySelector('.article-text') ? hidden(card.querySelector('.article-text')) : null,
    }));
  });
}

// Elements the widget never makes itself: any of them in the results came from a payload.
const FOREIGN = 'img, script, svg, math, iframe, object, embed, style, link, form, input, noscript, template, meta, base, listing, table:not(.overview-table), div[style], animate, set';

for (const [mode, args] of [
  ['strict CSP', []],
  ['strict CSP with Trusted Types enforced', ['--trusted-types']],
]) {
  describe(`hostile payloads are shown as text (${mode})`, () => {
    let server;
    let page;
    let context;
    let log;
    before(async () => {
      server = await startServer(args);
      ({ page, context, log } = await openPage(browser, `${server.origin}/tests/fixtures/xss.html`));
      const loaded = await setCorpus(page, 'hostile-corpus.tmp.json');
      assert.equal(loaded.ok, true, loaded.error);
    });
    after(async () => {
      await context?.close();
      await server?.stop();
    });

    test('in article fields: exactly the payload as text; links only for http(s)', async () => {
      const loadRequests = log.requests.length;
      let result = await check(page, TABLE.claim);
      // Cards come 20 at a time: show them all.
      const more = page.locator('corroborate-check .more-articles');
      while (await more.isVisible()) await more.click();
      result = await readResult(page);
      assert.equal(result.articles.length, articles.length, 'not every article matched the claim');
      const toggles = await page.locator('corroborate-check .full-text-toggle').all();
      for (const t of toggles) await t.click();
      // Each full text is rendered after its click's handler runs: wait until all are there.
      await page
        .waitForFunction((n) => {
          const root = document.querySelector('corroborate-check')?.shadowRoot;
          return root && [...root.querySelectorAll('.article-text')].filter((e) => e.textContent.length > 0).length >= n;
        }, toggles.length, { timeout: 10000 })
        .catch(() => {});
      const cards = await readCards(page);
      const failures = [];
      for (const { c, i } of articles) {
        const shown = c.shown ?? c.payload;
        const title = c.field === 'title' ? shown : `Case ${i}: ${c.category}`;
        const card = cards.find((k) => k.title === title);
        if (!card) {
          failures.push(`case ${i} (${c.category}, ${c.field}): no card titled ${JSON.stringify(title)}`);
          continue;
        }
        const want = {
          title,
          href: c.field === 'url' ? c.href : null,
          // Every card names its outlet and date, or says the corpus gives none.
          meta: `${c.field === 'source' ? shown : 'Outlet not given'} · ${c.field === 'date' ? shown : 'date not given'}`,
          text: c.field === 'text' ? `${BODY}\n\n${shown}` : BODY,
        };
        const got = { title: card.title, href: card.href, meta: card.meta, text: card.text };
        try {
          assert.deepEqual(got, want);
        } catch {
          failures.push(`case ${i} (${c.category}, ${c.field} ${JSON.stringify(c.payload)}):\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
        }
      }
      assert.deepEqual(failures, []);
      const dom = await page.evaluate((sel) => {
        const root = document.querySelector('corroborate-check').shadowRoot;
        return { foreign: [...root.querySelectorAll(`.results :is(${sel})`)].map((n) => n.outerHTML.slice(0, 80)), pwned: window.__pwned };
      }, FOREIGN);
      assert.deepEqual(dom.foreign, [], 'markup from the corpus became elements');
      assert.equal(dom.pwned, undefined);
      assert.deepEqual(log.requests.slice(loadRequests), [], 'requests while checking or opening articles');
    });

    for (const c of TABLE.cases.filter((x) => x.field === 'claim')) {
      test(`in the claim: ${c.category}`, async () => {
        const result = await check(page, c.payload);
        assert.equal(result.claim, (c.shown ?? c.payload).trim());
        const dom = await page.evaluate((sel) => {
          const root = document.querySelector('corroborate-check').shadowRoot;
          return { foreign: root.querySelectorAll(`.results :is(${sel})`).length, pwned: window.__pwned };
        }, FOREIGN);
        assert.deepEqual(dom, { foreign: 0, pwned: undefined });
      });
    }

    test('nothing ran, nothing was blocked, nothing left the origin', async () => {
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== server.origin), []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await cspViolations(page, log), []);
    });
  });
}
