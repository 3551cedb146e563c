// The widget's language (issue 11, item 10): its interface strings come from one table per
// language (render.js STRINGS); `lang` on the element, or the page's own language, picks one; a
// language without a table gets English. The engine's own words (the "why" of a sentence) stay
// English and are marked so.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, check, readResult, instrument, waitReady, serverAndBrowser } from './helpers.mjs';

const CONTRA_CLAIM = 'Germany co-chairs the OSCE Minsk Group.';

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/** The widget's fixed texts, as a reader sees them. */
function chrome(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const text = (sel) => root.querySelector(sel)?.textContent.trim() ?? null;
    return {
      lang: root.querySelector('.widget').lang,
      label: text('.claim-input-label'),
      hint: text('.hint'),
      button: text('.check-button'),
      examples: text('.examples-label'),
      info: text('.corpus-info'),
      heading: text('.report-heading'),
      heads: [...root.querySelectorAll('.overview-table th')].map((th) => th.textContent),
      why: [...root.querySelectorAll('.why-text')].map((w) => w.lang),
      notCovered: text('.not-covered-title'),
    };
  });
}

/** Sets (or, with null, removes) the widget's `lang` attribute. */
async function setLang(page, lang) {
  await page.evaluate((lang) => {
    const w = document.querySelector('corroborate-check');
    if (lang === null) w.removeAttribute('lang');
    else w.setAttribute('lang', lang);
  }, lang);
  // The result shown comes back from the engine's worker in the new language: wait for it.
  await page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.results').getAttribute('aria-busy') !== 'true');
}

describe('the widget speaks the page’s language (item 10)', () => {
  test('lang="fr" puts the interface and the result in French; English comes back; no new event', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await check(page, CONTRA_CLAIM);
      const en = await chrome(page);
      assert.equal(en.button, 'Check');
      assert.equal(en.heading, 'What the articles say');
      await page.evaluate(() => {
        window.__events = 0;
        document.addEventListener('corroborate-result', () => (window.__events += 1));
      });

      await setLang(page, 'fr');
      const fr = await chrome(page);
      assert.equal(fr.lang, 'fr');
      assert.equal(fr.label, 'Affirmation à vérifier (en anglais)');
      assert.equal(fr.button, 'Vérifier');
      assert.equal(fr.examples, 'Essayez un exemple :');
      assert.match(fr.info, /^Vérification avec les 4 articles intégrés, de .+ datés du .+ au .+\. Tout se passe dans votre navigateur\.$/);
      assert.equal(fr.heading, 'Ce que disent les articles');
      assert.deepEqual(fr.heads, ['Article', 'Média', 'Date', 'Verdict']);
      const shown = await readResult(page);
      assert.equal(shown.claim, CONTRA_CLAIM, 'the claim is the reader’s, in whatever language');
      assert.match(shown.summary, /^\d+ articles? (la contredit|la contredisent|la soutien)/);
      assert.ok(shown.articles.some((a) => a.badges.includes('Contredit')), JSON.stringify(shown.articles.map((a) => a.badges)));
      assert.ok(fr.why.length > 0 && fr.why.every((l) => l === 'en'), 'the engine’s reasons are not marked as English');
      assert.equal(await page.evaluate(() => window.__events), 0, 'a language change fired a result event');

      const none = await check(page, 'NASA launched a new Mars rover.');
      assert.equal(none.notCovered?.startsWith('Ces articles n’en disent rien'), true, none.notCovered);
      assert.equal(await page.evaluate(() => window.__events), 1);

      // An unknown language gets English; so does removing the attribute on an English page.
      await setLang(page, 'de');
      assert.equal((await chrome(page)).button, 'Check');
      assert.equal((await readResult(page)).notCovered?.startsWith('Not covered by these articles'), true);
      await setLang(page, 'fr-CA');
      assert.equal((await chrome(page)).button, 'Vérifier');
      await setLang(page, null);
      assert.equal((await chrome(page)).label, 'Claim to check');
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('every table says everything English says, in the same shape', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const gaps = await page.evaluate(async () => {
        const { STRINGS } = await import('/www/corroborate.js');
        const shape = (v) => (typeof v === 'function' ? 'function' : Array.isArray(v) ? `array of ${v.length}` : typeof v);
        const missing = [];
        const walk = (en, other, at) => {
          for (const [k, v] of Object.entries(en)) {
            const path = `${at}.${k}`;
            if (!(k in other)) missing.push(`${path} missing`);
            else if (shape(v) !== shape(other[k])) missing.push(`${path}: ${shape(other[k])}, not ${shape(v)}`);
            else if (shape(v) === 'object') walk(v, other[k], path);
          }
        };
        const langs = Object.keys(STRINGS);
        for (const lang of langs) if (lang !== 'en') walk(STRINGS.en, STRINGS[lang], lang);
        return { langs, missing };
      });
      assert.deepEqual(gaps.langs, ['en', 'fr']);
      assert.deepEqual(gaps.missing, []);
    } finally {
      await context.close();
    }
  });

  test('a French page gets a French widget without any attribute; a failure is said in French', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const log = await instrument(page);
      await page.route('**/index.html', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<html lang="en">', '<html lang="fr-CA">');
        await route.fulfill({ response, body });
      });
      await page.goto(`${server.origin}/index.html`);
      await waitReady(page);
      const fr = await chrome(page);
      assert.equal(fr.lang, 'fr');
      assert.equal(fr.button, 'Vérifier');
      assert.equal(fr.hint, 'Tapez ou collez une phrase en anglais. Elle est vérifiée dès que vous cessez de taper, ou aussitôt avec Entrée ; Échap l’efface.');
      const event = await page.evaluate(() => document.querySelector('corroborate-check').loadCorpus('/tests/fixtures/no-such-corpus.json'));
      assert.equal(event.ok, false);
      const shown = await readResult(page);
      assert.match(shown.corpusError, /^Impossible de charger les articles depuis « \/tests\/fixtures\/no-such-corpus\.json » : le serveur a répondu 404/);
      assert.match(shown.corpusError, /La vérification se fait avec les articles intégrés\.$/);
      assert.equal(event.error, shown.corpusError);
      const empty = await page.evaluate(() => {
        const w = document.querySelector('corroborate-check');
        w.check('   ');
        return w.shadowRoot.querySelector('.results .message').textContent;
      });
      assert.equal(empty, 'L’affirmation est vide : tapez ou collez une phrase à vérifier.');
      assert.deepEqual(log.consoleErrors.filter((e) => !/404/.test(e)), []);
    } finally {
      await context.close();
    }
  });
});
