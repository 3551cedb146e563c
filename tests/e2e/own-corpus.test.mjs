// "Bring your own corpus without code" (issue 11, item 9) on the front page: files chosen or
// dropped are read on the reader's device (no request leaves the page), a corpus URL loads with
// progress, every failure says what is wrong, the built-in articles are one button away, and the
// built-in example claims (about the built-in articles) appear only with them.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, check, readResult, holdBack, runAxe } from './helpers.mjs';

const OWN = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'own_corpus.json'), 'utf8'));
const JSONL = `${OWN.map((a) => JSON.stringify(a)).join('\n')}\n`;
const HARBOUR_CLAIM = 'Fewer than 1,000 passengers were stranded.';
const IDX = path.join(ROOT, 'tests', 'fixtures', 'own-drop.tmp.idx');

let server;
let browser;

before(async () => {
  // A prebuilt index, made with the CLI as a newsroom would (cargo builds it if need be).
  execFileSync('cargo', ['run', '--quiet', '--bin', 'corroborate', '--', 'index', path.join(ROOT, 'tests', 'fixtures', 'own_corpus.json'), '-o', IDX], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(IDX, { force: true });
});

/** What the front page's panel and the widget say about the corpus. */
function corpusState(page) {
  return page.evaluate(() => {
    const root = document.querySelector('corroborate-check').shadowRoot;
    const error = root.querySelector('.corpus-error');
    return {
      status: document.getElementById('corpus-status').textContent.trim(),
      back: !document.getElementById('corpus-builtin').hidden,
      info: root.querySelector('.corpus-info').textContent.trim(),
      error: error.hidden ? null : error.textContent.trim(),
      examples: root.querySelector('.examples').hidden ? [] : [...root.querySelectorAll('.example')].map((b) => b.textContent),
    };
  });
}

/** Waits for the next `corroborate-corpus` event of the widget after `act` runs. */
async function corpusEvent(page, act) {
  await page.evaluate(() => {
    window.__corpus = new Promise((resolve) =>
      document.querySelector('corroborate-check').addEventListener('corroborate-corpus', (e) => resolve(e.detail), { once: true }),
    );
  });
  await act();
  const detail = await page.evaluate(() => window.__corpus);
  // The front page's status line is written after the event: wait for it.
  await page.waitForFunction(() => !/…$/.test(document.getElementById('corpus-status').textContent.trim()));
  return detail;
}

/** Drops files made in the page (`specs`: [{name, text} | {name, bytes}]) on the drop zone. */
function drop(page, specs) {
  return page.evaluate((specs) => {
    const dt = new DataTransfer();
    for (const s of specs) dt.items.add(new File([s.bytes ? new Uint8Array(s.bytes) : s.text], s.name));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, specs);
}

describe('your own articles on the front page (item 9)', () => {
  test('a chosen .jsonl file is read locally and checked; the built-in examples go and come back', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      let before = await corpusState(page);
      assert.equal(before.examples.length, 4, 'the built-in examples are shown for the built-in articles');
      assert.equal(before.back, false);
      const requests = log.requests.length;
      await page.locator('#own-corpus summary').click();
      const detail = await corpusEvent(page, () =>
        page.locator('#corpus-files').setInputFiles({ name: 'own.jsonl', mimeType: 'application/octet-stream', buffer: Buffer.from(JSONL) }),
      );
      assert.equal(detail.ok, true, detail.error);
      assert.deepEqual(detail.files, ['own.jsonl']);
      const now = await corpusState(page);
      assert.equal(now.status, 'Checking against your 3 articles.');
      assert.match(now.info, /^Checking against 3 articles from “own\.jsonl” \(read on this device\), from Test Wire/);
      assert.deepEqual(now.examples, [], 'the built-in Karabakh examples are shown under another corpus');
      assert.equal(now.back, true);
      const shown = await check(page, HARBOUR_CLAIM);
      const harbour = shown.articles.find((a) => /harbour/i.test(a.title));
      assert.ok(harbour, JSON.stringify(shown.articles.map((a) => a.title)));
      assert.ok(harbour.badges.includes('Contradicts'), JSON.stringify(harbour.badges));
      assert.deepEqual(log.requests.slice(requests), [], 'reading and checking the file made a request');

      await corpusEvent(page, () => page.locator('#corpus-builtin').click());
      before = await corpusState(page);
      assert.equal(before.status, 'Checking against the built-in articles again.');
      assert.match(before.info, /^Checking against the 4 built-in articles/);
      assert.equal(before.examples.length, 4);
      assert.equal(before.back, false);
      const builtIn = await check(page, 'Germany co-chairs the OSCE Minsk Group.');
      assert.ok(builtIn.articles.some((a) => a.badges.includes('Contradicts')));
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  test('.txt files dropped on the page become one article each, titled by their first line', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const requests = log.requests.length;
      // The last one UTF-16 with a byte-order mark, as some editors save text.
      const utf16 = [0xff, 0xfe, ...new Uint8Array(Uint16Array.from({ length: OWN[2].text.length }, (_, i) => OWN[2].text.charCodeAt(i)).buffer)];
      const files = [...OWN.slice(0, 2).map((a) => ({ name: `${a.id}.txt`, text: a.text })), { name: `${OWN[2].id}.txt`, bytes: utf16 }];
      const detail = await corpusEvent(page, () => drop(page, files));
      assert.equal(detail.ok, true, detail.error);
      assert.equal(detail.articleCount, 3);
      const state = await corpusState(page);
      assert.match(state.info, /^Checking against 3 articles from “harbour\.txt” and 2 more files \(read on this device\)/);
      assert.equal(await page.locator('#own-corpus').getAttribute('open'), '', 'the panel opens to show what happened');
      const shown = await check(page, HARBOUR_CLAIM);
      assert.ok(shown.articles.some((a) => a.title === OWN[0].title), JSON.stringify(shown.articles.map((a) => a.title)));
      const vaccine = await check(page, 'The regulator approved a malaria vaccine.');
      assert.ok(vaccine.articles.some((a) => a.title === OWN[2].title), JSON.stringify(vaccine.articles.map((a) => a.title)));
      assert.deepEqual(log.requests.slice(requests), []);
    } finally {
      await context.close();
    }
  });

  test('a prebuilt .idx file answers like the corpus it was built from', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const requests = log.requests.length;
      await page.locator('#own-corpus summary').click();
      const detail = await corpusEvent(page, () =>
        page.locator('#corpus-files').setInputFiles({ name: 'archive.idx', mimeType: 'application/octet-stream', buffer: readFileSync(IDX) }),
      );
      assert.equal(detail.ok, true, detail.error);
      assert.equal(detail.articleCount, 3);
      const shown = await check(page, HARBOUR_CLAIM);
      const harbour = shown.articles.find((a) => /harbour/i.test(a.title));
      assert.ok(harbour?.badges.includes('Contradicts'), JSON.stringify(shown.articles));
      assert.deepEqual(log.requests.slice(requests), []);
    } finally {
      await context.close();
    }
  });

  test('reading shows progress, then indexing', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.evaluate(() => {
        window.__info = [];
        const info = document.querySelector('corroborate-check').shadowRoot.querySelector('.corpus-info');
        new MutationObserver(() => window.__info.push(info.textContent)).observe(info, { childList: true, characterData: true, subtree: true });
      });
      // About 6 MB: read in many chunks.
      const body = 'Ferries stayed in port while the storm passed over the coast. '.repeat(800);
      const many = Array.from({ length: 120 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, text: body }));
      const detail = await corpusEvent(page, () => drop(page, [{ name: 'big.json', text: JSON.stringify(many) }]));
      assert.equal(detail.ok, true, detail.error);
      const seen = await page.evaluate(() => window.__info);
      assert.ok(seen.some((t) => /^Reading the files… \d+% \(\d+\.\d of 5\.\d MB\)$/.test(t)), JSON.stringify(seen.slice(0, 5)));
      assert.ok(seen.includes('Indexing the articles…'), JSON.stringify(seen));
      assert.match(seen.at(-1), /^Checking against 120 articles from “big\.json”/);
    } finally {
      await context.close();
    }
  });

  test('errors say what is wrong, and the last articles that worked stay in use', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.locator('#own-corpus summary').click();
      const cases = [
        {
          why: 'a malformed JSON line is named by its line',
          act: () => drop(page, [{ name: 'news.jsonl', text: `${JSON.stringify(OWN[0])}\n\n{"id": "x", "text": \n` }]),
          want: /^Could not load the articles: news\.jsonl:3: invalid JSON: .+ Checking against the built-in articles instead\.$/,
        },
        {
          why: 'an article without text is named by its line in the .jsonl',
          act: () => drop(page, [{ name: 'news.jsonl', text: `${JSON.stringify(OWN[0])}\n${JSON.stringify({ id: 'y', title: 'No text' })}\n` }]),
          want: /news\.jsonl:2: article has no "text"/,
        },
        {
          why: 'an unsupported file type',
          act: () => drop(page, [{ name: 'report.pdf', text: '%PDF-1.7' }]),
          want: /“report\.pdf” is not a corpus file: use \.txt, \.json, \.jsonl or \.idx files/,
        },
        {
          why: 'a file that is not an index',
          act: () => drop(page, [{ name: 'archive.idx', text: 'not an index' }]),
          want: /archive\.idx: not a Corroborate index file/,
        },
        {
          why: 'a file over the limit',
          act: () => page.evaluate(() => {
            const dt = new DataTransfer();
            dt.items.add(new File([new Uint8Array(51 * 1024 * 1024)], 'huge.json'));
            document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
          }),
          want: /the files are too large \(51\.0 MB; the limit is 50 MB\)/,
        },
        {
          why: 'a URL that fails',
          act: async () => {
            await page.locator('#corpus-url').fill(`${server.origin}/tests/fixtures/no-such-corpus.json`);
            await page.locator('#corpus-url-form button').click();
          },
          want: /^Could not load the articles from “.*no-such-corpus\.json”: the server answered 404/,
        },
        {
          why: 'a JSON file in Latin-1, not UTF-8 (the engine reads the bytes and says so)',
          act: () => drop(page, [{ name: 'latin1.json', bytes: [...Buffer.from('[{"id": "a", "text": "Caf'), 0xe9, ...Buffer.from(' owners protested."}]')] }]),
          want: /latin1\.json: not valid UTF-8 text \(convert the file to UTF-8\)/,
        },
        {
          why: 'an invalid JSON file',
          act: () => drop(page, [{ name: 'broken.json', text: '[{"id": "a", "text": "x"},\n  {oops}]' }]),
          want: /broken\.json:2: invalid JSON/,
        },
      ];
      for (const c of cases) {
        const detail = await corpusEvent(page, c.act);
        assert.equal(detail.ok, false, c.why);
        const state = await corpusState(page);
        assert.match(state.error ?? '', c.want, c.why);
        assert.equal(state.status, state.error, `${c.why}: the panel says it too`);
        assert.equal(state.back, true, c.why);
        assert.match(state.info, /^Checking against the 4 built-in articles/, c.why);
      }
      // A good file after the errors clears them; a bad one then keeps it.
      await corpusEvent(page, () => drop(page, [{ name: 'own.json', text: JSON.stringify(OWN) }]));
      assert.equal((await corpusState(page)).error, null);
      await corpusEvent(page, () => drop(page, [{ name: 'a.json', text: '[]' }, { name: 'b.txt', text: 'x' }]));
      const mixed = await corpusState(page);
      assert.match(mixed.error, /give one \.json, \.jsonl or \.idx file, or any number of \.txt files\. Still checking against the articles loaded before\.$/);
      assert.match(mixed.info, /^Checking against 3 articles from “own\.json”/);
      const shown = await readResult(page);
      assert.equal(shown.corpusError, mixed.error);
    } finally {
      await context.close();
    }
  });

  test('the panel passes axe, light and dark; an embedder can hand files to a widget before it is on the page', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await openPage(browser, `${server.origin}/index.html`, { colorScheme });
      try {
        await page.locator('#own-corpus summary').click();
        await corpusEvent(page, () => drop(page, [{ name: 'report.pdf', text: '%PDF' }]));
        const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(serious, [], colorScheme);
        if (colorScheme === 'dark') continue;
        const early = await page.evaluate(async (jsonl) => {
          const w = document.createElement('corroborate-check');
          const loaded = w.loadCorpus([new File([jsonl], 'early.jsonl')]);
          document.body.append(w);
          const detail = await loaded;
          return { detail, info: w.shadowRoot.querySelector('.corpus-info').textContent };
        }, JSONL);
        assert.equal(early.detail.ok, true, early.detail.error);
        assert.equal(early.detail.articleCount, 3);
        assert.match(early.info, /^Checking against 3 articles from “early\.jsonl” \(read on this device\)/);
      } finally {
        await context.close();
      }
    }
  });

  test('a corpus URL loads with progress shown while it arrives', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/index.html`);
    try {
      await page.locator('#own-corpus summary').click();
      await page.locator('#corpus-url').fill('/tests/fixtures/own_corpus.json');
      const release = await holdBack(page, '**/own_corpus.json');
      const detail = await corpusEvent(page, async () => {
        await page.locator('#corpus-url-form button').click();
        // Held back: the reader sees that it is on its way.
        await page.waitForFunction(() => /^Loading the articles…/.test(document.querySelector('corroborate-check').shadowRoot.querySelector('.corpus-info').textContent));
        assert.match(await page.locator('#corpus-status').textContent(), /^Loading “\/tests\/fixtures\/own_corpus\.json”…$/);
        release();
      });
      assert.equal(detail.ok, true, detail.error);
      const state = await corpusState(page);
      assert.equal(state.status, 'Checking against your 3 articles.');
      assert.match(state.info, /^Checking against 3 articles from “\/tests\/fixtures\/own_corpus\.json”/);
      assert.deepEqual(state.examples, []);
      assert.equal(await page.evaluate(() => document.querySelector('corroborate-check').getAttribute('corpus')), '/tests/fixtures/own_corpus.json');
    } finally {
      await context.close();
    }
  });
});
