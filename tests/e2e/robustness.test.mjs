// The widget and the JS API against what breaks things in the field: wrong argument types and
// thousands of failed calls (a trapped instance once broke every widget on the page), a broken
// engine instance, fields of a megabyte without a space, a server that stops answering, a
// redirect to another site, and fifty widgets on one corpus. Each test asserts what a reader or
// an embedder would notice; serve.py's --test-routes play the misbehaving server.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, openPage, check, readResult, setCorpus, waitReady, openFullText, engineScope, serverAndBrowser } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const SUPPORT_CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';
const XSS_CLAIM = 'Turkey sent fighters to Azerbaijan.';
const T = { timeout: 120_000 }; // a widget stuck for ever fails the test instead of hanging the suite

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
}, ['--test-routes']);

const titles = (r) => r.articles.map((a) => a.title);
const badges = (r) => r.articles.map((a) => a.badges.join('+'));

/** Adds a <corroborate-check> with `attrs` to the page and waits until it is ready. */
async function addWidget(page, id, attrs = {}) {
  await page.evaluate(
    ([id, attrs]) => {
      const w = document.createElement('corroborate-check');
      w.id = id;
      for (const [k, v] of Object.entries(attrs)) w.setAttribute(k, v);
      document.querySelector('main').append(w);
    },
    [id, attrs],
  );
  await waitReady(page);
}

/** Sets `corpus` on the widget `sel`; resolves to its next `corroborate-corpus` event detail. */
function setCorpusOn(page, sel, url) {
  return page.evaluate(
    ([sel, u]) =>
      new Promise((resolve) => {
        const w = document.querySelector(sel);
        w.addEventListener('corroborate-corpus', (e) => resolve(e.detail), { once: true });
        w.setAttribute('corpus', u);
      }),
    [sel, url],
  );
}

describe('the engine survives bad calls and traps', () => {
  test('wrong argument types throw TypeErrors, and 10,000 failed calls leave it working', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const out = await page.evaluate(async () => {
        const engine = await import('/pkg/corroborate.js');
        await engine.default();
        const { Checker } = engine;
        const seed = new Uint8Array(await (await fetch('/pkg/seed-corpus.json')).arrayBuffer());
        const c = Checker.fromJson(seed, 'seed');
        const calls = {
          'check(42)': () => c.check(42),
          'check(null)': () => c.check(null),
          'check({})': () => c.check({}),
          'check(Symbol())': () => c.check(Symbol('x')),
          "check(claim, 5)": () => c.check('Turkey sent fighters.', 5),
          'article({})': () => c.article({}),
          'article(7)': () => c.article(7),
          'fromJson(12345)': () => Checker.fromJson(12345),
          "fromJson('[]', {})": () => Checker.fromJson('[]', {}),
          "fromIndex('CRBIDX01')": () => Checker.fromIndex('CRBIDX01'),
          'fromIndex([1, 2])': () => Checker.fromIndex([1, 2]),
          'fromArticles(42)': () => Checker.fromArticles(42),
        };
        const thrown = {};
        for (const [name, call] of Object.entries(calls)) {
          try {
            call();
            thrown[name] = 'returned';
          } catch (e) {
            thrown[name] = `${e.constructor.name}: ${e.message}`;
          }
        }
        // Thousands of failures of every kind: wrong types, refused claims, bad corpora.
        const failing = [
          ...Object.values(calls),
          () => c.check(''),
          () => c.check('x'.repeat(5000)),
          () => c.check('Turkey', 'nonsense'),
          () => Checker.fromJson('[{'),
          () => Checker.fromIndex(new Uint8Array(16)),
        ];
        const kinds = new Set();
        for (let i = 0; i < 10_000; i += 1) {
          try {
            failing[i % failing.length]();
          } catch (e) {
            kinds.add(e.constructor.name);
          }
        }
        return { thrown, kinds: [...kinds].sort(), after: c.check('Turkey sent fighters from Syria to Azerbaijan.').summary };
      });
      assert.deepEqual(out.thrown, {
        'check(42)': 'TypeError: the claim must be a string, not a number',
        'check(null)': 'TypeError: the claim must be a string, not null',
        'check({})': 'TypeError: the claim must be a string, not an object',
        'check(Symbol())': 'TypeError: the claim must be a string, not a symbol',
        'check(claim, 5)': 'TypeError: verdicts must be a string, not a number',
        'article({})': 'TypeError: the article id must be a string, not an object',
        'article(7)': 'TypeError: the article id must be a string, not a number',
        'fromJson(12345)': 'TypeError: the corpus JSON must be a string or its bytes (a Uint8Array), not a number',
        "fromJson('[]', {})": 'TypeError: the corpus name must be a string, not an object',
        "fromIndex('CRBIDX01')": "TypeError: the index must be a Uint8Array (the .idx file's bytes), not a string",
        'fromIndex([1, 2])': "TypeError: the index must be a Uint8Array (the .idx file's bytes), not an array",
        'fromArticles(42)': 'TypeError: articles must be an array of {id, title, text} objects, not a number',
      });
      assert.deepEqual(out.kinds, ['Error', 'TypeError'], 'a failed call trapped instead of throwing');
      assert.match(out.after, /support/);
    } finally {
      await context.close();
    }
  });

  test('after the engine instance breaks, every widget recovers with its own corpus', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/tests/fixtures/xss.html`);
    try {
      await page.evaluate(() => (document.querySelector('corroborate-check').id = 'first'));
      await addWidget(page, 'second'); // the built-in articles
      const first = await check(page, XSS_CLAIM, { widget: '#first' });
      const second = await check(page, SUPPORT_CLAIM, { widget: '#second' });
      assert.equal(first.articles.length, 3);
      assert.ok(second.articles.length > 0);

      // Break the instance as the issue saw it: thousands of traps, each leaking a little of the
      // wasm stack, until every call fails with "memory access out of bounds".
      const broken = await engineScope(page).evaluate(async () => {
        const engine = await import(new URL('/pkg/corroborate.js', location.href).href);
        const raw = await engine.default(); // the instance's own exports
        for (let i = 1; i <= 100_000; i += 1) {
          try {
            raw.checker_check(0xfffffff0, 'x', 0); // a pointer far outside memory: a trap
          } catch {}
          if (i % 500 === 0) {
            try {
              engine.Checker.fromArticles([{ id: 'probe', title: 'Probe', text: 'A sentence to index.' }]);
            } catch (e) {
              return `${e.constructor.name}: ${e.message} (after ${i} traps)`;
            }
          }
        }
        return 'still working';
      });
      assert.match(broken, /^RuntimeError: memory access out of bounds/);

      // The next claim in either widget restarts the engine and answers as before.
      const firstAgain = await check(page, XSS_CLAIM, { widget: '#first' });
      assert.equal(firstAgain.message, null, firstAgain.message);
      assert.deepEqual(titles(firstAgain), titles(first));
      assert.deepEqual(badges(firstAgain), badges(first));
      const secondAgain = await check(page, SUPPORT_CLAIM, { widget: '#second' });
      assert.equal(secondAgain.message, null, secondAgain.message);
      assert.deepEqual(titles(secondAgain), titles(second));
      assert.deepEqual(badges(secondAgain), badges(second));
      // "Read the whole article" goes through the rebuilt checker too.
      await openFullText(page, '#second');
      assert.ok((await page.locator('#second .article-text mark').count()) > 0, 'the full text is not shown');
    } finally {
      await context.close();
    }
  });

  test('a claim in another language is named, not called "not covered"', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const french = await check(page, 'La Turquie a envoyé des mercenaires syriens en Azerbaïdjan.');
      assert.match(french.message ?? '', /looks like French text, not English/);
      assert.equal(french.notCovered, null, 'a French claim was called not covered');
      const russian = await check(page, 'Турция отправила сирийских наемников в Азербайджан.');
      assert.match(russian.message ?? '', /looks like Cyrillic text/);
      const english = await check(page, SUPPORT_CLAIM);
      assert.equal(english.message, null);
      assert.ok(english.articles.length > 0);
    } finally {
      await context.close();
    }
  });

  test('each evidence sentence says why in plain words, and misspellings are read and said', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await waitReady(page); // the language model too: it tells typos from words
      const list = await check(page, 'Germany co-chairs the OSCE Minsk Group.');
      const whys = list.articles.flatMap((a) => a.evidence.map((e) => e.cue ?? ''));
      assert.ok(whys.some((w) => /^Why: It names a different one: “co-chairs/.test(w)), JSON.stringify(whys));
      assert.ok(!whys.some((w) => w.startsWith('Cue:')), 'developer vocabulary shown to the reader');
      // The claim shown is what was checked: the corrected text.
      const box = page.locator('corroborate-check textarea');
      await box.fill('Turky sent fighters from Syria to Azerbiajan.');
      await box.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent === 'Turkey sent fighters from Syria to Azerbaijan.',
      );
      const typo = await readResult(page);
      assert.match(typo.summary ?? '', /^Read “Turky” as “Turkey”, “Azerbiajan” as “Azerbaijan”\. \d+ articles? supports? it/);
      assert.ok(typo.articles.some((a) => a.badges.includes('Supports')));
    } finally {
      await context.close();
    }
  });

  test('a pasted paragraph is checked sentence by sentence, the reader choosing which', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await waitReady(page);
      const first = 'Turkey sent fighters from Syria to Azerbaijan.';
      const second = 'Germany co-chairs the OSCE Minsk Group.';
      const box = page.locator('corroborate-check textarea');
      await box.fill(`${first} ${second}`);
      await box.press('Enter');
      const shown = (want) =>
        page.waitForFunction((w) => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent === w, want);
      await shown(first);
      const parts = page.locator('corroborate-check .claim-parts .claim-part');
      assert.deepEqual(await parts.allTextContents(), [first, second]);
      assert.deepEqual(await parts.evaluateAll((b) => b.map((x) => x.getAttribute('aria-pressed'))), ['true', 'false']);
      assert.ok((await readResult(page)).articles.some((a) => a.badges.includes('Supports')));
      await parts.nth(1).click();
      await shown(second);
      assert.ok((await readResult(page)).articles.some((a) => a.badges.includes('Contradicts')));
      assert.equal(await box.inputValue(), `${first} ${second}`, 'the text in the box was changed');
      assert.deepEqual(await parts.evaluateAll((b) => b.map((x) => x.getAttribute('aria-pressed'))), ['false', 'true']);
      // One sentence: no picker.
      await check(page, first);
      assert.equal(await parts.count(), 0);
    } finally {
      await context.close();
    }
  });

  test('a claim that crashes the engine each time gets a message; the next claim works', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await engineScope(page).evaluate(async () => {
        // Stand-in for a core bug that traps on one claim, every time.
        const { Checker } = await import(new URL('/pkg/corroborate.js', location.href).href);
        const check = Checker.prototype.check;
        Checker.prototype.check = function (claim, ...rest) {
          if (String(claim).includes('CRASH')) throw new WebAssembly.RuntimeError('unreachable');
          return check.call(this, claim, ...rest);
        };
      });
      const crashed = await check(page, 'Turkey CRASH sent fighters.');
      assert.match(crashed.message ?? '', /The checker failed on this claim \(an internal error\)\. It has been restarted/);
      const fine = await check(page, SUPPORT_CLAIM);
      assert.ok(fine.articles.some((a) => a.badges.includes('Supports')), JSON.stringify(fine));
    } finally {
      await context.close();
    }
  });
});

describe('fields of a megabyte', () => {
  const file = path.join(FIXTURES, 'long-fields.tmp.json');
  // One unbroken token of mixed scripts: the slowest text to lay out (1 MB took 57 s).
  const long = Array.from({ length: 1_000_000 }, (_, i) => (i % 7 === 0 ? '\u0627' : 'x')).join('');
  before(() => {
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'long', title: long, source: long, date: long, text: `Turkey sent fighters to Azerbaijan ${long}, officials said.` },
        { id: 'short', title: 'A short title', text: 'Turkey sent fighters to Azerbaijan, officials said on Monday.' },
      ]),
    );
  });
  after(() => rmSync(file, { force: true }));

  test('are shown cut with "Show more", and nothing scrolls sideways at 360 px', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`, { viewport: { width: 360, height: 740 } });
    try {
      const token = 'y'.repeat(400);
      await page.evaluate((t) => document.querySelector('corroborate-check').setAttribute('examples', `${t}|Short example.`), token);
      const loaded = await setCorpus(page, `/tests/fixtures/long-fields.tmp.json?${'q'.repeat(600)}`);
      assert.equal(loaded.ok, true, loaded.error);
      const shown = await check(page, XSS_CLAIM);
      const card = shown.articles.find((a) => a.title.startsWith('\u0627x'));
      assert.ok(card, JSON.stringify(titles(shown).map((t) => t.slice(0, 40))));
      assert.equal(card.title.length, 301, 'the title is not cut to 300 characters and an ellipsis');
      assert.ok(card.title.endsWith('…'));
      const sentence = card.evidence[0].sentence;
      assert.ok(sentence.length <= 1501, `the evidence sentence shows ${sentence.length} characters`);
      const view = await page.evaluate(() => {
        const root = document.querySelector('corroborate-check').shadowRoot;
        const widget = root.querySelector('.widget').getBoundingClientRect();
        const wide = [...root.querySelectorAll('.widget *')].filter((n) => n.getBoundingClientRect().right > widget.right + 1);
        return {
          meta: root.querySelector('.article-meta').textContent.length,
          buttons: [...root.querySelectorAll('.show-more')].map((b) => b.textContent),
          wide: wide.map((n) => `${n.tagName}.${n.className}`),
          pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      assert.ok(view.meta < 400, `source and date show ${view.meta} characters`);
      for (const what of ['title', 'source', 'date', 'sentence']) {
        assert.ok(view.buttons.some((b) => b.startsWith(`Show more of the ${what} (`)), `no "Show more" for the ${what}: ${view.buttons}`);
      }
      assert.deepEqual(view.wide, [], 'elements wider than the widget');
      assert.ok(view.pageOverflow <= 0, `the page scrolls sideways by ${view.pageOverflow}px`);

      // "Show more" shows the next 20,000 characters, and says how many are left.
      await page.locator('corroborate-check .article-card .show-more').first().click();
      const more = await readResult(page);
      const title = more.articles.find((a) => a.title.startsWith('\u0627x')).title;
      assert.equal(title.length, 20_301);
      const left = await page.locator('corroborate-check .article-card .show-more').first().textContent();
      assert.equal(left, 'Show more of the title (979,700 more characters)');

      // The whole article opens cut as well, with its own "Show more".
      const longCard = page.locator('corroborate-check .article-card').filter({ hasText: 'Show more of the title' });
      await longCard.locator('.full-text-toggle').click();
      await longCard.locator('.full-text > .show-more').waitFor(); // filled on open
      const body = (await longCard.locator('.article-text').textContent()).length;
      assert.ok(body > 10_000 && body <= 20_100, `the full text shows ${body} characters`);
      assert.equal(await page.locator('corroborate-check .full-text > .show-more').count(), 1);
    } finally {
      await context.close();
    }
  });
});

describe('a corpus server that stops answering', () => {
  test('times out with a message and keeps the last good corpus', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('corpus-timeout', '1'));
      const good = await setCorpus(page, '/tests/fixtures/xss-corpus.json');
      assert.equal(good.ok, true);
      for (const [phase, why] of [
        ['headers', /the server did not answer within 1 second\. Still checking against the articles loaded before\./],
        ['body', /the download stalled \(nothing arrived for 1 second\)\. Still checking against the articles loaded before\./],
      ]) {
        const event = await setCorpus(page, `/__test/stall?phase=${phase}&seconds=30`);
        assert.equal(event.ok, false, phase);
        const shown = await readResult(page);
        assert.match(shown.corpusError ?? '', why);
        assert.match(shown.corpusInfo, /4 articles from “\/tests\/fixtures\/xss-corpus\.json”/);
        const still = await check(page, XSS_CLAIM);
        assert.equal(still.articles.length, 3, `${phase}: the last good corpus is not used`);
      }
    } finally {
      await context.close();
    }
  });

  test('a claim typed while the first corpus loads is answered once it times out', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.evaluate(() => {
        const w = document.createElement('corroborate-check');
        w.id = 'stuck';
        w.setAttribute('corpus-timeout', '2');
        w.setAttribute('corpus', '/__test/stall?seconds=30');
        document.querySelector('main').append(w);
      });
      await page.waitForFunction(() => /Loading the articles/.test(document.querySelector('#stuck').shadowRoot.querySelector('.corpus-info').textContent));
      const box = page.locator('#stuck textarea');
      await box.fill(SUPPORT_CLAIM);
      await box.press('Enter');
      const waiting = await readResult(page, '#stuck');
      assert.match(waiting.message ?? '', /still loading; your claim will be checked as soon as they are ready/);
      await page.waitForFunction(() => document.querySelector('#stuck').shadowRoot.querySelector('.claim-text'));
      const answered = await readResult(page, '#stuck');
      assert.match(answered.corpusError ?? '', /did not answer within 2 seconds\. Checking against the built-in articles instead/);
      assert.ok(answered.articles.some((a) => a.badges.includes('Supports')));
    } finally {
      await context.close();
    }
  });
});

describe('a corpus URL that redirects', () => {
  // A page without a CSP, as many embedders have: only the widget stands between a redirect
  // and another site's articles shown under the page's corpus URL.
  const other = () => server.origin.replace('127.0.0.1', 'localhost');
  const elsewhere = () => `${other()}/__test/cors/tests/fixtures/xss-corpus.json`;
  const redirect = (to) => `/__test/redirect?to=${encodeURIComponent(to)}`;

  test('to another origin is refused, before any request reaches it', T, async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/__test/no-csp/index.html`);
    try {
      const event = await setCorpus(page, redirect(elsewhere()));
      assert.equal(event.ok, false);
      assert.match(event.error, /redirected the request to another site, which the widget does not follow\. Checking against the built-in articles instead|Still checking/);
      // (Chromium reports the redirect's target as a request it then refused; none was answered.)
      assert.deepEqual(log.responses.filter((u) => u.startsWith(other())), [], 'a request reached the other origin');
      const shown = await check(page, SUPPORT_CLAIM);
      assert.ok(shown.articles.some((a) => a.badges.includes('Supports')), 'the built-in articles are not in use');

      // A cross-origin corpus URL whose server redirects to yet another origin: refused too.
      const bounced = await setCorpus(page, `${other()}${redirect(`${server.origin}/__test/cors/tests/fixtures/xss-corpus.json`)}`);
      assert.equal(bounced.ok, false);
      assert.match(bounced.error, new RegExp(`redirected the request to another site \\(${server.origin.replace(/[.:/]/g, '\\$&')}\\)`));
    } finally {
      await context.close();
    }
  });

  test('within the origin is followed, and to another origin when the page allows it', T, async () => {
    const { page, context } = await openPage(browser, `${server.origin}/__test/no-csp/index.html`);
    try {
      const same = await setCorpus(page, redirect('/tests/fixtures/xss-corpus.json'));
      assert.equal(same.ok, true, same.error);
      assert.equal(same.articleCount, 4);

      await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('allow-cross-origin-redirects', ''));
      await setCorpus(page, ''); // back to the built-in articles first
      const allowed = await setCorpus(page, redirect(elsewhere()));
      assert.equal(allowed.ok, true, allowed.error);
      assert.equal(allowed.articleCount, 4);
      const shown = await readResult(page);
      assert.match(shown.corpusInfo, new RegExp(`4 articles from “.*” \\(served by ${other().replace(/[.:/]/g, '\\$&')}\\)`));
    } finally {
      await context.close();
    }
  });
});

describe('many widgets on one corpus', () => {
  test('fifty widgets share one download and one checker', T, async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/tests/fixtures/xss.html`);
    try {
      await page.evaluate(() => {
        for (let i = 1; i < 50; i += 1) {
          const w = document.createElement('corroborate-check');
          w.id = `w${i}`;
          // Relative and absolute spellings of the same URL.
          w.setAttribute('corpus', i % 2 ? 'xss-corpus.json' : '/tests/fixtures/xss-corpus.json');
          document.querySelector('main').append(w);
        }
      });
      await waitReady(page);
      const downloads = () => log.requests.filter((u) => u.endsWith('/tests/fixtures/xss-corpus.json')).length;
      assert.equal(downloads(), 1, 'the corpus was downloaded more than once');
      const infos = await page.evaluate(() => [...document.querySelectorAll('corroborate-check')].map((w) => w.shadowRoot.querySelector('.corpus-info').textContent));
      assert.equal(infos.length, 50);
      for (const info of infos) assert.match(info, /^Checking against 4 articles from/);
      const last = await check(page, XSS_CLAIM, { widget: '#w49' });
      assert.equal(last.articles.length, 3);

      // One widget moving to another corpus and back leaves the others working.
      assert.equal((await setCorpusOn(page, '#w1', '/tests/fixtures/own_corpus.json')).ok, true);
      assert.equal((await check(page, XSS_CLAIM, { widget: '#w2' })).articles.length, 3);
      assert.equal((await setCorpusOn(page, '#w1', 'xss-corpus.json')).articleCount, 4);
      assert.equal(downloads(), 1, 'a corpus still in use was downloaded again');

      // Once no widget uses it, it is let go: asking again downloads it again.
      const own = '/tests/fixtures/own_corpus.json';
      await page.evaluate((u) => Promise.all([...document.querySelectorAll('corroborate-check')].map((w) => new Promise((resolve) => {
        w.addEventListener('corroborate-corpus', resolve, { once: true });
        w.setAttribute('corpus', u);
      }))), own);
      assert.equal((await setCorpusOn(page, '#w3', 'xss-corpus.json')).articleCount, 4);
      assert.equal(downloads(), 2);
      // own_corpus.json: once for #w1, once more for all fifty (it was let go in between).
      assert.equal(log.requests.filter((u) => u.endsWith(own)).length, 2, 'the other corpus was not shared');

      // Widgets moved within the page keep their corpus; removed ones let it go.
      await page.evaluate(() => document.querySelector('main').append(document.querySelector('#w3')));
      assert.equal((await check(page, XSS_CLAIM, { widget: '#w3' })).articles.length, 3);
      await page.evaluate(() => document.querySelectorAll('corroborate-check').forEach((w) => w.remove()));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      await addWidget(page, 'back', { corpus: 'xss-corpus.json' });
      assert.equal(downloads(), 3, 'a corpus no widget holds was kept');
      assert.equal((await check(page, XSS_CLAIM, { widget: '#back' })).articles.length, 3);
    } finally {
      await context.close();
    }
  });
});
