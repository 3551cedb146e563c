// <corroborate-check>: the fact-checking widget, added to any page with ONE script tag:
//
//   <script type="module" src="https://example.org/corroborate/www/corroborate.js"></script>
//   <corroborate-check examples></corroborate-check>
//
// Why it is built this way:
// - Shadow DOM, styled only by a <link> to corroborate.css (resolved from import.meta.url), so
//   the host page's CSS cannot break it and it needs no inline styles under a strict CSP.
// - The engine (../pkg/corroborate.js + .wasm) is loaded relative to this file, once per page,
//   and every check runs locally: after load, typing a claim makes no network request.
// - A corpus that fails to load (HTTP error, wrong type, bad JSON, too large) is reported in
//   the widget, which keeps answering with the last corpus that worked.
//
// Attributes: corpus (URL of a JSON array of {id,title,text,source?,url?,date?}; default: the
// built-in articles), claim (prefill), compact, examples (empty: built-in examples; or claims
// separated by "|"), heading-level (of the result heading, default 2).
// Events (both bubble out of the shadow root): `corroborate-result` with the result object as
// detail; `corroborate-corpus` when a corpus is ready or failed, detail {ok, corpus,
// articleCount, error?}.

import { renderReport, renderMessage, summaryText } from './render.js';

const ENGINE_URL = new URL('../pkg/corroborate.js', import.meta.url).href;
const STYLE_URL = new URL('./corroborate.css', import.meta.url).href;

/** A corpus larger than this is refused before it is read: a tab should not stall on it. */
export const MAX_CORPUS_DOWNLOAD_BYTES = 50 * 1024 * 1024;
const DEBOUNCE_MS = 250;
const DEFAULT_EXAMPLES = [
  'Turkey sent Syrian fighters to Azerbaijan.',
  'Germany co-chairs the OSCE Minsk Group.',
  'Turkey confirmed that its F-16 shot down an Armenian jet.',
  'NASA launched a new Mars rover.',
];

// One engine and one built-in checker per page, shared by every widget on it.
let enginePromise = null;
function loadEngine() {
  enginePromise ??= import(ENGINE_URL).then(async (engine) => {
    await engine.default();
    return engine;
  });
  return enginePromise;
}
let bundledChecker = null;
function bundled(engine) {
  bundledChecker ??= engine.Checker.withBundledCorpus();
  return bundledChecker;
}

// Rust's messages start in lower case ("the claim is empty: …"); a reader sees a sentence.
function sentence(text) {
  const s = String(text ?? '').trim() || 'Something went wrong.';
  return s[0].toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}

function errorMessage(err) {
  return err && typeof err === 'object' && 'message' in err ? err.message : String(err);
}

/** The first bytes of a prebuilt index file (`corroborate index`). */
const INDEX_MAGIC = 'CRBIDX01';

/**
 * Fetches a corpus: a JSON array of articles (returned as `{ text }`) or a prebuilt index
 * (`{ index: Uint8Array }`), refusing what can be neither before parsing it. `progress(done,
 * total)` is called as bytes arrive (total is 0 when the server does not say).
 */
async function fetchCorpus(url, signal, progress = () => {}) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new Error('the request failed (the address may be wrong, offline, or not allowed by this page)');
  }
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  const json = /^(application\/([\w.-]+\+)?json|text\/json)$/.test(type);
  if (!json && type !== 'application/octet-stream') {
    throw new Error(`it is not JSON (the server sent ${type ? `"${type}"` : 'no content type'}, expected "application/json", or "application/octet-stream" for a prebuilt index)`);
  }
  const tooLarge = (n) => new Error(`it is too large (${n > MAX_CORPUS_DOWNLOAD_BYTES * 10 ? 'far ' : ''}over the ${MAX_CORPUS_DOWNLOAD_BYTES / 1024 / 1024} MB limit)`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_CORPUS_DOWNLOAD_BYTES) throw tooLarge(declared);
  // Read in chunks so a server that lies about (or omits) its length is still cut off.
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    progress(total, declared || 0);
    if (total > MAX_CORPUS_DOWNLOAD_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  if (new TextDecoder().decode(bytes.subarray(0, INDEX_MAGIC.length)) === INDEX_MAGIC) return { index: bytes };
  if (!json) throw new Error('it is neither JSON nor a Corroborate index file');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new Error('it is not valid UTF-8 text');
  }
}

let widgetCount = 0;

class CorroborateCheck extends HTMLElement {
  static observedAttributes = ['corpus', 'claim', 'examples', 'heading-level'];

  #root;
  #ui;
  #engine = null;
  #checker = null; // the last corpus that worked
  #ownChecker = false; // true when #checker is ours to free (not the shared built-in one)
  #loadId = 0;
  #abort = null;
  #timer = 0;
  #last = { claim: null, checker: null };
  #started = false;
  #resolveReady;
  /** Resolves once the first corpus (or the built-in fallback) is ready. */
  ready = new Promise((resolve) => (this.#resolveReady = resolve));

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#ui = this.#build();
  }

  // The widget's fixed skeleton; only text from constants is set here.
  #build() {
    const n = ++widgetCount;
    const doc = document;
    const make = (tag, props = {}, ...children) => {
      const node = doc.createElement(tag);
      for (const [k, v] of Object.entries(props)) {
        if (k === 'text') node.textContent = v;
        else if (k === 'class') node.className = v;
        else node.setAttribute(k, v);
      }
      node.append(...children);
      return node;
    };
    const link = make('link', { rel: 'stylesheet', href: STYLE_URL });
    const wrap = make('div', { class: 'widget', hidden: '' });
    // Show the widget once its stylesheet arrives, or anyway if it cannot: unstyled beats absent.
    const show = () => wrap.removeAttribute('hidden');
    link.addEventListener('load', show, { once: true });
    link.addEventListener('error', show, { once: true });

    const input = make('textarea', { id: 'claim', rows: '2', spellcheck: 'true', 'aria-describedby': 'hint', autocomplete: 'off' });
    const button = make('button', { type: 'submit', class: 'check-button', text: 'Check' });
    const form = make(
      'form',
      { class: 'ask', role: 'search', 'aria-label': 'Check a claim' },
      make('label', { for: 'claim', class: 'claim-input-label', text: 'Claim to check' }),
      make('p', { id: 'hint', class: 'hint', text: 'Type or paste one sentence. Results update as you type; press Enter to check at once.' }),
      make('div', { class: 'ask-row' }, input, button),
    );
    const exampleList = make('ul', { class: 'example-list', 'aria-labelledby': 'examples-label' });
    const examples = make(
      'div',
      { class: 'examples', hidden: '' },
      make('p', { id: 'examples-label', class: 'examples-label', text: 'Try an example:' }),
      exampleList,
    );
    const corpusInfo = make('p', { class: 'corpus-info', text: 'Loading the checker…' });
    const corpusError = make('p', { class: 'corpus-error', role: 'alert', hidden: '' });
    const status = make('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const results = make('div', { class: 'results' });
    wrap.append(form, examples, corpusInfo, corpusError, status, results);
    this.#root.append(link, wrap);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#run(true);
    });
    input.addEventListener('keydown', (e) => {
      // Enter checks now; Shift+Enter still makes a new line; IME composition is left alone.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.#run(true);
      }
    });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#run(false), DEBOUNCE_MS);
    });
    exampleList.addEventListener('click', (e) => {
      const b = e.target.closest('button');
      if (!b) return;
      input.value = b.dataset.claim;
      this.#run(true);
    });
    return { input, examples, exampleList, corpusInfo, corpusError, status, results, idPrefix: `cc${n}` };
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    if (this.hasAttribute('claim') && !this.#ui.input.value) this.#ui.input.value = this.getAttribute('claim');
    this.#renderExamples();
    this.#loadCorpus(this.getAttribute('corpus'));
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this.#started || oldValue === value) return;
    if (name === 'corpus') this.#loadCorpus(value);
    else if (name === 'claim') {
      this.#ui.input.value = value ?? '';
      this.#run(true);
    } else if (name === 'examples') this.#renderExamples();
    else if (name === 'heading-level') this.#run(true);
  }

  /** The claim currently in the text box. */
  get value() {
    return this.#ui.input.value;
  }

  /** Checks `claim` now (as if typed and Enter pressed); returns the result or null. */
  check(claim) {
    if (claim !== undefined) this.#ui.input.value = String(claim);
    return this.#run(true);
  }

  #renderExamples() {
    const { examples, exampleList } = this.#ui;
    const attr = this.getAttribute('examples');
    exampleList.replaceChildren();
    if (attr === null) {
      examples.hidden = true;
      return;
    }
    const claims = attr.trim() ? attr.split('|').map((s) => s.trim()).filter(Boolean) : DEFAULT_EXAMPLES;
    for (const claim of claims) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'example';
      b.dataset.claim = claim;
      b.textContent = claim;
      const li = document.createElement('li');
      li.append(b);
      exampleList.append(li);
    }
    examples.hidden = claims.length === 0;
  }

  async #loadCorpus(url) {
    const id = ++this.#loadId;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const { corpusInfo } = this.#ui;
    let engine;
    try {
      engine = this.#engine ??= await loadEngine();
    } catch (err) {
      corpusInfo.textContent = '';
      this.#showCorpusError(`The checker could not start: ${errorMessage(err)}. Reload the page to try again.`);
      console.error('corroborate: engine failed to load', err);
      this.#resolveReady(false);
      return;
    }
    if (id !== this.#loadId) return;
    if (!url) {
      this.#useChecker(bundled(engine), false, 'the built-in articles');
      this.#corpusEvent({ ok: true, corpus: null, articleCount: this.#checker.articleCount });
      return;
    }
    corpusInfo.textContent = 'Loading the articles…';
    let next;
    try {
      // Large corpora take a while to arrive: show how far along the download is.
      const mb = (n) => (n / 1024 / 1024).toFixed(1);
      const shown = (done, total) => {
        if (id !== this.#loadId) return;
        corpusInfo.textContent = total
          ? `Loading the articles… ${Math.min(100, Math.round((100 * done) / total))}% (${mb(done)} of ${mb(total)} MB)`
          : `Loading the articles… ${mb(done)} MB`;
      };
      const got = await fetchCorpus(url, abort.signal, shown);
      if (id !== this.#loadId) return;
      corpusInfo.textContent = 'Indexing the articles…';
      await new Promise((resolve) => setTimeout(resolve, 0)); // let that message paint first
      if (id !== this.#loadId) return;
      try {
        next = got.index ? engine.Checker.fromIndex(got.index) : engine.Checker.fromJson(got.text, url);
      } catch (err) {
        // The engine's message already starts with the URL and the line: "news.json:3: …".
        throw Object.assign(new Error(errorMessage(err)), { named: true });
      }
    } catch (err) {
      if (id !== this.#loadId || abort.signal.aborted) return;
      const fallback = this.#checker ? 'Still checking against the articles loaded before.' : 'Checking against the built-in articles instead.';
      const why = errorMessage(err).replace(/\.$/, '');
      const message = err.named
        ? `Could not load the articles: ${why}. ${fallback}`
        : `Could not load the articles from “${url}”: ${why}. ${fallback}`;
      this.#showCorpusError(message);
      if (!this.#checker) this.#useChecker(bundled(engine), false, 'the built-in articles', true);
      else this.#describeCorpus();
      this.#corpusEvent({ ok: false, corpus: url, articleCount: this.#checker.articleCount, error: message });
      return;
    }
    this.#useChecker(next, true, url);
    this.#corpusEvent({ ok: true, corpus: url, articleCount: next.articleCount });
  }

  #showCorpusError(text) {
    this.#ui.corpusError.textContent = text;
    this.#ui.corpusError.hidden = false;
  }

  #corpusEvent(detail) {
    this.dispatchEvent(new CustomEvent('corroborate-corpus', { detail, bubbles: true, composed: true }));
  }

  #useChecker(checker, own, label, keepError = false) {
    if (this.#ownChecker && this.#checker && this.#checker !== checker) this.#checker.free();
    this.#checker = checker;
    this.#ownChecker = own;
    this.#corpusLabel = label;
    if (!keepError) {
      this.#ui.corpusError.hidden = true;
      this.#ui.corpusError.textContent = '';
    }
    this.#describeCorpus();
    this.#resolveReady(true);
    this.#run(false);
  }

  #corpusLabel = '';
  #describeCorpus() {
    const n = this.#checker ? this.#checker.articleCount : 0;
    const what = this.#corpusLabel === 'the built-in articles' ? `the ${n} built-in article${n === 1 ? '' : 's'}` : `${n} article${n === 1 ? '' : 's'} from “${this.#corpusLabel}”`;
    this.#ui.corpusInfo.textContent = `Checking against ${what}. Everything runs in your browser.`;
  }

  #announce(text) {
    // Re-announce an identical sentence by changing the text node (a no-op change is silent).
    const s = this.#ui.status;
    s.textContent = s.textContent === text ? `${text}\u00a0` : text;
  }

  // Checks the text box's claim. `force` re-checks an unchanged claim and reports an empty one.
  #run(force) {
    clearTimeout(this.#timer);
    const checker = this.#checker;
    if (!checker) return null; // #useChecker runs again once a corpus is ready
    const { input, results } = this.#ui;
    const claim = input.value.trim();
    if (!force && claim === this.#last.claim && checker === this.#last.checker) return null;
    this.#last = { claim, checker };
    if (!claim) {
      if (force) this.#fail('The claim is empty: type or paste a sentence to check.');
      else {
        results.replaceChildren();
        this.#announce('');
      }
      return null;
    }
    // Refuse an over-long paste here, before copying megabytes into the engine.
    const max = this.#engine.Checker.maxClaimChars();
    let chars = 0;
    for (const _ of claim) if (++chars > max) break;
    if (chars > max) {
      this.#fail(`The text is ${claim.length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}: check one sentence at a time.`);
      return null;
    }
    let report;
    try {
      report = checker.check(claim);
    } catch (err) {
      this.#fail(sentence(errorMessage(err)));
      return null;
    }
    const level = Number(this.getAttribute('heading-level')) || 2;
    renderReport(report, results, {
      headingLevel: level,
      idPrefix: this.#ui.idPrefix,
      getArticle: (id) => (this.#checker === checker ? checker.article(id) : undefined),
    });
    this.#announce(summaryText(report));
    this.dispatchEvent(new CustomEvent('corroborate-result', { detail: report, bubbles: true, composed: true }));
    return report;
  }

  #fail(text) {
    renderMessage(this.#ui.results, text, 'error');
    this.#announce(text);
  }
}

if (!customElements.get('corroborate-check')) customElements.define('corroborate-check', CorroborateCheck);
