// The reader's and the embedder's experience (issue 11), as a reader meets it on the real pages
// under the strict CSP: settled results only (no announcement or event per keystroke), a share
// link in the page URL, citations and downloads, a print style, the corpus's outlets and dates,
// badges backed by the evidence shown and a summary that adds up, themes and custom properties,
// target sizes and border contrast, Escape, <noscript>, and a browser without WebAssembly.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, openPage, check, readResult, cspViolations, setCorpus, instrument, waitReady, holdBack, serverAndBrowser, contrast } from './helpers.mjs';

const SUPPORT_CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';
const CONTRA_CLAIM = 'Germany co-chairs the OSCE Minsk Group.';
const MIXED_CLAIM = 'Turkey sent mercenaries to Azerbaijan';

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/** Records every `corroborate-result` event and every text the live region takes. */
async function recordAnnouncements(page, widget = 'corroborate-check') {
  await page.evaluate((sel) => {
    window.__events = [];
    window.__said = [];
    document.addEventListener('corroborate-result', (e) => window.__events.push({ claim: e.detail.claim, trigger: e.detail.trigger }));
    const status = document.querySelector(sel).shadowRoot.querySelector('[role=status]');
    new MutationObserver(() => window.__said.push(status.textContent.trim())).observe(status, { childList: true, characterData: true, subtree: true });
  }, widget);
}

/**
 * Fakes the page's timers and stops its clock, so that only `runFor` moves time. (Installed
 * alone, the fake clock still flows with real time: on a loaded machine the model's arrival
 * took longer than the idle pause, and the half-typed claim was checked for real.)
 */
async function stopClock(page) {
  await page.clock.install();
  // (A second ahead: the clock may move while the time is read, and pausing in the past
  // throws. No fake timer is pending yet, so the jump fires nothing.)
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

/** The shown result's state: claim, busy, dimmed. */
function resultState(page, widget = 'corroborate-check') {
  return page.evaluate((sel) => {
    const results = document.querySelector(sel).shadowRoot.querySelector('.results');
    return {
      claim: results.querySelector('.claim-text')?.textContent ?? null,
      busy: results.getAttribute('aria-busy'),
      dimmed: Number(getComputedStyle(results).opacity) < 1,
    };
  }, widget);
}

describe('settled results only (item 3)', () => {
  test('typing keeps the last result, dimmed and busy, and announces and fires only the settled claim', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await check(page, CONTRA_CLAIM);
      await recordAnnouncements(page);
      // Fake timers from here on: each keystroke comes 300 ms after the last (longer than the
      // old 250 ms debounce, which fired at every one), the pause after the last is 2 s.
      await stopClock(page);
      const box = page.locator('corroborate-check textarea');
      await box.fill('');
      await page.clock.runFor(300);
      const word = 'Turkey sent fighters';
      for (const [i, ch] of [...word].entries()) {
        await box.press(ch === ' ' ? 'Space' : ch);
        await page.clock.runFor(300);
        if (i === 4) {
          const mid = await resultState(page);
          assert.equal(mid.claim, CONTRA_CLAIM, 'the last result is not kept while typing');
          assert.equal(mid.busy, 'true');
          assert.ok(mid.dimmed, 'the kept result is not dimmed');
        }
      }
      await page.clock.runFor(2000);
      await page.waitForFunction((c) => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent === c, word);
      const done = await resultState(page);
      assert.equal(done.busy, 'false');
      assert.equal(done.dimmed, false);
      const shown = await readResult(page);
      assert.deepEqual(await page.evaluate(() => window.__events), [{ claim: word, trigger: 'idle' }]);
      assert.deepEqual(await page.evaluate(() => window.__said.filter(Boolean)), [shown.summary], 'a partial claim was announced');

      // Enter and an example say so in the event.
      await box.fill(SUPPORT_CLAIM);
      await box.press('Enter');
      // (The engine answers from its worker; a check asked before the last one answered
      // supersedes it, so wait for each, as a reader would.)
      await page.waitForFunction(() => window.__events.length === 2);
      await page.locator('corroborate-check .example').first().click();
      await page.waitForFunction(() => window.__events.length === 3);
      const events = await page.evaluate(() => window.__events.slice(1));
      const example = await page.locator('corroborate-check .example').first().textContent();
      assert.deepEqual(events, [
        { claim: SUPPORT_CLAIM, trigger: 'enter' },
        { claim: example, trigger: 'example' },
      ]);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('settled results only, while the model arrives (item 3)', () => {
  test('the language model arriving mid-typing does not check the half-typed claim', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = await instrument(page);
      const release = await holdBack(page, '**/pkg/nli-model.bin');
      await page.goto(`${server.origin}/index.html`);
      await waitReady(page, { model: false });
      await check(page, CONTRA_CLAIM); // a preliminary result to keep
      await recordAnnouncements(page);
      await stopClock(page);
      const box = page.locator('corroborate-check textarea');
      await box.fill('Turkey sen');
      await page.clock.runFor(100);
      release();
      assert.equal(await page.evaluate(() => document.querySelector('corroborate-check').modelReady), true);
      const mid = await resultState(page);
      assert.equal(mid.claim, CONTRA_CLAIM, 'the half-typed claim was checked when the model arrived');
      assert.equal(mid.busy, 'true');
      assert.deepEqual(await page.evaluate(() => window.__events), []);
      await box.press('t');
      await page.clock.runFor(2000);
      await page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text')?.textContent === 'Turkey sent');
      assert.deepEqual(await page.evaluate(() => window.__events), [{ claim: 'Turkey sent', trigger: 'idle' }]);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('share, cite, export, print (item 7)', () => {
  test('?claim= and #claim= prefill and check; the address follows the settled claim', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const log = await instrument(page);
    try {
      await page.addInitScript(() => {
        window.__events = [];
        document.addEventListener('corroborate-result', (e) => window.__events.push({ claim: e.detail.claim, trigger: e.detail.trigger }));
      });
      await page.goto(`${server.origin}/index.html?claim=${encodeURIComponent(CONTRA_CLAIM)}`);
      await waitReady(page);
      await page.waitForFunction(() => window.__events.length > 0);
      const fromQuery = await readResult(page);
      assert.equal(fromQuery.claim, CONTRA_CLAIM);
      assert.ok(fromQuery.articles.some((a) => a.badges.includes('Contradicts')));
      assert.deepEqual(await page.evaluate(() => window.__events), [{ claim: CONTRA_CLAIM, trigger: 'url' }]);
      assert.equal(await page.locator('corroborate-check textarea').inputValue(), CONTRA_CLAIM);

      // A #claim= link followed on the page (a fragment change, no reload) checks that claim.
      await page.goto(`${server.origin}/index.html#claim=${encodeURIComponent(SUPPORT_CLAIM)}`);
      await page.waitForFunction((c) => window.__events.at(-1)?.claim === c, SUPPORT_CLAIM);
      assert.deepEqual(await page.evaluate(() => window.__events.at(-1)), { claim: SUPPORT_CLAIM, trigger: 'url' });
      // And opened afresh, #claim= prefills as ?claim= does.
      const fresh = await openPage(browser, `${server.origin}/index.html#claim=${encodeURIComponent(SUPPORT_CLAIM)}`);
      await fresh.page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text'));
      assert.equal((await readResult(fresh.page)).claim, SUPPORT_CLAIM);
      await fresh.context.close();

      // A new claim: the address now names it (in the fragment, never sent to a server) ...
      await check(page, CONTRA_CLAIM);
      const url = new URL(page.url());
      assert.equal(new URLSearchParams(url.hash.slice(1)).get('claim'), CONTRA_CLAIM);
      assert.equal(url.searchParams.get('claim'), null);
      // ... and that address, shared, opens on the same check.
      const other = await openPage(browser, url.href);
      await other.page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text'));
      assert.equal((await readResult(other.page)).claim, CONTRA_CLAIM);
      await other.context.close();
      // Escape empties the box, the result and the claim in the address.
      await page.locator('corroborate-check textarea').press('Escape');
      assert.equal(await page.locator('corroborate-check textarea').inputValue(), '');
      assert.equal((await readResult(page)).claim, null);
      assert.equal(new URL(page.url()).hash, '');
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await cspViolations(page, log), []);
    } finally {
      await context.close();
    }
  });

  test('"Copy citation" copies outlet, date, title and quote', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const shown = await check(page, SUPPORT_CLAIM);
      const i = shown.articles.findIndex((a) => a.source === 'TASS');
      assert.ok(i >= 0, JSON.stringify(shown.articles.map((a) => a.meta)));
      const card = page.locator('corroborate-check .article-card').nth(i);
      const button = card.locator('.cite-button').first();
      await button.click();
      // The label changes once the clipboard has the text (an await after the click): wait for
      // that, not for any label.
      await card.locator('.cite-button', { hasText: 'Citation copied' }).first().waitFor({ timeout: 10000 }).catch(() => {});
      assert.equal(await button.textContent(), 'Citation copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const a = shown.articles[i];
      assert.ok(copied.startsWith(`“${a.evidence[0].sentence}”`), copied);
      for (const part of ['TASS', '2020-10-02', a.title]) assert.ok(copied.includes(part), `${part} not in ${copied}`);
      // Every evidence sentence has its own button.
      assert.equal(await page.locator('corroborate-check .cite-button').count(), shown.articles.reduce((n, x) => n + x.evidence.length, 0));
    } finally {
      await context.close();
    }
  });

  test('"Download JSON" and "Download ClaimReview" save the result under the strict CSP', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const shown = await check(page, SUPPORT_CLAIM);
      const save = async (label) => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('corroborate-check .export-row button', { hasText: label }).click()]);
        return { name: download.suggestedFilename(), data: JSON.parse(readFileSync(await download.path(), 'utf8')) };
      };
      const json = await save('Download JSON');
      assert.match(json.name, /^corroborate-turkey-sent-fighters.*\.json$/);
      assert.equal(json.data.claim, SUPPORT_CLAIM);
      assert.deepEqual(json.data.articles.map((a) => a.title), shown.articles.map((a) => a.title));

      const reviews = await save('Download ClaimReview');
      assert.match(reviews.name, /\.claimreview\.jsonld$/);
      // One per article that takes a position; its rating is the card's verdict (first badge).
      const deciding = shown.articles.filter((a) => a.badges[0] !== 'Mentions');
      assert.equal(reviews.data.length, deciding.length);
      reviews.data.forEach((r, k) => {
        assert.equal(r['@context'], 'https://schema.org');
        assert.equal(r['@type'], 'ClaimReview');
        assert.equal(r.claimReviewed, SUPPORT_CLAIM);
        assert.equal(r.itemReviewed['@type'], 'Claim');
        assert.equal(r.itemReviewed.appearance.headline, deciding[k].title);
        assert.equal(r.reviewRating.alternateName, deciding[k].badges[0]);
        if (deciding[k].source !== 'Outlet not given') assert.equal(r.itemReviewed.appearance.publisher.name, deciding[k].source);
        assert.match(r.datePublished, /^\d{4}-\d\d-\d\d$/);
      });
      assert.deepEqual([...new Set(reviews.data.map((r) => r.reviewRating.alternateName))].sort(), ['Reports a denial', 'Supports']);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await cspViolations(page, log), []);
    } finally {
      await context.close();
    }
  });

  test('printed, the page shows the result without the input chrome', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const shown = await check(page, SUPPORT_CLAIM);
      await page.emulateMedia({ media: 'print' });
      const w = page.locator('corroborate-check');
      for (const sel of ['textarea', '.check-button', '.example', '.export-row', '.cite-button']) {
        assert.equal(await w.locator(sel).first().isVisible(), false, `${sel} is printed`);
      }
      assert.equal(await page.locator('.intro').isVisible(), false, 'the introduction is printed');
      assert.ok(await w.locator('.summary').isVisible());
      assert.equal(await w.locator('.article-card').count(), shown.articles.length);
      for (const card of await w.locator('.article-card').all()) assert.ok(await card.isVisible());
      await page.emulateMedia({ media: 'screen' });
      assert.ok(await w.locator('textarea').isVisible());
    } finally {
      await context.close();
    }
  });
});

describe('sources, dates and scope (item 6)', () => {
  test('every card shows outlet and date; the line by the box says what the corpus covers', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const shown = await check(page, SUPPORT_CLAIM);
      assert.equal(shown.articles.length, 4);
      const meta = Object.fromEntries(shown.articles.map((a) => [a.title.slice(0, 20), a.meta]));
      assert.deepEqual(meta, {
        'France, Russia conce': 'Outlet not given · 2020-10-01',
        'France, Turkey at od': 'Reuters · 2020-09-30',
        'Over 300 Syrian Isla': 'TASS · 2020-10-02',
        'France Confirms Turk': 'ZeroHedge (byline Tyler Durden) · 2020-10-07',
      });
      assert.match(shown.corpusInfo, /^Checking against the 4 built-in articles, from Reuters, TASS and ZeroHedge \(byline Tyler Durden\); 1 article names no outlet; dated 30 Sep 2020 to 7 Oct 2020\./);

      // Any corpus: a JSON one with its own outlets and dates, some missing.
      const loaded = await setCorpus(page, '/tests/fixtures/own_corpus.json');
      assert.equal(loaded.ok, true, loaded.error);
      const info = await readResult(page);
      assert.match(info.corpusInfo, /3 articles from “\/tests\/fixtures\/own_corpus\.json”, from Test Wire; 1 article names no outlet; dated 14 Mar 2025 \(2 undated\)\./);
      // The built-in examples are about the built-in articles: not offered for this corpus ...
      const examplesShown = () => page.evaluate(() => !document.querySelector('corroborate-check').shadowRoot.querySelector('.examples').hidden);
      assert.equal(await examplesShown(), false, 'the built-in examples are offered for another corpus');
      const own = await check(page, 'Fewer than 1,000 passengers were stranded.');
      assert.ok(own.articles.length > 0);
      for (const a of own.articles) assert.match(a.meta, /^(Test Wire|Outlet not given) · (2025-03-14|date not given)$/);
      // ... but the embedder's own are, and the built-in ones come back with the built-in corpus.
      await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('examples', 'Ferries stopped.|Passengers were stranded.'));
      assert.deepEqual(await page.locator('corroborate-check .example').allTextContents(), ['Ferries stopped.', 'Passengers were stranded.']);
      await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('examples', ''));
      assert.equal(await examplesShown(), false);
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const w = document.querySelector('corroborate-check');
            w.addEventListener('corroborate-corpus', resolve, { once: true });
            w.removeAttribute('corpus');
          }),
      );
      assert.equal(await examplesShown(), true);
      assert.equal(await page.locator('corroborate-check .example').count(), 4);
    } finally {
      await context.close();
    }
  });
});

describe('the box on the first screen (item 6)', () => {
  test('on a 360 × 740 phone the text box is on the first screen', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`, { viewport: { width: 360, height: 740 } });
    try {
      const box = await page.locator('corroborate-check textarea').boundingBox();
      assert.ok(box && box.y + box.height <= 740, `the text box ends at ${box && box.y + box.height} px`);
    } finally {
      await context.close();
    }
  });
});

describe('badges backed by evidence, a summary that adds up (item 4)', () => {
  test('each badge has a shown sentence, each article counts once, no sentence twice', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.evaluate(() => {
        window.__reports = [];
        document.addEventListener('corroborate-result', (e) => window.__reports.push(e.detail));
      });
      for (const claim of [SUPPORT_CLAIM, MIXED_CLAIM, CONTRA_CLAIM]) {
        const shown = await check(page, claim);
        const report = await page.evaluate(() => window.__reports.at(-1));
        assert.equal(report.claim, claim);
        // Counted once per article: "3 articles support it, 1 reports a denial."
        const first = shown.summary.split('.')[0];
        const counts = [...first.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
        assert.equal(counts.reduce((x, y) => x + y, 0), shown.articles.length, `${claim}: ${shown.summary}`);
        assert.equal(shown.status, shown.summary);
        shown.articles.forEach((a, i) => {
          const backed = new Set(a.evidence.flatMap((e) => e.badges));
          for (const b of a.badges) assert.ok(backed.has(b), `${claim}: "${a.title}" shows ${b} without a sentence that does`);
          const sentences = a.evidence.map((e) => e.sentence);
          assert.equal(new Set(sentences).size, sentences.length, `${claim}: "${a.title}" shows a sentence twice`);
          // A stance the engine found but no shown sentence has is said in words.
          const words = { Contradicts: 'contradicts it', Supports: 'supports it', 'Reports a denial': 'reports a denial' };
          const label = { contradicts: 'Contradicts', supports: 'Supports', denial: 'Reports a denial' };
          for (const st of report.articles[i].stances.filter((x) => x !== 'mentions' && !a.badges.includes(label[x]))) {
            assert.ok((a.unshown ?? '').includes(words[label[st]]), `${claim}: "${a.title}" hides ${st}: ${a.unshown}`);
          }
        });
      }
      // A second position is said apart from the count.
      const mixed = await check(page, SUPPORT_CLAIM);
      assert.match(mixed.summary, /^\d+ articles? supports? it(, \d+ .*)?\.( Of these, .*also.*\.)?$/);

      // The rules on a result of known shape, through the page's own renderer: an article whose
      // contradiction is in no returned sentence, and a sentence listed twice with two stances.
      const synthetic = await page.evaluate(async () => {
        const { renderReport } = await import('/www/render.js');
        const ev = (start, stances, sentence = `Sentence ${start}.`) => ({ sentence, start, end: start + sentence.length, stance: stances[0], stances, marks: [] });
        const report = {
          claim: 'X did Y.', covered: true, statement: true, summary: '2 articles support it, 1 article contradicts it, 1 article reports a denial.',
          articles: [
            { id: 'a', title: 'A', verdict: 'supports', stances: ['supports', 'contradicts'], evidence: [0, 20, 40, 60, 80].map((n) => ev(n, ['supports'])) },
            { id: 'b', title: 'B', verdict: 'denial', stances: ['denial', 'supports'], evidence: [ev(5, ['denial'], 'They denied it.'), ev(5, ['supports'], 'They denied it.'), ev(30, ['mentions'])] },
          ],
        };
        const box = document.createElement('div');
        document.body.append(box);
        renderReport(report, box);
        const text = (n) => n?.textContent.trim() ?? null;
        const out = {
          summary: text(box.querySelector('.summary')),
          cards: [...box.querySelectorAll('.article-card')].map((c) => ({
            badges: [...c.querySelectorAll('.article-stances .badge-label')].map(text),
            unshown: text(c.querySelector('.unshown-note')),
            evidence: [...c.querySelectorAll('.evidence-item')].map((e) => [...e.querySelectorAll('.badge-label')].map(text)),
          })),
        };
        box.remove();
        return out;
      });
      assert.equal(synthetic.summary, '1 article supports it, 1 reports a denial. Of these, 1 also supports it.');
      assert.deepEqual(synthetic.cards[0].badges, ['Supports']);
      assert.match(synthetic.cards[0].unshown, /^A sentence not shown here also contradicts it/);
      assert.deepEqual(synthetic.cards[1].badges, ['Reports a denial', 'Supports']);
      assert.deepEqual(synthetic.cards[1].evidence, [['Reports a denial', 'Supports'], ['Mentions']]);
      assert.equal(synthetic.cards[1].unshown, null);
    } finally {
      await context.close();
    }
  });
});

/** Computed colours of the widget: background, text, and the borders of its components. */
function colours(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const cs = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      bg: cs('.widget').backgroundColor,
      fg: cs('.widget').color,
      widgetBorder: cs('.widget').borderTopColor,
      boxBorder: cs('textarea').borderTopColor,
      exampleBorder: cs('.example').borderTopColor,
      cardBorder: cs('.article-card').borderTopColor,
      muted: cs('.corpus-info').color,
    };
  });
}

describe('themes, targets and the small things (item 10)', () => {
  test('borders ≥ 3:1 and text ≥ 4.5:1 in light, dark, theme="dark"/"light" and with custom properties', async () => {
    for (const [scheme, theme, props] of [
      ['light', null, null],
      ['dark', null, null],
      ['light', 'dark', null],
      ['dark', 'light', null],
      // An embedder's own colours: background and text together, with the dark theme's accents.
      ['light', 'dark', { '--corroborate-bg': '#102030', '--corroborate-fg': '#f4f1e8' }],
      ['dark', 'light', { '--corroborate-bg': '#fbf7ee', '--corroborate-fg': '#2a2118' }],
    ]) {
      const { page, context } = await openPage(browser, `${server.origin}/index.html`, { colorScheme: scheme });
      try {
        await page.evaluate(
          ([t, p]) => {
            const w = document.querySelector('corroborate-check');
            if (t) w.setAttribute('theme', t);
            for (const [k, v] of Object.entries(p ?? {})) w.style.setProperty(k, v);
          },
          [theme, props],
        );
        await check(page, SUPPORT_CLAIM);
        await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.activeElement?.blur());
        const c = await colours(page);
        const what = `${scheme}${theme ? ` theme=${theme}` : ''}${props ? ' custom' : ''}`;
        const dark = (await contrast(page, c.bg, '#000')) < (await contrast(page, c.bg, '#fff'));
        assert.equal(dark, (theme ?? scheme) === 'dark', `${what}: background ${c.bg}`);
        if (props) assert.equal(await contrast(page, c.bg, props['--corroborate-bg']), 1, `${what}: --corroborate-bg not used (${c.bg})`);
        assert.ok((await contrast(page, c.fg, c.bg)) >= 4.5, `${what}: text ${c.fg} on ${c.bg}`);
        assert.ok((await contrast(page, c.muted, c.bg)) >= 4.5, `${what}: muted text ${c.muted} on ${c.bg}`);
        for (const k of ['widgetBorder', 'boxBorder', 'exampleBorder', 'cardBorder']) {
          const ratio = await contrast(page, c[k], c.bg);
          assert.ok(ratio >= 3, `${what}: ${k} ${c[k]} on ${c.bg} is ${ratio.toFixed(2)}:1`);
        }
      } finally {
        await context.close();
      }
    }
  });

  test('compact targets are at least 24 px; enterkeyhint; Escape clears', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/www/embed.html`);
    try {
      await check(page, SUPPORT_CLAIM);
      const sizes = await page.evaluate(() => {
        const root = document.querySelector('corroborate-check[compact]').shadowRoot;
        return ['.full-text-toggle', '.cite-button', '.export-row button', '.example'].map((sel) => {
          const r = root.querySelector(sel).getBoundingClientRect();
          return { sel, w: r.width, h: r.height };
        });
      });
      for (const s of sizes) assert.ok(s.h >= 24 && s.w >= 24, `${s.sel} is ${s.w}×${s.h} px`);
      const box = page.locator('corroborate-check textarea');
      assert.equal(await box.getAttribute('enterkeyhint'), 'search');
      await box.press('Escape');
      assert.equal(await box.inputValue(), '');
      const cleared = await readResult(page);
      assert.equal(cleared.claim, null);
      assert.equal(cleared.articles.length, 0);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the front page says the checker needs it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/index.html`);
      const note = page.locator('.noscript');
      assert.ok(await note.isVisible());
      assert.match(await note.textContent(), /needs JavaScript/);
    } finally {
      await context.close();
    }
  });

  test('without WebAssembly the widget says so plainly', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = await instrument(page);
      await page.addInitScript(() => {
        delete globalThis.WebAssembly;
      });
      await page.goto(`${server.origin}/index.html`);
      await page.waitForFunction(() => document.querySelector('corroborate-check')?.shadowRoot?.querySelector('.corpus-error:not([hidden])'));
      const shown = await readResult(page);
      assert.match(shown.corpusError, /^The checker cannot run here: this browser does not run WebAssembly/);
      assert.doesNotMatch(shown.corpusError, /not defined|Reload/);
      const tried = await check(page, SUPPORT_CLAIM);
      assert.equal(tried.message, shown.corpusError);
      assert.equal(await page.locator('corroborate-check .check-button').getAttribute('aria-disabled'), 'true');
      assert.equal(await page.locator('corroborate-check .model-info').isVisible(), false);
      assert.deepEqual(log.consoleErrors.filter((e) => !/WebAssembly/.test(e)), []);
    } finally {
      await context.close();
    }
  });
});

describe('an overview first (item 8)', () => {
  const file = path.join(ROOT, 'tests', 'fixtures', 'overview.tmp.json');
  // 45 short articles: most say it happened, some that it did not; every one dated, outlets vary.
  const articles = Array.from({ length: 45 }, (_, i) => ({
    id: `n${i}`,
    title: `Report ${i + 1}`,
    source: ['Wire A', 'Wire B', 'Daily C'][i % 3],
    date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    text: i % 3 === 2 ? 'Turkey did not send fighters to Azerbaijan, the ministry said on Monday.' : 'Turkey sent fighters to Azerbaijan, officials said on Monday.',
  }));
  before(() => writeFileSync(file, JSON.stringify(articles)));
  after(() => rmSync(file, { force: true }));

  /** The overview table's rows and the cards, as shown. */
  const readOverview = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('corroborate-check').shadowRoot;
      const text = (n) => n?.textContent.trim() ?? null;
      return {
        rows: [...root.querySelectorAll('.overview-table tbody tr')].map((r) => [...r.cells].map((c) => text(c.querySelector('.badge-label') ?? c))),
        cards: [...root.querySelectorAll('.article-card')].map((c) => ({ title: text(c.querySelector('.article-title')), verdict: text(c.querySelector('.article-stances .badge-label')) })),
        more: root.querySelector('.articles-more')?.hidden ? null : text(root.querySelector('.more-articles')),
        filters: [...root.querySelectorAll('.filter-button')].map((b) => ({ text: text(b), pressed: b.getAttribute('aria-pressed') })),
      };
    });

  test('a table of article, outlet, date and verdict leads; filter, order and pages', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const loaded = await setCorpus(page, '/tests/fixtures/overview.tmp.json');
      assert.equal(loaded.ok, true, loaded.error);
      const shown = await check(page, 'Turkey sent fighters to Azerbaijan.');
      const report = await page.evaluate(() => document.querySelector('corroborate-check').check());
      const n = report.articles.length;
      assert.ok(n > 20, `only ${n} articles matched`);
      let view = await readOverview(page);
      // The first page: 20 rows and their 20 cards, in the same order, and a way to the rest.
      assert.equal(view.rows.length, 20);
      assert.deepEqual(view.cards.map((c) => c.title), view.rows.map((r) => r[0]));
      assert.equal(shown.articles.length, 20);
      assert.equal(view.more, `Show 20 more articles (${n - 20} not shown)`);
      report.articles.slice(0, 20).forEach((a, i) => {
        assert.deepEqual(view.rows[i].slice(0, 3), [a.title, a.source, a.date]);
        assert.equal(view.rows[i][3], view.cards[i].verdict);
      });
      await page.locator('corroborate-check .more-articles').click();
      view = await readOverview(page);
      assert.equal(view.rows.length, Math.min(n, 40));

      // Filter by verdict: only those rows and cards, and the counts on the buttons add up.
      const counts = view.filters.slice(1).map((f) => Number(f.text.match(/\((\d+)\)$/)[1]));
      assert.equal(counts.reduce((x, y) => x + y, 0), n);
      assert.equal(view.filters[0].text, `All (${n})`);
      const contra = view.filters.findIndex((f) => f.text.startsWith('Contradicts'));
      assert.ok(contra > 0, JSON.stringify(view.filters));
      await page.locator('corroborate-check .filter-button').nth(contra).click();
      view = await readOverview(page);
      assert.equal(view.filters[contra].pressed, 'true');
      assert.equal(view.rows.length, Math.min(20, counts[contra - 1]));
      assert.ok(view.rows.every((r) => r[3] === 'Contradicts'), JSON.stringify(view.rows));
      assert.ok(view.cards.every((c) => c.verdict === 'Contradicts'));

      // Newest first: the dates run backwards.
      await page.locator('corroborate-check .filter-button').first().click();
      await page.locator('corroborate-check .sort-select').selectOption('newest');
      view = await readOverview(page);
      const dates = view.rows.map((r) => r[2]);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.deepEqual(view.cards.map((c) => c.title), view.rows.map((r) => r[0]));
      // A title in the table takes the reader to its card.
      await page.locator('corroborate-check .overview-link').nth(3).click();
      const focused = await page.evaluate(() => document.querySelector('corroborate-check').shadowRoot.activeElement?.textContent.trim());
      assert.equal(focused, view.rows[3][0]);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});

describe('loading (issue 11, "also")', () => {
  test('the Check button says the engine is loading; the engine is fetched once, preloaded', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = await instrument(page);
      const release = await holdBack(page, '**/pkg/corroborate_bg.wasm');
      await page.goto(`${server.origin}/index.html`);
      const button = page.locator('corroborate-check .check-button');
      await button.waitFor();
      assert.equal(await button.textContent(), 'Loading…');
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      // Pressed meanwhile: the claim waits for the engine, and is checked when it is ready.
      await page.locator('corroborate-check textarea').fill(CONTRA_CLAIM);
      await button.click({ force: true }); // (aria-disabled: Playwright would wait for it to be enabled)
      assert.match((await readResult(page)).message ?? '', /still loading; your claim will be checked as soon as they are ready/);
      release();
      await waitReady(page);
      assert.equal(await button.textContent(), 'Check');
      assert.equal(await button.getAttribute('aria-disabled'), null);
      await page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.claim-text'));
      assert.equal((await readResult(page)).claim, CONTRA_CLAIM);
      assert.equal(log.requests.filter((u) => u.endsWith('/pkg/corroborate_bg.wasm')).length, 1, 'the engine was fetched twice (the preload was not used)');
      // Preloaded from the page's head, the engine is asked for before the widget's script runs
      // (which asks for the language model at once, and for the engine only once its glue loaded).
      const at = (end) => log.requests.findIndex((u) => u.endsWith(end));
      assert.ok(at('/pkg/corroborate_bg.wasm') < at('/pkg/nli-model.bin'), log.requests.join('\n'));
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(await cspViolations(page, log), []);
    } finally {
      await context.close();
    }
  });
});
