// <corroborate-check>, the fact-checking widget: one script tag and the element. Shadow DOM,
// styled by a <link>, so host CSS cannot break it. Attributes, methods, events: README.md.

import { renderReport, renderMessage, summaryText, claimReviews, citationText, stringsFor, STRINGS, nextTask } from './render.js';
import { handle as handleHere, isEngineFailure, MAX_CORPUS_DOWNLOAD_BYTES } from './engine.js';

export { claimReviews, citationText, summaryText, stringsFor, STRINGS, isEngineFailure, MAX_CORPUS_DOWNLOAD_BYTES };

const EN = stringsFor('en');

/** An Error with an English message that keeps what it takes to say it in another language. */
function failure(key, ...args) {
  return Object.assign(new Error(EN.errors[key](EN, ...args)), { key, args });
}

/** Why `err` happened, in `t`'s language when the widget wrote it (the engine's are English). */
function reason(err, t) {
  const say = err?.key ? (t.errors[err.key] ?? t[err.key]) : null;
  return typeof say === 'function' ? say(t, ...err.args) : typeof say === 'string' ? say : errorMessage(err);
}

const WASM_URL = new URL('../pkg/corroborate_bg.wasm', import.meta.url).href;
/** The engine's worker script (which the page also imports, to run it here if it must). */
const WORKER_URL = new URL('./engine.js', import.meta.url).href;
const STYLE_URL = new URL('./corroborate.css', import.meta.url).href;
/** The language model file, beside the engine (scripts/setup.sh build_pkg puts it there). */
const MODEL_URL = new URL('../pkg/nli-model.bin', import.meta.url).href;
/** The built-in articles (written beside the engine by build_pkg), for a widget with no corpus. */
const SEED_URL = new URL('../pkg/seed-corpus.json', import.meta.url).href;

/** Typing must pause this long before the claim is settled, checked, announced and fired. */
const IDLE_MS = 700;
const DEFAULT_EXAMPLES = [
  'Turkey sent Syrian fighters to Azerbaijan.',
  'Germany co-chairs the OSCE Minsk Group.',
  'Turkey confirmed that its F-16 shot down an Armenian jet.',
  'NASA launched a new Mars rover.',
];

// ---------------------------------------------------------------------------------------------
// The engine: one instance per page in a module worker (./engine.js), which downloads, reads,
// indexes and checks, and rebuilds after a trap. Without a worker the same code runs here.

const engine = { promise: null, worker: null, calls: new Map(), seq: 0, generation: 0, maxClaimChars: 1000, here: false };


/** Runs `op` in the engine; rejects with its Error (`key`: a sentence in STRINGS). */
function call(op, args = {}, progress = () => {}) {
  const reply = engine.worker
    ? new Promise((resolve) => {
        const id = ++engine.seq;
        engine.calls.set(id, { resolve, progress });
        engine.worker.postMessage({ ...args, op, call: id });
      })
    : handleHere({ op, ...args }, progress);
  return reply.then(({ value, error, gen }) => {
    engine.generation = gen;
    if (error) throw Object.assign(new Error(error.message), error.key && { key: error.key, args: error.args ?? [] }, error.named && { named: true });
    return value;
  });
}

// Starts the worker; resolves once its engine runs, rejects if it cannot be made or started.
async function startWorker(module) {
  let url = WORKER_URL;
  // Under Trusted Types a worker's URL must come from a policy: this one makes this one URL.
  if (globalThis.trustedTypes?.createPolicy) {
    url = trustedTypes.createPolicy('corroborate', { createScriptURL: (u) => (u === WORKER_URL ? u : null) }).createScriptURL(WORKER_URL);
  }
  const worker = new Worker(url, { type: 'module', name: 'corroborate' });
  let failed;
  const error = new Promise((resolve, reject) => (failed = reject));
  worker.onerror = (e) => {
    e.preventDefault();
    failed(new Error(e.message || 'the worker did not start'));
    for (const { resolve } of engine.calls.values()) resolve({ error: { message: 'brokenChecker', key: 'brokenChecker' }, gen: engine.generation });
    engine.calls.clear();
  };
  worker.onmessage = ({ data }) => {
    const waiting = engine.calls.get(data.call);
    if ('progress' in data) return waiting?.progress(data.progress);
    engine.calls.delete(data.call);
    waiting?.resolve(data);
  };
  engine.worker = worker;
  try {
    return await Promise.race([call('start', { module }), error]);
  } catch (err) {
    engine.worker = null;
    worker.terminate();
    throw err;
  }
}

function loadEngine() {
  if (typeof WebAssembly === 'undefined') return Promise.reject(Object.assign(new Error(EN.noWasm), { noWasm: true }));
  engine.promise ??= (async () => {
    const response = await fetch(WASM_URL);
    if (!response.ok) throw new Error(`the server answered ${response.status} for the engine`);
    // (Compiled off the main thread; streaming needs the right type, as wasm-bindgen's glue.)
    const module =
      response.headers.get('content-type') === 'application/wasm' && WebAssembly.compileStreaming
        ? await WebAssembly.compileStreaming(response)
        : await WebAssembly.compile(await response.arrayBuffer());
    let started;
    try {
      started = await startWorker(module);
    } catch (err) {
      console.warn('corroborate: no worker for the engine; it runs on the page’s main thread:', err);
      engine.here = true;
      started = await call('start', { module });
    }
    engine.maxClaimChars = started.maxClaimChars;
  })();
  return engine.promise;
}

// ---------------------------------------------------------------------------------------------
// Corpora: one download and one checker per URL per page, freed when no widget uses it.

/** Absolute corpus URL + redirect policy → Corpus. */
const corpora = new Map();
let corpusCount = 0;

class Corpus {
  constructor(key, url) {
    this.key = key;
    this.id = `c${++corpusCount}`; // its checker's name in the engine
    this.url = url; // absolute, or null for local files
    this.name = null; // a local corpus: the file name its error messages start with
    this.refs = 0;
    this.servedBy = null; // the other origin a cross-origin redirect led to (when allowed)
    this.opened = false;
    this.count = 0;
    this.meta = null; // [{source, date}] per article, or null (a prebuilt index)
    this.listeners = new Set();
    this.abort = new AbortController();
    this.ready = null;
  }

  emit(...args) {
    for (const f of this.listeners) f(...args);
  }

  release() {
    this.refs -= 1;
    if (this.refs > 0 || this === bundled) return;
    if (corpora.get(this.key) === this) corpora.delete(this.key);
    this.abort.abort();
    call(this.opened ? 'free' : 'abort', { key: this.id }).catch(() => {});
    this.opened = false;
  }
}

// ---------------------------------------------------------------------------------------------
// The language model: one download and one parse per URL per page, shared by every widget.

/** Absolute model URL + redirect policy → Model. */
const models = new Map();

class Model {
  constructor(url) {
    this.url = url;
    this.id = `m${models.size + 1}`;
    this.state = 'loading'; // 'loading' | 'ready' | 'failed'
    this.error = null; // why it failed, for the reader
    this.progress = [0, 0];
    this.listeners = new Set();
    this.settled = null; // resolves when ready or failed
  }

  emit() {
    for (const f of this.listeners) f(this);
  }
}

/** The shared model at `url`: its download starts with the first widget that asks. */
function acquireModel(url, { timeoutMs, crossOriginRedirects }) {
  const key = `${url}\n${crossOriginRedirects ? 'any' : 'same-origin'}`;
  let model = models.get(key);
  if (model) return model;
  model = new Model(url);
  models.set(key, model);
  const m = model;
  m.settled = (async () => {
    try {
      await loadEngine();
      // Downloaded and parsed (so validated) once, by the engine: a bad file fails here.
      const progress = (p) => {
        m.progress = p;
        m.emit();
      };
      await call('load', { key: m.id, url, kind: 'model', timeoutMs, crossOriginRedirects }, progress);
      m.state = 'ready';
    } catch (err) {
      m.state = 'failed';
      m.error = errorMessage(err).replace(/\.$/, '');
      m.failure = err;
      console.warn('corroborate: the language model could not be loaded; the rules alone decide:', err);
    }
    m.emit();
  })();
  return model;
}

/** The built-in articles: one checker per page, never freed. */
const bundled = new Corpus('', SEED_URL);
bundled.refs = Infinity;

/**
 * The built-in articles, downloaded and indexed when a widget first needs them (a page with
 * its own corpus never fetches them); tried again after a failure.
 */
function openBundled() {
  bundled.ready ??= (async () => {
    await loadEngine();
    const timeoutMs = 1000 * DEFAULT_TIMEOUT_S;
    const got = await call('load', { key: bundled.id, name: shortUrl(SEED_URL, 160), url: SEED_URL, kind: 'corpus', timeoutMs, crossOriginRedirects: false }, () => {});
    Object.assign(bundled, got, { opened: true });
  })().catch((err) => {
    bundled.ready = null;
    throw err;
  });
  return bundled.ready;
}

/**
 * The shared corpus at `url` (with a reference taken: release it when done). Its `ready`
 * promise resolves once it is downloaded and indexed, or rejects with a message.
 */
function acquireCorpus(url, { timeoutMs, crossOriginRedirects }) {
  const key = `${url}\n${crossOriginRedirects ? 'any' : 'same-origin'}`;
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = new Corpus(key, url);
    corpora.set(key, corpus);
    const c = corpus;
    c.ready = (async () => {
      await loadEngine();
      // Downloaded and indexed by the engine, in its worker.
      const progress = (p) => (p === 'indexing' ? c.emit('indexing') : c.emit('progress', ...p));
      const name = shortUrl(url, 160); // starts the engine's messages ("https://…/news.json:3: …")
      const got = await call('load', { key: c.id, name, url, kind: 'corpus', timeoutMs, crossOriginRedirects }, progress);
      Object.assign(c, got, { opened: true });
    })();
    // A failed corpus is not kept: asking for it again downloads it again.
    c.ready.catch(() => corpora.get(key) === c && corpora.delete(key));
  }
  corpus.refs += 1;
  return corpus;
}

/** The file types a reader can drop or pick (`loadCorpus(files)`). */
export const CORPUS_FILE_TYPES = ['.txt', '.json', '.jsonl', '.idx'];

let localCount = 0;

/** Local files (never uploaded) as a Corpus whose `read(progress)` has the engine index them. */
function readLocalCorpus(files) {
  if (!files.length) throw failure('noFiles');
  const ext = (f) => (/\.[^.]*$/.exec(String(f.name).toLowerCase()) ?? [''])[0];
  const odd = files.find((f) => !CORPUS_FILE_TYPES.includes(ext(f)));
  if (odd) throw failure('notCorpusFile', odd.name);
  const texts = files.every((f) => ext(f) === '.txt');
  if (!texts && files.length > 1) throw failure('oneFile');
  const total = files.reduce((n, f) => n + f.size, 0);
  if (total > MAX_CORPUS_DOWNLOAD_BYTES) {
    throw failure('filesTooLarge', (total / 1024 / 1024).toFixed(1), MAX_CORPUS_DOWNLOAD_BYTES / 1024 / 1024);
  }
  const corpus = new Corpus(`local:${++localCount}`, null);
  corpus.files = files.map((f) => String(f.name));
  const file = corpus.files[0];
  corpus.name = files.length === 1 ? file : `${file} and ${files.length - 1} more file${files.length === 2 ? '' : 's'}`;
  corpus.refs = 1;
  // Read, decoded and indexed by the engine (File objects are handles: nothing is copied here).
  const kind = texts ? 'texts' : ext(files[0]).slice(1);
  corpus.read = (progress) => call('files', { key: corpus.id, name: corpus.name, kind, files }, progress).then((got) => {
      Object.assign(corpus, got, { opened: true });
      if (corpus.refs <= 0) call('free', { key: corpus.id }); // (no widget wants it any more)
    });
  return corpus;
}

// Rust's messages start in lower case ("the claim is empty: …"); a reader sees a sentence.
function sentence(text) {
  const s = String(text ?? '').trim() || 'Something went wrong.';
  return s[0].toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? '' : '.');
}

function errorMessage(err) {
  return err && typeof err === 'object' && 'message' in err ? err.message : String(err);
}

/** A long URL shown in a sentence: its start and its end, never a screenful. */
function shortUrl(url, max = 100) {
  const s = String(url);
  return s.length <= max ? s : `${s.slice(0, max - 41)}…${s.slice(-40)}`;
}


/** Without a `corpus-timeout` attribute: give up when nothing arrives for this long. */
const DEFAULT_TIMEOUT_S = 30;

/** The claim in the page URL: `?claim=…`, else `#claim=…` (for `sync-url`). */
function urlClaim() {
  try {
    const url = new URL(location.href);
    const claim = url.searchParams.get('claim') ?? new URLSearchParams(url.hash.slice(1)).get('claim');
    return claim?.trim() ? claim : null;
  } catch {
    return null;
  }
}

/** What a corpus covers (outlets, date range) from its articles' `source` and `date`. */
export function coverageText(meta, t = EN) {
  if (!Array.isArray(meta) || meta.length === 0) return '';
  const str = (x) => (typeof x === 'string' ? x.trim() : '');
  const counts = new Map();
  let unnamed = 0;
  for (const a of meta) {
    const s = str(a?.source);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
    else unnamed += 1;
  }
  const outlets = [...counts.keys()].sort((x, y) => counts.get(y) - counts.get(x) || x.localeCompare(y)).map((o) => (o.length > 40 ? `${o.slice(0, /[\ud800-\udbff]/.test(o[38]) ? 38 : 39)}…` : o));
  let text = '';
  if (outlets.length) {
    const named = outlets.length <= 4 ? outlets : [...outlets.slice(0, 3), t.moreOutlets(t, outlets.length - 3)];
    text = t.fromOutlets(named);
    if (unnamed) text += t.unnamedOutlets(t, unnamed);
  } else text = t.noOutlets;
  const times = meta.map((a) => Date.parse(str(a?.date))).filter(Number.isFinite);
  const day = (ms) => {
    const d = new Date(ms);
    return `${d.getUTCDate()} ${t.months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  };
  if (times.length) {
    const [lo, hi] = times.reduce(([l, h], x) => [Math.min(l, x), Math.max(h, x)], [Infinity, -Infinity]);
    text += `${text.endsWith(';') ? '' : ','}${t.dated(lo === hi ? day(lo) : t.dateRange(day(lo), day(hi)))}`;
    if (times.length < meta.length) text += t.undatedSome(t, meta.length - times.length);
  } else text += `${text.endsWith(';') ? '' : ','}${t.undated}`;
  return text;
}

let widgetCount = 0;

class CorroborateCheck extends HTMLElement {
  static observedAttributes = ['corpus', 'claim', 'examples', 'heading-level', 'model', 'lang'];

  #root;
  #ui;
  #corpus = null; // the last corpus that worked (a shared Corpus, with one reference held)
  #pending = null; // the corpus being loaded (reference held), until it is ready or superseded
  #loadId = 0;
  #timer = 0;
  #last = { claim: null, corpus: null, generation: -1, model: null };
  #model = null; // the shared Model this widget uses, or null for rules only (model="none")
  #modelListener = null;
  #started = false;
  #trigger = 'idle'; // what put the claim now in the box there (the result event's `trigger`)
  #typing = false; // typed since the last check: an automatic re-check waits for the pause
  #startError = null; // why nothing can be checked: the engine could not start, or no articles loaded
  #parts = { text: null, index: 0 }; // a pasted text of several sentences, and the one shown
  #resolveModelReady;
  /** Resolves once the language model is ready (true), failed or is not wanted (false). */
  modelReady = new Promise((resolve) => (this.#resolveModelReady = resolve));
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

    const input = make('textarea', { id: 'claim', rows: '2', spellcheck: 'true', 'aria-describedby': 'hint', autocomplete: 'off', enterkeyhint: 'search' });
    // Until the engine and the articles are ready the button says so (it stays focusable; pressed,
    // it says the claim will be checked as soon as they are).
    // (Texts in English here; #applyLang puts them in the widget's language once it is on a page.)
    const t = EN;
    const button = make('button', { type: 'submit', class: 'check-button', text: t.loadingButton, 'aria-disabled': 'true' });
    const label = make('label', { for: 'claim', class: 'claim-input-label', text: t.claimInput });
    const hint = make('p', { id: 'hint', class: 'hint', text: t.hint });
    const form = make('form', { class: 'ask', role: 'search', 'aria-label': t.formLabel }, label, hint, make('div', { class: 'ask-row' }, input, button));
    const exampleList = make('ul', { class: 'example-list', 'aria-labelledby': 'examples-label' });
    const examplesLabel = make('p', { id: 'examples-label', class: 'examples-label', text: t.examples });
    const examples = make('div', { class: 'examples', hidden: '' }, examplesLabel, exampleList);
    const corpusInfo = make('p', { class: 'corpus-info', text: t.loadingChecker });
    const corpusError = make('p', { class: 'corpus-error', role: 'alert', hidden: '' });
    const modelInfo = make('p', { class: 'model-info', hidden: '' });
    const status = make('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    const results = make('div', { class: 'results', 'aria-busy': 'false' });
    wrap.append(form, examples, corpusInfo, modelInfo, corpusError, status, results);
    this.#root.append(link, wrap);

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#run(true, 'button');
    });
    input.addEventListener('keydown', (e) => {
      // Enter checks now; Shift+Enter still makes a new line; IME composition is left alone.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        this.#run(true, 'enter');
      } else if (e.key === 'Escape' && !e.isComposing && input.value) {
        // Escape clears the box (and the result with it).
        e.preventDefault();
        input.value = '';
        this.#run(false, 'escape');
      }
    });
    // While typing, the last result stays, dimmed and marked busy; the claim is checked (and
    // announced, and fired as an event) once typing pauses: never each keystroke's half claim.
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#typing = true;
      this.#busy(true);
      this.#timer = setTimeout(() => this.#run(false, 'idle'), IDLE_MS);
    });
    exampleList.addEventListener('click', (e) => {
      const b = e.target.closest('button');
      if (!b) return;
      input.value = b.dataset.claim;
      this.#run(true, 'example');
    });
    return { wrap, form, label, hint, examplesLabel, input, button, examples, exampleList, corpusInfo, modelInfo, corpusError, status, results, idPrefix: `cc${n}` };
  }

  /** The interface strings in the widget's language: its `lang`, else the page's; else English. */
  #t = EN;

  #langOf() {
    for (let node = this; node; node = node.parentElement ?? node.getRootNode?.().host ?? null) {
      const lang = node.getAttribute?.('lang');
      if (lang) return lang;
    }
    return document.documentElement.lang;
  }

  // Puts the skeleton, the lines under the box and the shown result in the widget's language.
  #applyLang() {
    const t = (this.#t = stringsFor(this.#langOf()));
    const ui = this.#ui;
    ui.wrap.lang = t.locale;
    ui.form.setAttribute('aria-label', t.formLabel);
    ui.label.textContent = t.claimInput;
    ui.hint.textContent = t.hint;
    ui.examplesLabel.textContent = t.examples;
    const waiting = ui.button.getAttribute('aria-disabled') === 'true' && !this.#startError;
    ui.button.textContent = waiting ? t.loadingButton : t.check;
    if (this.#corpus) this.#describeCorpus();
    else if (!this.#startError) ui.corpusInfo.textContent = t.loadingChecker;
    if (this.#corpusError) this.#showCorpusError(this.#corpusError);
    this.#showModelInfo();
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    this.#applyLang();
    const fromUrl = this.hasAttribute('sync-url') ? urlClaim() : null;
    if (fromUrl) {
      this.#ui.input.value = fromUrl;
      this.#trigger = 'url';
    } else if (this.hasAttribute('claim') && !this.#ui.input.value) {
      this.#ui.input.value = this.getAttribute('claim');
      this.#trigger = 'attribute';
    }
    if (this.hasAttribute('sync-url')) addEventListener('hashchange', this.#onHashChange);
    this.#renderExamples();
    this.#useModel(this.getAttribute('model'));
    const files = this.#filesToLoad;
    this.#filesToLoad = null;
    this.#loadCorpus(this.getAttribute('corpus'), files);
  }

  // Removed from the page (not just moved within it): let go of the shared corpus, so the last
  // widget to leave frees its checker; a widget put back loads it again (shared if still held).
  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected || !this.#started) return;
      this.#started = false;
      removeEventListener('hashchange', this.#onHashChange);
      this.#loadId += 1; // a load still on its way is not wanted any more
      clearTimeout(this.#timer);
      this.#pending?.release();
      this.#pending = null;
      this.#corpus?.release();
      this.#corpus = null;
      if (this.#model) this.#model.listeners.delete(this.#modelListener);
      this.#model = null;
      this.#last = { claim: null, corpus: null, generation: -1, model: null };
    });
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this.#started || oldValue === value) return;
    if (name === 'corpus') {
      if (!this.#quietAttribute) this.#loadCorpus(value);
    } else if (name === 'model') this.#useModel(value);
    else if (name === 'claim') {
      this.#ui.input.value = value ?? '';
      this.#run(true, 'attribute');
    } else if (name === 'examples') this.#renderExamples();
    else if (name === 'heading-level') this.#run(true);
    else if (name === 'lang') {
      this.#applyLang();
      // The result shown, in the new language: rendered again, not announced or fired again.
      this.#last.claim = null;
      this.#run(false, undefined, true);
    }
  }

  // With `sync-url`: a #claim= link followed within the page checks that claim.
  #onHashChange = () => {
    const claim = urlClaim();
    if (claim && claim.trim() !== this.#ui.input.value.trim()) {
      this.#ui.input.value = claim;
      this.#run(true, 'url');
    }
  };

  /** The claim currently in the text box. */
  get value() {
    return this.#ui.input.value;
  }

  /** Checks `claim` now (as if typed and Enter pressed); resolves with the result or null. */
  check(claim) {
    if (claim !== undefined) this.#ui.input.value = String(claim);
    return Promise.resolve(this.#run(true, 'api'));
  }

  /** Whether verdicts use the language model: 'ready', 'loading', 'failed' or 'off'. */
  get modelState() {
    return this.#model ? this.#model.state : 'off';
  }

  // Starts using the language model named by the `model` attribute (shared per page), or none.
  #useModel(attr) {
    if (this.#model) this.#model.listeners.delete(this.#modelListener);
    this.#model = null;
    if (typeof WebAssembly === 'undefined') {
      // Nothing runs at all: the corpus line says why; a model message would only repeat it.
      this.#resolveModelReady(false);
      return;
    }
    const value = (attr ?? '').trim();
    if (value.toLowerCase() === 'none') {
      this.#showModelInfo((t) => [t.rulesOnly, false]);
      this.#resolveModelReady(false);
      this.#run(false);
      return;
    }
    let url;
    try {
      url = new URL(value || MODEL_URL, document.baseURI).href;
    } catch {
      this.#showModelInfo((t) => [t.modelBadUrl(shortUrl(value)), true]);
      this.#resolveModelReady(false);
      this.#run(false);
      return;
    }
    const model = acquireModel(url, {
      timeoutMs: this.#timeoutMs(),
      crossOriginRedirects: this.hasAttribute('allow-cross-origin-redirects'),
    });
    this.#model = model;
    const mb = (t, n) => (n / 1024 / 1024).toLocaleString(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    // What the line under the box says of the model, in the widget's language at the time.
    const note = (t) => {
      if (model.state === 'loading') {
        const [done, total] = model.progress;
        if (!done) return [t.modelLoading, false];
        // (A compressed response can deliver more bytes than its Content-Length.)
        return [total && done <= total ? t.modelProgress(mb(t, done), mb(t, total)) : t.modelProgressMb(mb(t, done)), false];
      }
      return model.state === 'ready' ? null : [t.modelFailed(shortUrl(url), reason(model.failure, t).replace(/\.$/, '')), true];
    };
    const listener = (m) => {
      if (this.#model !== m) return;
      this.#showModelInfo(note);
      if (m.state === 'loading') return;
      if (m.state === 'ready') {
        this.#resolveModelReady(true);
        this.dispatchEvent(new CustomEvent('corroborate-model', { detail: { ok: true, model: url }, bubbles: true, composed: true }));
      } else {
        this.#resolveModelReady(false);
        const error = note(this.#t)[0];
        this.dispatchEvent(new CustomEvent('corroborate-model', { detail: { ok: false, model: url, error }, bubbles: true, composed: true }));
      }
      this.#run(false); // a preliminary result is checked again, now final
    };
    this.#modelListener = listener;
    model.listeners.add(listener);
    if (model.state === 'loading') this.#showModelInfo(note);
    else listener(model);
  }

  #modelNote = null; // (t) => [text, failed] | null: what the line about the model says

  #showModelInfo(note = this.#modelNote) {
    this.#modelNote = note;
    const info = this.#ui.modelInfo;
    const shown = note?.(this.#t) ?? null;
    info.textContent = shown ? shown[0] : '';
    info.hidden = !shown;
    info.classList.toggle('model-failed', Boolean(shown?.[1]));
  }

  #renderExamples() {
    const { examples, exampleList } = this.#ui;
    const attr = this.getAttribute('examples');
    exampleList.replaceChildren();
    if (attr === null) {
      examples.hidden = true;
      return;
    }
    // The built-in examples are about the built-in articles: with another corpus, only the
    // embedder's own examples are shown.
    const builtIn = this.#corpus ? this.#corpus === bundled : !this.getAttribute('corpus') && !this.#startError;
    const claims = attr.trim() ? attr.split('|').map((s) => s.trim()).filter(Boolean) : builtIn ? DEFAULT_EXAMPLES : [];
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

  /** Switches the corpus to a URL, File objects or null (built-in); resolves with the event's detail. */
  loadCorpus(source) {
    const done = new Promise((resolve) => this.addEventListener('corroborate-corpus', (e) => resolve(e.detail), { once: true }));
    if (source === null || source === undefined || typeof source === 'string') {
      const value = source || null;
      // (Not on a page yet: the attribute is read when it is.)
      if (this.getAttribute('corpus') === value && this.#started) this.#loadCorpus(value);
      else if (value === null) this.removeAttribute('corpus');
      else this.setAttribute('corpus', value);
    } else if (!this.#started) {
      this.#quietAttribute = true;
      try {
        this.removeAttribute('corpus');
      } finally {
        this.#quietAttribute = false;
      }
      this.#filesToLoad = [...source]; // read once the widget is on a page
    } else {
      this.#quietAttribute = true;
      try {
        this.removeAttribute('corpus');
      } finally {
        this.#quietAttribute = false;
      }
      this.#loadCorpus(null, [...source]);
    }
    return done;
  }

  #quietAttribute = false;
  #filesToLoad = null;

  // Loads the corpus at the URL `attr` (null or empty: the built-in articles), or from `files`.
  async #loadCorpus(attr, files = null) {
    const id = ++this.#loadId;
    // A load this one supersedes is no longer wanted by this widget (nor, if no other widget
    // waits for it, downloaded any further).
    this.#pending?.release();
    this.#pending = null;
    const { corpusInfo } = this.#ui;
    try {
      await loadEngine();
    } catch (err) {
      const message = (t) => (err.noWasm ? t.cannotRun(t.noWasm) : t.cannotStart(errorMessage(err)));
      this.#cannotCheck(message, { corpus: attr }, 'corroborate: engine failed to load', err);
      return;
    }
    if (id !== this.#loadId) return;
    if (!attr && !files) {
      try {
        await openBundled();
      } catch (err) {
        if (id !== this.#loadId) return;
        this.#noArticles(err, null);
        return;
      }
      if (id !== this.#loadId) return;
      this.#useCorpus(bundled, 'the built-in articles');
      this.#corpusEvent({ ok: true, corpus: null, articleCount: this.#articleCount() });
      return;
    }
    const names = files?.map((f) => String(f.name));
    const verb = (t) => (files ? t.readingFiles : t.loadingArticles);
    corpusInfo.textContent = verb(this.#t);
    let corpus = null;
    // Large corpora take a while to arrive: show how far along the download (or reading) is.
    const shown = (what, done, total) => {
      if (id !== this.#loadId) return;
      const t = this.#t;
      const mb = (n) => (n / 1024 / 1024).toLocaleString(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      if (what === 'indexing') corpusInfo.textContent = t.indexing;
      else {
        corpusInfo.textContent = total
          ? t.progress(verb(t), Math.min(100, Math.round((100 * done) / total)), mb(done), mb(total))
          : t.progressMb(verb(t), mb(done));
      }
    };
    try {
      if (files) {
        corpus = this.#pending = readLocalCorpus(files);
        // (The engine's messages start with the file's name.)
        await corpus.read((p) => (p === 'indexing' ? shown('indexing') : shown('progress', ...p)));
      } else {
        let url;
        try {
          url = new URL(attr, document.baseURI).href;
        } catch {
          throw failure('badUrl');
        }
        corpus = this.#pending = acquireCorpus(url, {
          timeoutMs: this.#timeoutMs(),
          crossOriginRedirects: this.hasAttribute('allow-cross-origin-redirects'),
        });
        corpus.listeners.add(shown);
        try {
          await corpus.ready;
        } finally {
          corpus.listeners.delete(shown);
        }
      }
    } catch (err) {
      if (id !== this.#loadId) return; // superseded: its reference was released then
      if (corpus) {
        this.#pending = null;
        corpus.release();
      }
      const before = Boolean(this.#corpus) && this.#corpus !== bundled;
      // With nothing loaded before, the built-in articles stand in (if they load).
      let seedError = null;
      const builtIn = !this.#corpus && (await openBundled().then(() => true, (e) => ((seedError = e), false)));
      if (id !== this.#loadId) return;
      if (!this.#corpus && !builtIn) {
        this.#noArticles(err, files ? null : attr, names, seedError);
        return;
      }
      const message = (t) => {
        const fallback = before ? t.stillBefore : t.builtInInstead;
        const why = reason(err, t).replace(/\.$/, '');
        return err.named || files ? t.corpusFailed(why, fallback) : t.corpusFailedFrom(shortUrl(attr), why, fallback);
      };
      this.#showCorpusError(message);
      if (builtIn) this.#useCorpus(bundled, 'the built-in articles', true);
      else this.#describeCorpus();
      this.#corpusEvent({ ok: false, corpus: files ? null : attr, ...(files && { files: names }), articleCount: this.#articleCount(), error: message(this.#t) });
      return;
    }
    if (id !== this.#loadId) return;
    this.#pending = null;
    this.#useCorpus(corpus, files ? corpus.name : attr);
    this.#corpusEvent({ ok: true, corpus: files ? null : attr, ...(files && { files: names }), articleCount: this.#articleCount() });
  }

  // No articles to check against: neither the page's (`err`) nor the built-in ones (`seedError`,
  // when they were the fallback) loaded. Like an engine that cannot start: the button stays
  // unavailable, a check says why, and the reader is told which files failed. A corpus that
  // loads later (setCorpus, files) clears it.
  #noArticles(err, attr, files = undefined, seedError = null) {
    const from = files ? null : (attr ?? SEED_URL);
    const message = (t) => {
      const why = reason(err, t).replace(/\.$/, '');
      const fallback = seedError ? t.noBuiltIn(shortUrl(SEED_URL), reason(seedError, t).replace(/\.$/, '')) : '';
      return (err.named || !from ? t.corpusFailed(why, fallback) : t.corpusFailedFrom(shortUrl(from), why, fallback)).trim();
    };
    const log = ['corroborate: no articles could be loaded', err, ...(seedError ? ['; nor the built-in articles', seedError] : [])];
    this.#cannotCheck(message, { corpus: attr, ...(files && { files }) }, ...log);
  }

  // Nothing can be checked: the engine could not start, or no articles loaded. The button stays
  // unavailable, a check says why (`message`), no built-in examples are offered, and the
  // corpus event says so (`detail`: which corpus). A corpus that loads later clears it.
  #cannotCheck(message, detail, ...log) {
    this.#startError = message;
    this.#ui.corpusInfo.textContent = '';
    this.#showCorpusError(message);
    this.#ui.button.textContent = this.#t.check; // still "unavailable": aria-disabled stays
    this.#renderExamples();
    console.error(...log);
    this.#resolveReady(false);
    this.#corpusEvent({ ok: false, ...detail, articleCount: 0, error: message(this.#t) });
  }

  // The `corpus-timeout` attribute in seconds (default 30; 0 waits for ever), in ms.
  #timeoutMs() {
    const attr = this.getAttribute('corpus-timeout');
    const s = attr === null || attr.trim() === '' ? NaN : Number(attr);
    return 1000 * (Number.isFinite(s) && s >= 0 ? s : DEFAULT_TIMEOUT_S);
  }

  #corpusError = null; // (t) => the message about the last corpus that failed, or null

  #showCorpusError(message) {
    this.#corpusError = message;
    this.#ui.corpusError.textContent = message(this.#t);
    this.#ui.corpusError.hidden = false;
  }

  #corpusEvent(detail) {
    this.dispatchEvent(new CustomEvent('corroborate-corpus', { detail, bubbles: true, composed: true }));
  }

  #useCorpus(corpus, label, keepError = false) {
    this.#startError = null; // (set only when no articles had loaded: now some have)
    if (this.#corpus && this.#corpus !== corpus) this.#corpus.release();
    else if (this.#corpus === corpus) corpus.release(); // already held once: keep one reference
    this.#corpus = corpus;
    this.#corpusLabel = label;
    if (!keepError) {
      this.#corpusError = null;
      this.#ui.corpusError.hidden = true;
      this.#ui.corpusError.textContent = '';
    }
    this.#describeCorpus();
    this.#renderExamples();
    this.#ui.button.textContent = this.#t.check;
    this.#ui.button.removeAttribute('aria-disabled');
    this.#resolveReady(true);
    this.#run(false);
  }

  #articleCount() {
    return this.#corpus?.count ?? 0;
  }

  #corpusLabel = '';
  #describeCorpus() {
    const t = this.#t;
    const n = this.#articleCount();
    const served = this.#corpus?.servedBy ? t.servedBy(this.#corpus.servedBy) : '';
    const files = this.#corpus?.files;
    const quote = (x) => (t.locale === 'fr' ? `« ${x} »` : `“${x}”`);
    const from = files
      ? `${quote(shortUrl(files[0]))}${files.length > 1 ? t.moreFiles(t, files.length - 1) : ''}${t.onDevice}`
      : `${quote(shortUrl(this.#corpusLabel))}${served}`;
    const what = this.#corpus === bundled ? t.builtIn(t, n) : t.fromWhere(t, n, from);
    let scope = '';
    try {
      scope = this.#corpus ? coverageText(this.#corpus.meta, t) : '';
    } catch (err) {
      console.warn('corroborate: could not describe the corpus', err);
    }
    this.#ui.corpusInfo.textContent = t.checkingAgainst(what, scope) + (engine.here ? ` ${t.onMainThread}` : '');
  }

  // Marks the shown result as out of date (dimmed, aria-busy) until the next one replaces it.
  #busy(on) {
    const { results } = this.#ui;
    const stale = on && results.firstChild !== null;
    results.setAttribute('aria-busy', String(stale));
    results.classList.toggle('stale', stale);
  }

  #announce(text) {
    // Re-announce an identical sentence by changing the text node (a no-op change is silent).
    const s = this.#ui.status;
    s.textContent = s.textContent === text ? `${text}\u00a0` : text;
  }

  // Checks the box's claim (`force`: even unchanged or empty; `quiet`: not announced or fired).
  #run(force, trigger, quiet = false) {
    const t = this.#t;
    // A re-check of its own (the model or the corpus arrived) while the reader is typing would
    // check, announce and fire a half-typed claim: the pause will check it.
    if (!trigger && this.#typing) return null;
    clearTimeout(this.#timer);
    this.#typing = false;
    if (trigger) this.#trigger = trigger;
    const corpus = this.#corpus;
    const { input, results } = this.#ui;
    const claim = input.value.trim();
    if (this.#startError) {
      this.#runs += 1;
      this.#busy(false);
      if (force && claim) this.#fail(this.#startError(t));
      return null;
    }
    if (!corpus) {
      // #useCorpus runs this again once a corpus is ready; say so rather than do nothing.
      this.#runs += 1;
      if (force && claim) renderMessage(results, t.stillLoading, 'info');
      return null;
    }
    const modelState = this.modelState;
    if (
      !force &&
      claim === this.#last.claim &&
      corpus === this.#last.corpus &&
      engine.generation === this.#last.generation &&
      modelState === this.#last.model
    ) {
      this.#busy(false);
      return null;
    }
    const run = ++this.#runs; // whatever an earlier check still to come says, this one is shown
    this.#busy(false);
    this.#last = { claim, corpus, generation: engine.generation, model: modelState };
    if (!claim) {
      this.#syncUrl('');
      if (force) this.#fail(t.emptyClaim, quiet);
      else {
        results.replaceChildren();
        if (!quiet) this.#announce('');
      }
      return null;
    }
    // Refuse an over-long paste here, before copying megabytes into the engine.
    const max = engine.maxClaimChars;
    let chars = 0;
    for (const _ of claim) if (++chars > max) break;
    if (chars > max) {
      // Characters (code points), as the engine counts them: claim.length counts UTF-16 units,
      // two for an emoji.
      chars = 0;
      for (const _ of claim) chars++;
      this.#fail(t.tooLong(t, chars, max), quiet);
      return null;
    }
    // A pasted paragraph: each sentence a claim, the reader picks which. Until the worker answers
    // the last result stays, dimmed and busy.
    if (this.#parts.text !== claim) this.#parts = { text: claim, index: 0 };
    this.#busy(true);
    const model = modelState === 'ready' ? this.#model.id : null;
    const current = () => run === this.#runs; // false once a newer check (or corpus…) took over
    return call('check', { key: corpus.id, model, claim, index: this.#parts.index }).then(
      ({ parts, index, report }) => {
        if (!current()) return null;
        this.#last.generation = engine.generation;
        return this.#show(report, parts, index, { claim, corpus, modelState, quiet, current });
      },
      (err) => {
        if (!current()) return null;
        this.#last.generation = engine.generation;
        this.#busy(false);
        this.#fail(sentence(err.key ? reason(err, this.#t) : errorMessage(err)), quiet, !err.key);
        return null;
      },
    );
  }

  #runs = 0;

  // Shows the engine's report on the claim (the `index`th of its `parts`); announces and fires it
  // unless it is preliminary or `quiet`. Returns the event's detail, or the preliminary report.
  async #show(report, parts, index, { claim, corpus, modelState, quiet, current }) {
    await nextTask(); // (not in the task that received the report: each stays short)
    if (!current()) return null;
    const t = this.#t;
    const { results } = this.#ui;
    const level = Number(this.getAttribute('heading-level')) || 2;
    const { built } = renderReport(report, results, {
      headingLevel: level,
      idPrefix: this.#ui.idPrefix,
      getArticle: (id) => (this.#corpus === corpus ? call('article', { key: corpus.id, id }) : undefined),
      actions: modelState !== 'loading',
      announce: (text) => this.#announce(text),
      strings: t,
      progressive: true,
    });
    // Busy (not dimmed) until every card of the first page is built.
    results.classList.remove('stale');
    results.setAttribute('aria-busy', 'true');
    if (parts.length > 1) results.prepend(this.#partsPicker(parts, index));
    if (modelState === 'loading') {
      // Rules-only verdicts while the model is on its way: said so above them, not announced
      // or reported as the answer; checked again as soon as the model arrives.
      const note = document.createElement('p');
      note.className = 'preliminary-note';
      note.setAttribute('role', 'note');
      note.textContent = t.preliminary;
      results.prepend(note);
    }
    await built;
    if (!current()) return null;
    this.#busy(false);
    this.#syncUrl(claim);
    if (modelState === 'loading') {
      if (!quiet) this.#announce(t.preliminarySaid(summaryText(report, t)));
      return report;
    }
    if (quiet) return null;
    this.#announce(summaryText(report, t));
    const detail = { ...report, trigger: this.#trigger };
    this.dispatchEvent(new CustomEvent('corroborate-result', { detail, bubbles: true, composed: true }));
    return detail;
  }

  // `sync-url`: the address follows the claim as #claim=… (never sent to a server), replaced.
  #syncUrl(claim) {
    if (!this.hasAttribute('sync-url')) return;
    try {
      const url = new URL(location.href);
      url.searchParams.delete('claim');
      const hash = new URLSearchParams(url.hash.slice(1));
      if (claim) hash.set('claim', claim);
      else hash.delete('claim');
      url.hash = hash.toString();
      if (url.href !== location.href) history.replaceState(history.state, '', url.href);
    } catch (err) {
      console.warn('corroborate: could not update the page address', err);
    }
  }

  // The sentences of a pasted text as buttons: the one shown is pressed; another is checked on
  // a click, the text in the box staying as the reader wrote it.
  #partsPicker(parts, current) {
    const nav = document.createElement('nav');
    nav.className = 'claim-parts';
    nav.setAttribute('aria-label', this.#t.partsLabel);
    const intro = document.createElement('p');
    intro.textContent = this.#t.parts(this.#t, parts.length, current + 1);
    const list = document.createElement('ol');
    parts.forEach((text, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'claim-part';
      button.textContent = text.length > 300 ? `${text.slice(0, 299)}…` : text;
      button.setAttribute('aria-pressed', String(i === current));
      button.addEventListener('click', () => {
        this.#parts = { text: this.#ui.input.value.trim(), index: i };
        this.#run(true, 'button');
      });
      item.append(button);
      list.append(item);
    });
    nav.append(intro, list);
    return nav;
  }

  // Shows an error instead of a result (and says it, unless `quiet`). `engineWords`: the
  // engine's message, which is English whatever the interface's language.
  #fail(text, quiet = false, engineWords = false) {
    renderMessage(this.#ui.results, text, 'error');
    if (engineWords && this.#t !== EN) this.#ui.results.firstChild.lang = 'en';
    if (!quiet) this.#announce(text);
  }
}

if (!customElements.get('corroborate-check')) customElements.define('corroborate-check', CorroborateCheck);
