// A prebuilt index (`corroborate index`) loaded by URL through the widget's corpus attribute:
// it answers like the corpus it was built from, shows progress while it loads, and a damaged
// file gives a clear error while the widget keeps its last good corpus.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, check, readResult, setCorpus } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const GOOD = path.join(FIXTURES, 'own.tmp.idx');
const CUT = path.join(FIXTURES, 'cut.tmp.idx');

let server;
let browser;

before(async () => {
  // Built with the CLI, as a newsroom would (cargo builds the binary if the tests have not).
  execFileSync('cargo', ['run', '--quiet', '--bin', 'corroborate', '--', 'index', path.join(FIXTURES, 'own_corpus.json'), '-o', GOOD], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bytes = readFileSync(GOOD);
  writeFileSync(CUT, bytes.subarray(0, Math.floor(bytes.length / 2)));
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(GOOD, { force: true });
  rmSync(CUT, { force: true });
});

describe('prebuilt index files', () => {
  test('an index loads by URL and answers; a truncated one is refused and the last corpus stays', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const loaded = await setCorpus(page, '/tests/fixtures/own.tmp.idx');
      assert.equal(loaded.ok, true, loaded.error);
      assert.equal(loaded.articleCount, 3);
      const shown = await check(page, 'Fewer than 1,000 passengers were stranded.');
      const harbour = shown.articles.find((a) => /harbour/i.test(a.title));
      assert.ok(harbour, JSON.stringify(shown.articles.map((a) => a.title)));
      assert.ok(harbour.badges.includes('Contradicts'), JSON.stringify(harbour.badges));

      const broken = await setCorpus(page, '/tests/fixtures/cut.tmp.idx');
      assert.equal(broken.ok, false);
      const after = await readResult(page);
      assert.match(after.corpusError ?? '', /truncated/);
      assert.match(after.corpusError, /Still checking against the articles loaded before/);
      const still = await check(page, 'Around 12,000 passengers were stranded.');
      assert.ok(still.articles.some((a) => /harbour/i.test(a.title)), 'the good index is still in use');
      assert.deepEqual(log.consoleErrors.filter((e) => !/404/.test(e)), []);
    } finally {
      await context.close();
    }
  });
});
