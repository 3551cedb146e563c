// A sharded archive (`corroborate index --shards DIR`) on a static server: the widget opens its
// manifest by URL, downloads only the files a claim needs, answers as the same corpus does from
// its JSON, and refuses a damaged file with a message naming it while the widget keeps working.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startServer, launchBrowser, openPage, check, openFullText, setCorpus } from './helpers.mjs';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const GOOD = path.join(FIXTURES, 'archive.tmp');
const BAD = path.join(FIXTURES, 'archive-bad.tmp');
const files = (dir) => ['manifest.bin', ...['postings', 'articles', 'vocab'].flatMap((d) => readdirSync(path.join(dir, d)).map((f) => `${d}/${f}`))];

let server;
let browser;

before(async () => {
  rmSync(GOOD, { recursive: true, force: true });
  rmSync(BAD, { recursive: true, force: true });
  // Cut small (one article per chunk, many posting shards), as a large archive is cut.
  execFileSync(
    'cargo',
    ['run', '--quiet', '--bin', 'corroborate', '--', 'index', path.join(FIXTURES, 'newsdesk_corpus.json'), '--shards', GOOD, '--shard-kb', '1', '--chunk-kb', '1'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // The same archive with every posting shard damaged by one flipped byte.
  cpSync(GOOD, BAD, { recursive: true });
  for (const f of readdirSync(path.join(BAD, 'postings'))) {
    const p = path.join(BAD, 'postings', f);
    const bytes = readFileSync(p);
    bytes[bytes.length >> 1] ^= 0x20;
    writeFileSync(p, bytes);
  }
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(GOOD, { recursive: true, force: true });
  rmSync(BAD, { recursive: true, force: true });
});

/** What a reader would compare: each article's title and stance badges. */
const seen = (shown) => shown.articles.map((a) => ({ title: a.title, badges: a.badges, evidence: a.evidence.map((e) => e.sentence) }));

describe('sharded archives', () => {
  test('an archive answers as its corpus does, downloading only what each claim needs', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      // The last one misspelt: its correction needs a vocabulary file and another round.
      const claims = ['The ECB raised its deposit rate to 4.5 percent.', 'Kestrel Motors recalled SUVs over faulty airbags.', 'Kestrl Motors recalled SUVs over faulty airbags.'];
      const shows = (claim) => ({ shows: claim.replace('Kestrl', 'Kestrel') });
      const fromJson = await setCorpus(page, '/tests/fixtures/newsdesk_corpus.json');
      assert.equal(fromJson.ok, true, fromJson.error);
      const expected = [];
      for (const claim of claims) expected.push(seen(await check(page, claim, shows(claim))));

      // An empty box: a new corpus re-checks the claim in the box, and its downloads would race
      // the count of what opening the archive fetched.
      await page.locator('corroborate-check textarea').fill('');
      const loaded = await setCorpus(page, '/tests/fixtures/archive.tmp/manifest.bin');
      assert.equal(loaded.ok, true, loaded.error);
      assert.equal(loaded.articleCount, 6);
      const archiveRequests = () => log.requests.filter((u) => u.includes('/archive.tmp/')).map((u) => u.split('/archive.tmp/')[1]);
      assert.deepEqual(archiveRequests(), ['manifest.bin'], 'opening the archive downloads its manifest only');
      const all = files(GOOD);
      const count = (list, dir) => new Set(list.filter((f) => f.startsWith(dir))).size;
      for (const [i, claim] of claims.entries()) {
        const shown = await check(page, claim, shows(claim));
        assert.ok(shown.articles.length > 0, `${claim}: no article`);
        assert.deepEqual(seen(shown), expected[i], `${claim}: the archive and the JSON corpus disagree`);
        const fetched = archiveRequests();
        if (i === 0) {
          // One claim's words fall in some of the posting shards, not all.
          assert.ok(count(fetched, 'postings/') > 0 && count(fetched, 'postings/') < count(all, 'postings/'), `${fetched}`);
        }
        if (i === 2) {
          // The misspelt claim needed a vocabulary file, and the correction is shown.
          assert.ok(count(fetched, 'vocab/') >= 1, `${fetched}`);
          assert.match(shown.summary, /“Kestrl” as “Kestrel”/);
        }
      }
      // Each article is a chunk here: two claims about two stories need few of the six.
      const fetched = archiveRequests();
      assert.ok(count(fetched, 'articles/') > 0 && count(fetched, 'articles/') <= 3, `${fetched}`);
      assert.equal(fetched.length, new Set(fetched).size, `a file was downloaded twice: ${fetched}`);
      // The whole article of a card comes from the chunk already loaded.
      await openFullText(page);
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  // Two checks of one claim on the sample archive through the engine host itself, outside the
  // widget: at once (`restart` false), or one after the other with the WebAssembly instance
  // replaced between them (`restart` true, as a trap in another widget's check would).
  // Returns both answers (titles and stances) and the archive files requested.
  async function twoChecks(restart) {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const answers = await page.evaluate(async (restart) => {
        const { handle } = await import('/www/engine.js');
        const ok = (reply) => {
          if (reply.error) throw new Error(reply.error.message);
          return reply.value;
        };
        ok(await handle({ op: 'start' }));
        const url = new URL('/tests/fixtures/archive.tmp/manifest.bin', location.href).href;
        ok(await handle({ op: 'load', key: 'two', name: 'archive', url, kind: 'corpus', timeoutMs: 30000 }, () => {}));
        const claim = 'Kestrel Motors recalled SUVs over faulty airbags.';
        const ask = () => handle({ op: 'check', key: 'two', model: null, claim, index: 0 }).then(ok);
        const shown = ({ report }) => report.articles.map((a) => [a.title, a.stances]);
        if (!restart) return (await Promise.all([ask(), ask()])).map(shown);
        const before = shown(await ask());
        const engine = await import('/pkg/corroborate.js');
        engine.resetEngine();
        engine.Checker.maxClaimChars();
        return [before, shown(await ask())];
      }, restart);
      const fetched = log.requests.filter((u) => u.includes('/archive.tmp/')).map((u) => u.split('/archive.tmp/')[1]);
      return { answers, fetched };
    } finally {
      await context.close();
    }
  }

  test('two checks at once (a typing pause, then Enter) download each file once', async () => {
    const { answers, fetched } = await twoChecks(false);
    assert.ok(answers[0].length > 0, JSON.stringify(answers));
    assert.deepEqual(answers[1], answers[0], 'both checks answer alike');
    assert.ok(fetched.some((f) => f.startsWith('postings/')) && fetched.some((f) => f.startsWith('articles/')), `${fetched}`);
    assert.equal(fetched.length, new Set(fetched).size, `a file was downloaded twice: ${fetched}`);
  });

  test('after an engine restart an archive still has the files it fetched: same answer, nothing downloaded again', async () => {
    const { answers, fetched } = await twoChecks(true);
    assert.ok(answers[0].length > 0, JSON.stringify(answers));
    assert.deepEqual(answers[1], answers[0], 'the check after the restart answers as before');
    assert.ok(fetched.some((f) => f.startsWith('postings/')), `${fetched}`);
    assert.equal(fetched.length, new Set(fetched).size, `a file was downloaded again after the restart: ${fetched}`);
  });

  test('a damaged shard is refused with a message naming it, and a good archive works after', async () => {
    const { page, context, log } = await openPage(browser, `${server.origin}/index.html`);
    try {
      const loaded = await setCorpus(page, '/tests/fixtures/archive-bad.tmp/manifest.bin');
      assert.equal(loaded.ok, true, 'the manifest itself is intact');
      const shown = await check(page, 'Kestrel Motors recalled SUVs over faulty airbags.');
      assert.equal(shown.articles.length, 0);
      assert.match(shown.message ?? '', /postings\/\d+\.bin could not be used: the index file is corrupt \(checksum mismatch\)/);
      const good = await setCorpus(page, '/tests/fixtures/archive.tmp/manifest.bin');
      assert.equal(good.ok, true, good.error);
      const after = await check(page, 'Kestrel Motors recalled SUVs over faulty airbags.');
      assert.ok(after.articles.some((a) => /Kestrel/.test(a.title)), JSON.stringify(after));
      assert.deepEqual(log.consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
