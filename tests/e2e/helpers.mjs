// Shared plumbing for the browser tests: the repo's own server (scripts/serve.py, so every page
// is tested under the real Content-Security-Policy), Debian's Chromium driven by playwright-core
// (no browser download), and a page wrapper that records what a test must assert on:
// console errors, requests, and CSP violations.

import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The file the test server sends for a repo path: build_pkg's minified copy in dist/ when it is
 * newer than the source (scripts/serve.py, translate_path), else the source itself.
 */
export function servedFile(rel) {
  const source = path.join(ROOT, rel);
  const shipped = path.join(ROOT, 'dist', rel);
  try {
    if (['www', 'pkg'].includes(rel.split('/')[0]) && statSync(shipped, { bigint: true }).mtimeNs > statSync(source, { bigint: true }).mtimeNs) return shipped;
  } catch {
    // no dist/ copy: the source is served
  }
  return source;
}
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Starts scripts/serve.py on a free loopback port; resolves to {origin, stop}. `args` go to
 * serve.py, e.g. ['--trusted-types'] or ['--test-routes']. With E2E_TRUSTED_TYPES=1 in the
 * environment every server enforces Trusted Types, so the whole suite can run under them:
 * `E2E_TRUSTED_TYPES=1 node --test tests/e2e/`.
 */
export function startServer(args = []) {
  if (process.env.E2E_TRUSTED_TYPES === '1' && !args.includes('--trusted-types')) args = [...args, '--trusted-types'];
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [path.join(ROOT, 'scripts', 'serve.py'), '--port', '0', '--quiet', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('serve.py did not start within 10 s')), 10_000);
    const fail = (e) => {
      clearTimeout(timer);
      child.kill();
      reject(e);
    };
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => fail(new Error(`serve.py exited with ${code}: ${err}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/Serving (http:\/\/127\.0\.0\.1:\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        origin: m[1],
        stop: () =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill();
          }),
      });
    });
  });
}

/** Launches the system Chromium with nothing that talks to the outside network. */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * Records what a test asserts on: console errors, requests, responses (a request the browser
 * refused before sending it, e.g. a redirect it would not follow, has none) and CSP violations.
 */
/**
 * The test server and a browser for every test of a file: started before the first, stopped
 * after the last. `set(server, browser)` hands them to the file's own variables.
 */
export function serverAndBrowser(set, serverArgs = []) {
  let server;
  let browser;
  before(async () => {
    [server, browser] = await Promise.all([startServer(serverArgs), launchBrowser()]);
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}

export async function instrument(page) {
  const log = { consoleErrors: [], requests: [], responses: [], cspViolations: [] };
  page.on('response', (r) => log.responses.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) log.cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => log.consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return log;
}

/**
 * Opens `url` in a fresh context and waits for every widget on it to be ready.
 * Returns {page, context, log} where log holds consoleErrors, requests and cspViolations.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const log = await instrument(page);
  await page.goto(url);
  await waitReady(page);
  await page.waitForLoadState('networkidle');
  return { page, context, log };
}

/**
 * Waits until every <corroborate-check> has its first corpus and, unless `model: false`, its
 * language model has arrived or failed (so results are final, not preliminary).
 */
export async function waitReady(page, { model = true } = {}) {
  await page.evaluate(async (model) => {
    await customElements.whenDefined('corroborate-check');
    const widgets = [...document.querySelectorAll('corroborate-check')];
    const ok = await Promise.all(widgets.map((w) => w.ready));
    if (!ok.every(Boolean)) throw new Error('a widget failed to start');
    if (model) await Promise.all(widgets.map((w) => w.modelReady));
  }, model);
}

/** CSP violations seen by the page (events) and by the console. */
export async function cspViolations(page, log) {
  return [...(await page.evaluate(() => window.__csp)), ...log.cspViolations];
}

/** Points the first widget at another corpus; resolves to its `corroborate-corpus` event detail. */
export function setCorpus(page, url) {
  return page.evaluate(
    (u) =>
      new Promise((resolve) => {
        const w = document.querySelector('corroborate-check');
        w.addEventListener('corroborate-corpus', (e) => resolve(e.detail), { once: true });
        w.setAttribute('corpus', u);
      }),
    url,
  );
}

/**
 * Types `claim` into the (first) widget's text box and waits for its result to show; `shows` is
 * the claim as the result shows it, when that differs (a misspelt word is shown corrected).
 */
export async function check(page, claim, { enter = true, widget = 'corroborate-check', shows = claim } = {}) {
  const box = page.locator(`${widget} textarea`);
  await box.fill(claim);
  if (enter) await box.press('Enter');
  // Typed input (no Enter) is checked once typing pauses; either way, wait for this claim's result.
  await page.waitForFunction(
    ([sel, want]) => {
      const root = document.querySelector(sel)?.shadowRoot;
      // (The engine answers from its worker: until then the last result stays, marked busy.)
      if (root?.querySelector('.results')?.getAttribute('aria-busy') === 'true') return false;
      const shown = root?.querySelector('.claim-text')?.textContent;
      const msg = root?.querySelector('.results .message')?.textContent;
      return shown === want || Boolean(msg);
    },
    [widget, shows.trim()],
  );
  return readResult(page, widget);
}

/**
 * Opens the first card's "Read the whole article" in `widget` and waits until the text is filled.
 * The <details> fills on its `toggle` event, which fires after the click returns: counting the
 * marks right after the click races it.
 */
export async function openFullText(page, widget = 'corroborate-check') {
  await page.locator(`${widget} .full-text-toggle`).first().click();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.article-text')?.dataset.filled === '1',
    widget,
    { timeout: 10000 },
  );
}

/**
 * Holds back every request of `page` matching `pattern` until the returned `release()` is
 * called: a slow download (the model, the engine) on demand.
 */
export async function holdBack(page, pattern) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/**
 * What the widget shows, as plain data: the text a reader sees, per part. Read once the result
 * has settled (`.results` not aria-busy): cards are built a few per task after the claim is
 * shown, so a read right after the claim appears may see only the first card.
 */
export async function readResult(page, widget = 'corroborate-check') {
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.results')?.getAttribute('aria-busy') !== 'true',
    widget,
  );
  return page.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    const text = (n) => (n ? n.textContent.trim() : null);
    return {
      claim: text(root.querySelector('.claim-text')),
      claimMarks: [...root.querySelectorAll('.claim-text mark')].map(text),
      summary: text(root.querySelector('.summary')),
      notCovered: text(root.querySelector('.not-covered')),
      message: text(root.querySelector('.results .message')),
      corpusError: root.querySelector('.corpus-error').hidden ? null : text(root.querySelector('.corpus-error')),
      corpusInfo: text(root.querySelector('.corpus-info')),
      status: text(root.querySelector('[role=status]')),
      articles: [...root.querySelectorAll('.article-card')].map((a) => ({
        title: text(a.querySelector('.article-title')),
        meta: text(a.querySelector('.article-meta')),
        source: text(a.querySelector('.article-source')),
        date: text(a.querySelector('.article-date')),
        badges: [...a.querySelectorAll('.article-stances .badge-label')].map(text),
        unshown: text(a.querySelector('.unshown-note')),
        evidence: [...a.querySelectorAll('.evidence-item')].map((e) => ({
          badges: [...e.querySelectorAll('.badge-label')].map(text),
          sentence: text(e.querySelector('.evidence-sentence')),
          marks: [...e.querySelectorAll('mark')].map(text),
          speaker: text(e.querySelector('.speaker')),
          cue: text(e.querySelector('.cue')),
        })),
      })),
    };
  }, widget);
}

/** Runs axe-core on the page (shadow roots included); returns violations as {id, impact, count}. */
export async function runAxe(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern, so the
  // page itself needs no exception for the test tool.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result;
}

/**
 * Where the page's widgets run their engine: its worker (www/engine.js), or the page itself when
 * the widget had to run it on the main thread. `evaluate` there reaches the widget's instance.
 */
export function engineScope(page) {
  return page.workers().find((w) => w.url().endsWith('/www/engine.js')) ?? page;
}

/** Contrast ratio of two CSS colours, as the page's canvas resolves them. */
export function contrast(page, fg, bg) {
  return page.evaluate(
    ([a, b]) => {
      const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      const lum = (c) => {
        ctx.clearRect(0, 0, 1, 1);
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, 1, 1);
        ctx.fillStyle = c;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, bl] = [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    },
    [fg, bg],
  );
}
