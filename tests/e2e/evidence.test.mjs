// Issue 11, items 2 and 5, as the reader sees them on the front page under the strict CSP: the
// words that decided a sentence's stance highlighted apart from the matched words, how sure the
// engine is in words (and dots, not colour alone), and a bare name or topic answered with the
// engine's guidance, never with a position.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, check, cspViolations, serverAndBrowser, contrast } from './helpers.mjs';

const NUMBER_CLAIM = 'Turkey sent 3,000 fighters from Syria to Azerbaijan.';
const SUPPORT_CLAIM = 'Turkey sent fighters from Syria to Azerbaijan.';
const SURE_WORDS = ['Very sure', 'Fairly sure', 'Not very sure'];
const POSITIONS = ['supports', 'contradicts', 'denial'];

let server;
let browser;

serverAndBrowser((s, b) => {
  server = s;
  browser = b;
});

/** Every `corroborate-result` detail, for comparing what is shown with what the engine said. */
function recordResults(page) {
  return page.evaluate(() => {
    window.__reports = [];
    document.addEventListener('corroborate-result', (e) => window.__reports.push(e.detail));
  });
}

/** Per evidence sentence: badges, deciding and matched marks, confidence as seen and as heard. */
function readEvidence(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const text = (n) => (n ? n.textContent.trim() : null);
    // What a screen reader gets: the text without aria-hidden parts.
    const heard = (n) => {
      if (!n) return null;
      const c = n.cloneNode(true);
      for (const h of c.querySelectorAll('[aria-hidden="true"]')) h.remove();
      return c.textContent.trim();
    };
    return [...root.querySelectorAll('.article-card')].map((a) => ({
      title: text(a.querySelector('.article-title')),
      evidence: [...a.querySelectorAll('.evidence-item')].map((e) => ({
        badges: [...e.querySelectorAll('.badge-label')].map(text),
        sentence: text(e.querySelector('.evidence-sentence')),
        cueMarks: [...e.querySelectorAll('.evidence-sentence mark.cue-mark')].map(text),
        matchMarks: [...e.querySelectorAll('.evidence-sentence mark.match')].map(text),
        confidence: text(e.querySelector('.confidence')),
        confidenceHeard: heard(e.querySelector('.confidence')),
        dots: text(e.querySelector('.confidence-dots')),
        dotsHidden: e.querySelector('.confidence-dots')?.getAttribute('aria-hidden') ?? null,
        why: text(e.querySelector('.why-text')),
      })),
    }));
  });
}

/** The computed look of the first deciding mark and the first matched mark. */
function markLooks(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const look = (sel) => {
      const cs = getComputedStyle(root.querySelector(sel));
      return { bg: cs.backgroundColor, fg: cs.color, line: cs.textDecorationLine, weight: cs.fontWeight };
    };
    return { cue: look('.evidence-sentence mark.cue-mark'), match: look('.evidence-sentence mark.match') };
  });
}

describe('the deciding words and how sure the engine is (item 5)', () => {
  test('a number conflict: the deciding number is highlighted apart from the matched words, with how sure in words', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await recordResults(page);
      await check(page, NUMBER_CLAIM);
      const report = await page.evaluate(() => window.__reports.at(-1));
      assert.equal(report.claim, NUMBER_CLAIM);
      const cards = await readEvidence(page);

      // "Over 300 Syrian Islamists …" contradicts "3,000": its sentences mark "300" as the
      // deciding word, and the claim's words they share as matched words.
      const numbers = cards.flatMap((c) => c.evidence).filter((e) => e.badges.includes('Contradicts') && e.cueMarks.includes('300'));
      assert.ok(numbers.length > 0, `no contradicting sentence marks "300": ${JSON.stringify(cards)}`);
      for (const e of numbers) {
        assert.ok(e.matchMarks.length > 0, `no matched words beside the deciding one: ${e.sentence}`);
        assert.ok(!e.matchMarks.includes('300'), 'the deciding number is also marked as a matched word');
        assert.match(e.why, /300/);
        assert.ok(SURE_WORDS.includes(e.confidence.replace(/^[●○]+/, '')), `confidence "${e.confidence}"`);
      }
      // The words and the dots say what the engine's confidence says; the dots are not read out.
      const byLevel = { high: ['Very sure', '●●●'], medium: ['Fairly sure', '●●○'], low: ['Not very sure', '●○○'] };
      const shownEvidence = cards.flatMap((c) => c.evidence);
      const engineEvidence = report.articles.flatMap((a) => a.evidence);
      for (const e of shownEvidence) {
        const source = engineEvidence.find((x) => x.sentence.trim() === e.sentence && x.stance !== 'mentions');
        if (!e.badges.some((b) => b !== 'Mentions')) {
          assert.equal(e.confidence, null, `a mention shows a confidence: ${e.sentence}`);
          continue;
        }
        assert.ok(source, `no engine evidence for ${e.sentence}`);
        const [words, dots] = byLevel[source.confidence];
        assert.equal(e.confidenceHeard, words);
        assert.equal(e.dots, dots);
        assert.equal(e.dotsHidden, 'true');
      }
      const number = numbers[0];
      assert.equal(number.confidenceHeard, 'Very sure', 'a number conflict is a structured conflict: high');

      // A denial marks its verb.
      const denial = shownEvidence.find((e) => e.badges.includes('Reports a denial'));
      assert.ok(denial?.cueMarks.includes('denied'), `the denial's verb is not marked: ${JSON.stringify(denial)}`);

      // Distinct from the matched words by more than colour: bold and underlined, in light, in
      // dark, in forced colours and in print; text on both highlights ≥ 4.5:1.
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const looks = await markLooks(page);
        assert.notEqual(looks.cue.bg, looks.match.bg, `${scheme}: the deciding words look like the matched words`);
        assert.match(looks.cue.line, /underline/, `${scheme}: the deciding words are not underlined`);
        assert.doesNotMatch(looks.match.line, /underline/, `${scheme}: matched words are underlined too`);
        for (const k of ['cue', 'match']) {
          const ratio = await contrast(page, looks[k].fg, looks[k].bg);
          assert.ok(ratio >= 4.5, `${scheme}: ${k} mark ${looks[k].fg} on ${looks[k].bg} is ${ratio.toFixed(2)}:1`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      assert.match((await markLooks(page)).cue.line, /underline/, 'forced colours: the deciding words are not underlined');
      await page.emulateMedia({ forcedColors: 'none', media: 'print' });
      assert.match((await markLooks(page)).cue.line, /underline/, 'print: the deciding words are not underlined');
      await page.emulateMedia({ media: 'screen' });

      assert.deepEqual(await cspViolations(page, log), []);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('the reader’s own articles: "40" against "400" is marked and said with how sure', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const loaded = await page.evaluate(() => {
        const articles = [
          {
            id: 'harbour', title: 'Storm closes the harbour', source: 'Coast Courier', date: '2024-03-02',
            text: 'Storm closes the harbour\n\nThe storm forced the port authority to close the harbour on Friday. About 40 fishing boats stayed in port, the harbour master said. Ferries will sail again on Sunday.',
          },
          {
            id: 'mill', title: 'Old mill reopens', source: 'Valley News', date: '2024-04-10',
            text: 'Old mill reopens\n\nThe old mill in the valley reopened as a museum on Saturday. The mayor denied that the town paid for the repairs.',
          },
        ];
        return document.querySelector('corroborate-check').loadCorpus([new File([JSON.stringify(articles)], 'local.json')]);
      });
      assert.equal(loaded.ok, true, JSON.stringify(loaded));
      const shown = await check(page, 'About 400 fishing boats stayed in port during the storm.');
      assert.equal(shown.summary, '1 article contradicts it.');
      const [card] = await readEvidence(page);
      const e = card.evidence.find((x) => x.badges.includes('Contradicts'));
      assert.ok(e, JSON.stringify(card));
      assert.deepEqual(e.cueMarks, ['40']);
      assert.ok(e.matchMarks.includes('boats'), JSON.stringify(e.matchMarks));
      assert.equal(e.confidenceHeard, 'Very sure');
      assert.equal(e.why, 'It gives a different number: 40, where the claim says 400.');

      // In French the confidence is French; the engine's reason stays English.
      await page.evaluate(() => document.querySelector('corroborate-check').setAttribute('lang', 'fr'));
      await page.waitForFunction(() => document.querySelector('corroborate-check').shadowRoot.querySelector('.badge-label')?.textContent === 'Contredit');
      const [fr] = await readEvidence(page);
      assert.equal(fr.evidence.find((x) => x.badges.includes('Contredit')).confidenceHeard, 'Très sûr');
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('older engine output without cue_marks or confidence renders as before; bad values do no harm', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const out = await page.evaluate(async () => {
        const { renderReport, STRINGS, stringsFor } = await import('/www/render.js');
        const sentence = 'Officials said 40 boats stayed and denied it.';
        const at = (w) => [new TextEncoder().encode(sentence.slice(0, sentence.indexOf(w))).length, new TextEncoder().encode(sentence.slice(0, sentence.indexOf(w) + w.length)).length];
        const base = { sentence, start: 0, end: sentence.length, stance: 'contradicts', stances: ['contradicts'], marks: [at('boats'), at('40')] };
        const report = (evidence) => ({ claim: 'X', covered: true, statement: true, summary: '', articles: [{ id: 'a', title: 'A', verdict: evidence[0].stance, stances: [evidence[0].stance], evidence }] });
        const render = (r, strings) => {
          const box = document.createElement('div');
          document.body.append(box);
          renderReport(r, box, { strings });
          const e = box.querySelector('.evidence-item');
          const res = {
            text: e.querySelector('.evidence-sentence').textContent,
            marks: [...e.querySelectorAll('mark')].map((m) => [m.className, m.textContent]),
            confidence: e.querySelector('.confidence')?.textContent ?? null,
            items: box.querySelectorAll('.evidence-item').length,
          };
          box.remove();
          return res;
        };
        return {
          old: render(report([base])),
          // "40" is both matched and deciding: it is shown once, as deciding; "denied" touches nothing.
          both: render(report([{ ...base, cue_marks: [at('40'), at('denied')], confidence: 'medium' }])),
          bad: render(report([{ ...base, cue_marks: [null, 'x', [3], ['a', 'b'], [-5, 2e9]], confidence: 'constructor' }])),
          mention: render(report([{ ...base, stance: 'mentions', stances: ['mentions'], cue_marks: [], confidence: 'low' }])),
          // The same sentence listed twice (a mention, then a denial): shown once, the denial's
          // deciding word and confidence kept.
          merged: render(report([{ ...base, stance: 'mentions', stances: ['mentions'], confidence: 'low' }, { ...base, stance: 'denial', stances: ['denial'], cue_marks: [at('denied')], confidence: 'high' }])),
          fr: render(report([{ ...base, cue_marks: [at('40')], confidence: 'low' }]), stringsFor('fr')),
          tables: Object.fromEntries(Object.entries(STRINGS).map(([k, v]) => [k, v.sure])),
        };
      });
      assert.equal(out.old.text, 'Officials said 40 boats stayed and denied it.');
      assert.deepEqual(out.old.marks, [['match', '40'], ['match', 'boats']]);
      assert.equal(out.old.confidence, null);
      assert.deepEqual(out.both.marks, [['cue-mark', '40'], ['match', 'boats'], ['cue-mark', 'denied']]);
      assert.equal(out.both.confidence, '●●○Fairly sure');
      assert.equal(out.bad.text, out.old.text);
      assert.equal(out.bad.confidence, null);
      assert.ok(out.bad.marks.every(([cls]) => cls === 'match' || cls === 'cue-mark'));
      assert.equal(out.mention.confidence, null);
      assert.equal(out.merged.items, 1);
      assert.deepEqual(out.merged.marks, [['match', '40'], ['match', 'boats'], ['cue-mark', 'denied']]);
      assert.equal(out.merged.confidence, '●●●Very sure');
      assert.equal(out.fr.confidence, '●○○Peu sûr');
      assert.deepEqual(out.tables.en, { high: 'Very sure', medium: 'Fairly sure', low: 'Not very sure' });
      assert.deepEqual(Object.keys(out.tables.fr), ['high', 'medium', 'low']);
    } finally {
      await context.close();
    }
  });
});

describe('a bare name or topic is not a statement (item 2)', () => {
  test('"Turkey", "mercenaries", "bananas": guidance and no position anywhere; a statement right after works', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await recordResults(page);
      // Typed and left to settle (no Enter), then with Enter, then a topic no article mentions.
      for (const [word, enter] of [['Turkey', false], ['mercenaries', true], ['bananas', true]]) {
        const shown = await check(page, word, { enter });
        const report = await page.evaluate(() => window.__reports.at(-1));
        assert.equal(report.claim, word);
        assert.equal(report.statement, false);
        assert.match(shown.summary ?? '', /not a statement/, `${word}: ${JSON.stringify(shown)}`);
        assert.match(shown.summary, new RegExp(`“${word} did …”`));
        assert.equal(shown.status, shown.summary, `${word}: the guidance is not what is announced`);
        assert.equal(shown.notCovered, null, `${word}: "not covered" instead of the guidance`);
        const positions = await page.evaluate(
          (kinds) => {
            const root = document.querySelector('corroborate-check').shadowRoot;
            return {
              badges: kinds.flatMap((k) => [...root.querySelectorAll(`.badge-${k}, .inline-badge.badge-${k}`)]).length,
              text: root.querySelector('.results').textContent,
              confidence: root.querySelectorAll('.confidence').length,
            };
          },
          POSITIONS,
        );
        assert.equal(positions.badges, 0, `${word}: a badge takes a position`);
        assert.doesNotMatch(positions.text, /Supports|Contradicts|Reports a denial/, `${word}: a position is named`);
        assert.equal(positions.confidence, 0, `${word}: a confidence is shown for a mention`);
        if (word !== 'bananas') {
          assert.ok(shown.articles.length > 0, `${word}: the articles that mention it are not listed`);
          for (const a of shown.articles) assert.deepEqual(a.badges, ['Mentions']);
        }
      }
      const statement = await check(page, SUPPORT_CLAIM);
      const report = await page.evaluate(() => window.__reports.at(-1));
      assert.equal(report.statement, true);
      assert.match(statement.summary, /^\d+ articles? supports? it/);
      assert.doesNotMatch(statement.summary, /not a statement/);
      assert.ok(statement.articles.some((a) => a.badges.includes('Supports')), JSON.stringify(statement.articles.map((a) => a.badges)));
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
