// Pure DOM rendering of a Corroborate result: no wasm, no network, no global state.
//
// Why a separate module: the widget (corroborate.js) and the browser tests (tests/web.rs) both
// render real results through it, so the rules that keep hostile text harmless live in one
// place. Those rules: every string from a claim or an article reaches the DOM through
// textContent or text nodes — never innerHTML — and a link is made only for an http(s) URL.
//
// Offsets in a result (claim_marks, evidence marks, evidence start/end) are UTF-8 BYTE offsets,
// as the Rust core produces them; `segments` turns them into string pieces.
//
// Every field shows at most DISPLAY_LIMITS characters at first, with a "Show more" button for the
// rest: laying out one unbroken 250 KB title of mixed scripts took Chromium 16 s (1 MB: 57 s),
// and a corpus is untrusted input.

/** The label a reader sees for each stance (the same words as the CLI's). */
export const STANCE_LABELS = Object.freeze({
  supports: 'Supports',
  contradicts: 'Contradicts',
  denial: 'Reports a denial',
  mentions: 'Mentions',
});

// A symbol beside each label, so the badge never relies on colour alone; hidden from screen
// readers because the label already says it.
const STANCE_ICONS = Object.freeze({ supports: '✓', contradicts: '✗', denial: '!', mentions: '·' });

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Is `stance` one the renderer knows? Unknown values are shown as "Mentions", never as HTML. */
function knownStance(stance) {
  return Object.prototype.hasOwnProperty.call(STANCE_LABELS, stance) ? stance : 'mentions';
}

// Moves a byte offset back to the start of a UTF-8 character, so a bad range can never split
// one (which would show replacement characters).
function charStart(bytes, i) {
  while (i > 0 && i < bytes.length && (bytes[i] & 0xc0) === 0x80) i -= 1;
  return i;
}

/**
 * Splits `text` by byte `ranges` ([[start, end], ...]) into [{text, marked, data}] pieces.
 * Ranges are clamped, sorted and merged, so malformed input degrades to fewer highlights.
 * `data` is an optional parallel array carried with each range (the first one wins on merge).
 */
export function segments(text, ranges, data = []) {
  const bytes = encoder.encode(String(text ?? ''));
  const clean = [];
  (Array.isArray(ranges) ? ranges : []).forEach((r, i) => {
    if (!Array.isArray(r) || r.length < 2) return;
    let [s, e] = [Number(r[0]), Number(r[1])];
    if (!Number.isFinite(s) || !Number.isFinite(e)) return;
    s = charStart(bytes, Math.max(0, Math.min(bytes.length, Math.floor(s))));
    e = charStart(bytes, Math.max(0, Math.min(bytes.length, Math.ceil(e))));
    if (e > s) clean.push({ s, e, d: data[i] });
  });
  clean.sort((a, b) => a.s - b.s || b.e - a.e);
  const merged = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.s <= last.e) last.e = Math.max(last.e, r.e);
    else merged.push({ ...r });
  }
  const out = [];
  let at = 0;
  for (const r of merged) {
    if (r.s > at) out.push({ text: decoder.decode(bytes.subarray(at, r.s)), marked: false });
    out.push({ text: decoder.decode(bytes.subarray(r.s, r.e)), marked: true, data: r.d });
    at = r.e;
  }
  if (at < bytes.length || out.length === 0) out.push({ text: decoder.decode(bytes.subarray(at)), marked: false });
  return out;
}

/** Only http: and https: URLs become links; anything else (javascript:, data:, …) is text. */
export function safeHref(url) {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). An override in an
// article or claim can make text read backwards ("evil\u202Eexe.txt") or reorder the words
// around it; ordinary right-to-left text never needs them, so they are dropped from display.
// (Offsets are applied before this, so dropping them never shifts a highlight.)
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text as shown: a string, with bidi controls removed. */
export function displayText(text) {
  return String(text ?? '').replace(BIDI_CONTROLS, '');
}

// Creates an element with a class and optional text (always via textContent).
function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = displayText(text);
  return node;
}

// A container of untrusted text: its direction comes from its own content and is isolated
// from what surrounds it, so right-to-left articles read right and cannot reorder the page.
function textBlock(doc, tag, className, text) {
  const node = el(doc, tag, className, text);
  node.dir = 'auto';
  return node;
}

/** Appends `text` to `parent` with the byte `ranges` wrapped in <mark>. */
export function appendHighlighted(parent, text, ranges, markClass = 'match') {
  const doc = parent.ownerDocument;
  for (const seg of segments(text, ranges)) {
    if (seg.marked) parent.append(el(doc, 'mark', markClass, seg.text));
    else parent.append(doc.createTextNode(displayText(seg.text)));
  }
  return parent;
}

/**
 * How many characters of each field are shown before a "Show more" button, and how many more
 * each press of it shows. Enough for any real title, byline or sentence; small enough that a
 * hostile one lays out in milliseconds.
 */
export const DISPLAY_LIMITS = Object.freeze({
  title: 300,
  meta: 120,
  speaker: 120,
  cue: 300,
  sentence: 1500,
  text: 20000,
  more: 20000,
});

// Cuts `text` to at most `n` UTF-16 units without splitting a surrogate pair.
function cut(text, n) {
  if (text.length <= n) return text;
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * Fills `target` with `pieces` ([{text, marked, data}], from `segments`) through `put(target,
 * text, piece)`, showing at most `limit` characters. When some are left, an ellipsis ends the
 * text and the returned button (for the caller to place) shows `step` more per press; otherwise
 * returns null. `what` names the field for the button ("the title").
 */
export function appendCapped(target, pieces, { limit, step = DISPLAY_LIMITS.more, what, put }) {
  const doc = target.ownerDocument;
  const shown = pieces.map((p) => ({ ...p, text: displayText(p.text) }));
  const total = shown.reduce((n, p) => n + p.text.length, 0);
  let at = 0; // piece index
  let off = 0; // offset in that piece
  let done = 0;
  const ellipsis = el(doc, 'span', 'more-ellipsis', '…');
  const fill = (n) => {
    while (n > 0 && at < shown.length) {
      const piece = shown[at];
      const part = cut(piece.text.slice(off), n) || piece.text.slice(off, off + 2); // never stall on a pair
      if (part) put(target, part, piece);
      off += part.length;
      n -= part.length;
      done += part.length;
      if (off >= piece.text.length) {
        at += 1;
        off = 0;
      }
    }
  };
  fill(limit);
  if (done >= total) return null;
  target.append(ellipsis);
  const button = el(doc, 'button', 'show-more');
  button.type = 'button';
  const label = () => {
    const left = total - done;
    button.textContent = `Show more of ${what} (${left.toLocaleString('en')} more character${left === 1 ? '' : 's'})`;
  };
  label();
  button.addEventListener('click', () => {
    ellipsis.remove();
    fill(step);
    if (done >= total) button.remove();
    else {
      target.append(ellipsis);
      label();
    }
  });
  return button;
}

// Appends a plain piece as text, a marked one in <mark class=markClass>.
function putMarked(markClass) {
  return (target, text, piece) =>
    target.append(piece.marked ? el(target.ownerDocument, 'mark', markClass, text) : target.ownerDocument.createTextNode(text));
}

// `text` into `target`, capped; returns the "Show more" button or null.
function cappedText(target, text, limit, what) {
  return appendCapped(target, [{ text: String(text ?? ''), marked: false }], { limit, what, put: putMarked('') });
}

/** A stance badge: icon + label + a class that gives it its colour. */
export function badge(doc, stance) {
  const s = knownStance(stance);
  const b = el(doc, 'span', `badge badge-${s}`);
  const icon = el(doc, 'span', 'badge-icon', STANCE_ICONS[s]);
  icon.setAttribute('aria-hidden', 'true');
  b.append(icon, el(doc, 'span', 'badge-label', STANCE_LABELS[s]));
  return b;
}

const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

// What an article's verdict reads as in the summary, singular and plural.
const VERDICT_PHRASES = Object.freeze({
  supports: ['supports it', 'support it'],
  contradicts: ['contradicts it', 'contradict it'],
  denial: ['reports a denial', 'report a denial'],
  mentions: ['only mentions it', 'only mention it'],
});
const ALSO_PHRASES = Object.freeze({ supports: 'also supports it', contradicts: 'also contradicts it', denial: 'also reports a denial' });

/**
 * The short sentence shown above the articles and announced to screen readers. For a statement
 * it counts each article once, by its verdict, so the counts add up to the number of articles
 * ("3 articles support it, 1 reports a denial."), and says separately which articles take a
 * second position ("1 of them also reports a denial."). Otherwise it is the engine's summary.
 */
export function summaryText(report) {
  if (!report || typeof report !== 'object') return '';
  // Misspelt words the engine read as the corpus's words are said first ("Read “Turky” as
  // “Turkey”."): the reader should know what was checked.
  const fixes = Array.isArray(report.corrected) ? report.corrected.filter((c) => c && typeof c.from === 'string' && typeof c.to === 'string') : [];
  const read = fixes.length ? `Read ${fixes.map((c) => `“${c.from}” as “${c.to}”`).join(', ')}. ` : '';
  const counted = countedSummary(report);
  if (counted !== null) return read + counted;
  if (typeof report.summary === 'string' && report.summary) return report.summary; // the engine's says it already
  return report.covered ? 'Some articles bear on this claim.' : 'Not covered by these articles.';
}

// Each article once, by its verdict (null when the report is not a covered statement).
function countedSummary(report) {
  const articles = Array.isArray(report.articles) ? report.articles : [];
  if (report.covered && articles.length && report.statement !== false) {
    const order = ['supports', 'contradicts', 'denial', 'mentions'];
    const verdicts = new Map();
    const extra = new Map();
    for (const a of articles) {
      const v = knownStance(a.verdict);
      verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
      for (const s of new Set(shownStances(a))) {
        if (s !== v && s !== 'mentions') extra.set(s, (extra.get(s) ?? 0) + 1);
      }
    }
    const parts = order.filter((s) => verdicts.has(s)).map((s, i) => {
      const n = verdicts.get(s);
      const [one, many] = VERDICT_PHRASES[s];
      return `${i === 0 ? plural(n, 'article', 'articles') : n.toLocaleString('en')} ${n === 1 ? one : many}`;
    });
    let text = `${parts.join(', ')}.`;
    const also = order.filter((s) => extra.has(s)).map((s) => `${extra.get(s).toLocaleString('en')} ${ALSO_PHRASES[s]}`);
    if (also.length) text += ` Of these, ${also.join(' and ')}.`;
    return text;
  }
  return null;
}

/**
 * One evidence item per sentence: the engine can list a sentence twice with two stances; it is
 * shown once, with both badges.
 */
export function mergeEvidence(evidence) {
  const out = [];
  const byKey = new Map();
  for (const e of Array.isArray(evidence) ? evidence : []) {
    if (!e || typeof e !== 'object') continue;
    const key = Number.isFinite(e.start) && Number.isFinite(e.end) ? `${e.start}:${e.end}` : `s:${e.sentence}`;
    const stances = (Array.isArray(e.stances) && e.stances.length ? e.stances : [e.stance]).map(knownStance);
    const seen = byKey.get(key);
    if (seen) {
      for (const s of stances) if (!seen.stances.includes(s)) seen.stances.push(s);
      seen.stances = orderStances(seen.stances);
      continue;
    }
    const item = { ...e, stance: knownStance(e.stance), stances: orderStances(stances) };
    byKey.set(key, item);
    out.push(item);
  }
  return out;
}

// Positions before "mentions", which only matters alone.
function orderStances(stances) {
  const taken = stances.filter((s) => s !== 'mentions');
  return taken.length ? [...new Set(taken)] : ['mentions'];
}

/** The stances an article's shown evidence backs, its verdict first. */
export function shownStances(a) {
  const backed = new Set(mergeEvidence(a.evidence).flatMap((e) => e.stances));
  const verdict = knownStance(a.verdict);
  const all = Array.isArray(a.stances) && a.stances.length ? a.stances.map(knownStance) : [verdict];
  const list = [verdict, ...all.filter((s) => s !== verdict)];
  // No evidence at all (a corpus-level verdict): the verdict alone, as the engine gave it.
  return backed.size ? list.filter((s) => backed.has(s)) : [verdict];
}

/** A citation of one evidence sentence: quote, outlet, article title, date, link. */
export function citationText(article, evidence) {
  const clean = (x) => (typeof x === 'string' ? displayText(x).replace(/\s+/g, ' ').trim() : '');
  const parts = [`“${clean(evidence.sentence)}”`];
  const source = clean(article.source);
  const title = clean(article.title);
  const date = clean(article.date);
  const where = [source, title && `“${title}”`, date].filter(Boolean).join(', ');
  if (where) parts.push(`— ${where}.`);
  const href = safeHref(article.url);
  if (href) parts.push(href);
  return parts.join(' ');
}

// schema.org's alternateName for each stance an article can take on the claim.
const CLAIMREVIEW_RATINGS = Object.freeze({ supports: 'Supports', contradicts: 'Contradicts', denial: 'Reports a denial' });

/**
 * The result as schema.org ClaimReview objects (JSON-LD): one per article whose verdict takes a
 * position (supports, contradicts, reports a denial; an article that only mentions the claim
 * gets none). itemReviewed is the claim, with the article as its appearance; reviewRating's
 * alternateName is the verdict's label; reviewBody quotes the evidence that backs it.
 */
export function claimReviews(report, { date = new Date().toISOString().slice(0, 10), url } = {}) {
  const articles = Array.isArray(report?.articles) ? report.articles : [];
  return articles
    .filter((a) => Object.prototype.hasOwnProperty.call(CLAIMREVIEW_RATINGS, a.verdict))
    .map((a) => {
      const appearance = { '@type': 'NewsArticle', headline: String(a.title ?? a.id ?? '') };
      const href = safeHref(a.url);
      if (href) appearance.url = href;
      if (typeof a.date === 'string' && a.date.trim()) appearance.datePublished = a.date.trim();
      if (typeof a.source === 'string' && a.source.trim()) appearance.publisher = { '@type': 'Organization', name: a.source.trim() };
      const backing = mergeEvidence(a.evidence).filter((e) => e.stances.includes(a.verdict));
      const review = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: String(report.claim ?? ''),
        datePublished: date,
        author: { '@type': 'Organization', name: 'Corroborate (automated check against a news corpus)' },
        itemReviewed: { '@type': 'Claim', appearance },
        reviewRating: { '@type': 'Rating', alternateName: CLAIMREVIEW_RATINGS[a.verdict] },
      };
      if (backing.length) review.reviewBody = backing.map((e) => `“${String(e.sentence ?? '').trim()}”`).join(' ');
      if (url) review.url = url;
      return review;
    });
}

/** Saves `text` as a file named `name` through a Blob URL (allowed under the strict CSP). */
export function downloadText(doc, name, text, type) {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** A file name from a claim: its first words, lower case, ASCII letters and digits. */
export function fileStem(claim) {
  const words = String(claim ?? '').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 8).join('-');
  return `corroborate-${words || 'result'}`;
}

/**
 * Renders `report` (the object `checker.check()` returns) into `container`, replacing its
 * content. Options:
 *   headingLevel  level of the result heading (article titles are one below); default 2
 *   getArticle    (id) => {text, ...} | undefined — enables "read the whole article"
 *   idPrefix      prefix for generated ids (several widgets on one page); default 'cc'
 *   actions       show "Download JSON" / "Download ClaimReview" and a "Copy citation" button
 *                 per evidence sentence (the widget turns them off for a preliminary result)
 *   announce      (text) => void — tells screen readers that a citation was copied
 */
export function renderReport(report, container, opts = {}) {
  const doc = container.ownerDocument;
  const level = Math.min(5, Math.max(1, Number(opts.headingLevel) || 2));
  const idPrefix = String(opts.idPrefix || 'cc');
  container.replaceChildren();

  const section = el(doc, 'section', 'report');
  const headingId = `${idPrefix}-result-heading`;
  section.setAttribute('aria-labelledby', headingId);
  const heading = el(doc, `h${level}`, 'report-heading', 'What the articles say');
  heading.id = headingId;
  section.append(heading);

  const claim = el(doc, 'p', 'claim');
  claim.append(el(doc, 'span', 'claim-label', 'Claim: '));
  const q = textBlock(doc, 'q', 'claim-text');
  appendHighlighted(q, report.claim, report.claim_marks);
  claim.append(q);
  section.append(claim);

  const articles = Array.isArray(report.articles) ? report.articles : [];
  if (!report.covered || articles.length === 0) {
    section.append(notCovered(doc)); // says it all; the summary would repeat it
  } else {
    section.append(el(doc, 'p', 'summary', summaryText(report)));
    section.append(...articleViews(doc, articles, level, idPrefix, opts));
  }
  if (opts.actions) section.append(exportRow(doc, report));
  container.append(section);
  return section;
}

/** How many articles are shown at first, and how many more each "Show more articles" adds. */
export const ARTICLES_PAGE = 20;

const STANCE_ORDER = ['supports', 'contradicts', 'denial', 'mentions'];

// A short cut of a field for the overview table (the card below has the whole of it).
function short(text, n) {
  const t = displayText(text).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${cut(t, n - 1)}…` : t;
}

/**
 * The overview first — a table of article, outlet, date and verdict, with buttons that filter by
 * verdict and a choice of order — then the cards, a page of ARTICLES_PAGE at a time ("Show more
 * articles"). Cards are built when first shown, so a corpus of thousands lays out a page, not a
 * book. With a single article there is nothing to overview: its card alone.
 */
function articleViews(doc, articles, level, idPrefix, opts) {
  const list = el(doc, 'ol', 'articles');
  const cards = new Map(); // article index → its <li>, built once
  const card = (i) => {
    if (!cards.has(i)) cards.set(i, renderArticle(doc, articles[i], level + 1, `${idPrefix}-a${i}`, opts));
    return cards.get(i);
  };
  if (articles.length < 2) {
    articles.forEach((_, i) => list.append(card(i)));
    return [list];
  }
  const state = { stance: 'all', order: 'relevance', shown: ARTICLES_PAGE };
  const verdictOf = (a) => knownStance(a.verdict);

  const controls = el(doc, 'div', 'overview-controls');
  const filters = el(doc, 'p', 'overview-filters');
  filters.setAttribute('role', 'group');
  filters.setAttribute('aria-label', 'Show articles by verdict');
  const counts = new Map();
  for (const a of articles) counts.set(verdictOf(a), (counts.get(verdictOf(a)) ?? 0) + 1);
  const filterButtons = [];
  for (const stance of ['all', ...STANCE_ORDER.filter((x) => counts.has(x))]) {
    const b = el(doc, 'button', 'action-button filter-button');
    b.type = 'button';
    b.dataset.stance = stance;
    const n = stance === 'all' ? articles.length : counts.get(stance);
    b.textContent = `${stance === 'all' ? 'All' : STANCE_LABELS[stance]} (${n.toLocaleString('en')})`;
    b.setAttribute('aria-pressed', String(stance === 'all'));
    b.addEventListener('click', () => {
      state.stance = stance;
      state.shown = ARTICLES_PAGE;
      for (const f of filterButtons) f.setAttribute('aria-pressed', String(f === b));
      update();
    });
    filterButtons.push(b);
    filters.append(b, doc.createTextNode(' '));
  }
  const sortLabel = el(doc, 'label', 'overview-sort', 'Order: ');
  const sort = el(doc, 'select', 'sort-select');
  for (const [value, text] of [
    ['relevance', 'strongest evidence first'],
    ['verdict', 'by verdict'],
    ['newest', 'newest first'],
    ['oldest', 'oldest first'],
  ]) {
    const o = el(doc, 'option', '', text);
    o.value = value;
    sort.append(o);
  }
  sort.addEventListener('change', () => {
    state.order = sort.value;
    update();
  });
  sortLabel.append(sort);
  controls.append(filters, sortLabel);

  const table = el(doc, 'table', 'overview-table');
  table.append(el(doc, 'caption', 'visually-hidden', 'The articles at a glance'));
  const head = el(doc, 'tr');
  for (const h of ['Article', 'Outlet', 'Date', 'Verdict']) {
    const th = el(doc, 'th', '', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el(doc, 'thead');
  thead.append(head);
  const tbody = el(doc, 'tbody');
  table.append(thead, tbody);
  const wrap = el(doc, 'div', 'overview');
  wrap.append(table);

  const pager = el(doc, 'p', 'articles-more');
  const more = el(doc, 'button', 'action-button more-articles');
  more.type = 'button';
  more.addEventListener('click', () => {
    state.shown += ARTICLES_PAGE;
    update();
  });
  pager.append(more);

  const time = (a) => {
    const t = Date.parse(typeof a.date === 'string' ? a.date.trim() : '');
    return Number.isFinite(t) ? t : null;
  };
  const row = (i) => {
    const a = articles[i];
    const tr = el(doc, 'tr', `overview-row overview-${verdictOf(a)}`);
    const title = el(doc, 'td', 'overview-title');
    const go = el(doc, 'button', 'overview-link', short(a.title ? a.title : (a.id ?? 'Untitled article'), 120));
    go.type = 'button';
    go.dir = 'auto';
    go.addEventListener('click', () => {
      const h = card(i).querySelector('.article-title');
      h.tabIndex = -1;
      h.scrollIntoView({ block: 'start' });
      h.focus({ preventScroll: true });
    });
    title.append(go);
    const meta = (x, missing) => {
      if (typeof x !== 'string' || !x.trim()) return el(doc, 'td', 'meta-missing', missing);
      const text = short(x, 60);
      return textBlock(doc, 'td', text.length <= 16 ? 'nowrap' : '', text); // a date such as 2020-10-01 stays whole
    };
    const verdict = el(doc, 'td', 'overview-verdict');
    verdict.append(badge(doc, verdictOf(a)));
    tr.append(title, meta(a.source, 'outlet not given'), meta(a.date, 'date not given'), verdict);
    return tr;
  };
  const update = () => {
    let view = articles.map((_, i) => i).filter((i) => state.stance === 'all' || verdictOf(articles[i]) === state.stance);
    if (state.order === 'verdict') view.sort((x, y) => STANCE_ORDER.indexOf(verdictOf(articles[x])) - STANCE_ORDER.indexOf(verdictOf(articles[y])) || x - y);
    else if (state.order !== 'relevance') {
      const sign = state.order === 'newest' ? -1 : 1;
      view.sort((x, y) => {
        const [tx, ty] = [time(articles[x]), time(articles[y])];
        if (tx === null || ty === null) return (tx === null) - (ty === null) || x - y; // undated last
        return sign * (tx - ty) || x - y;
      });
    }
    const page = view.slice(0, state.shown);
    tbody.replaceChildren(...page.map(row));
    list.replaceChildren(...page.map(card));
    const left = view.length - page.length;
    pager.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, ARTICLES_PAGE).toLocaleString('en')} more article${Math.min(left, ARTICLES_PAGE) === 1 ? '' : 's'} (${left.toLocaleString('en')} not shown)`;
  };
  update();
  return [controls, wrap, list, pager];
}

// The explicit "nothing here" state: absence of coverage is not a verdict.
function notCovered(doc) {
  const box = el(doc, 'div', 'not-covered');
  box.append(el(doc, 'p', 'not-covered-title', 'Not covered by these articles'));
  box.append(
    el(
      doc,
      'p',
      'not-covered-text',
      'None of these articles bears on this claim. That is not the same as false: ' +
        'it only means these articles neither support nor contradict it.',
    ),
  );
  return box;
}

// "Download JSON" and "Download ClaimReview" under a result.
function exportRow(doc, report) {
  const row = el(doc, 'p', 'export-row');
  const stem = fileStem(report.claim);
  const button = (text, save) => {
    const b = el(doc, 'button', 'action-button', text);
    b.type = 'button';
    b.addEventListener('click', save);
    return b;
  };
  row.append(
    button('Download JSON', () => downloadText(doc, `${stem}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json')),
    doc.createTextNode(' '),
    button('Download ClaimReview', () =>
      downloadText(doc, `${stem}.claimreview.jsonld`, `${JSON.stringify(claimReviews(report), null, 2)}\n`, 'application/ld+json'),
    ),
  );
  return row;
}

function renderArticle(doc, a, level, id, opts) {
  const getArticle = opts.getArticle;
  const item = el(doc, 'li', 'article');
  const art = el(doc, 'article', 'article-card');
  art.setAttribute('aria-labelledby', `${id}-title`);

  const h = textBlock(doc, `h${Math.min(6, level)}`, 'article-title');
  h.id = `${id}-title`;
  const title = a.title ? String(a.title) : String(a.id ?? 'Untitled article');
  const href = safeHref(a.url);
  let more;
  if (href) {
    const link = el(doc, 'a', 'article-link');
    const text = el(doc, 'span', 'article-link-text');
    more = cappedText(text, title, DISPLAY_LIMITS.title, 'the title');
    link.href = href;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.append(text, el(doc, 'span', 'visually-hidden', ' (opens in a new tab)'));
    h.append(link);
  } else {
    more = cappedText(h, title, DISPLAY_LIMITS.title, 'the title');
  }
  art.append(h);
  if (more) {
    const row = el(doc, 'p', 'show-more-row');
    row.append(more);
    art.append(row);
  }

  // Outlet and date on every card: said to be missing when the corpus does not give them.
  const p = el(doc, 'p', 'article-meta');
  [
    [a.source, 'the source', 'Outlet not given', 'article-source'],
    [a.date, 'the date', 'date not given', 'article-date'],
  ].forEach(([m, what, missing, cls], i) => {
    if (i) p.append(doc.createTextNode(' · '));
    if (typeof m === 'string' && m.trim() !== '') {
      const span = textBlock(doc, 'span', cls);
      const button = cappedText(span, m, DISPLAY_LIMITS.meta, what);
      p.append(span, ...(button ? [doc.createTextNode(' '), button] : []));
    } else p.append(el(doc, 'span', `${cls} meta-missing`, missing));
  });
  art.append(p);

  // Only stances that a shown sentence backs get a badge, the verdict first; a position the
  // engine found in a sentence it did not return (it returns at most 5) is said in words.
  const stances = shownStances(a);
  const badges = el(doc, 'p', 'article-stances');
  badges.append(el(doc, 'span', 'visually-hidden', 'This article: '));
  for (const s of stances) badges.append(badge(doc, s), doc.createTextNode(' '));
  art.append(badges);
  const all = Array.isArray(a.stances) ? a.stances.map(knownStance) : [];
  const unshown = [...new Set(all)].filter((s) => s !== 'mentions' && !stances.includes(s));
  if (unshown.length) {
    const words = unshown.map((s) => ALSO_PHRASES[s].replace(/^also /, '')).join(' and ');
    art.append(el(doc, 'p', 'unshown-note', `A sentence not shown here also ${words}: the checker shows at most 5 sentences per article; read the whole article below.`));
  }

  const evidence = mergeEvidence(a.evidence);
  // The engine returns at most 5 sentences (one per stance at least): say how many more there are.
  const total = Number.isSafeInteger(a.evidence_total) ? a.evidence_total : 0;
  const hidden = total - (Array.isArray(a.evidence) ? a.evidence.length : 0);
  if (hidden > 0) {
    art.append(el(doc, 'p', 'more-evidence', `+${hidden.toLocaleString('en')} more sentence${hidden === 1 ? '' : 's'} about the claim in this article (read the whole article below).`));
  }
  if (evidence.length) {
    const list = el(doc, 'ul', 'evidence');
    list.setAttribute('aria-label', 'Evidence');
    for (const e of evidence) list.append(renderEvidence(doc, e, a, opts));
    art.append(list);
  }
  if (typeof getArticle === 'function' && evidence.length) art.append(fullText(doc, a, evidence, getArticle));
  item.append(art);
  return item;
}

function renderEvidence(doc, e, a, opts = {}) {
  const stances = e.stances;
  const li = el(doc, 'li', `evidence-item evidence-${stances[0]}`);
  const badges = el(doc, 'p', 'evidence-stances');
  for (const s of stances) badges.append(badge(doc, s), doc.createTextNode(' '));
  li.append(badges);
  const quote = textBlock(doc, 'blockquote', 'evidence-sentence');
  const more = appendCapped(quote, segments(e.sentence, e.marks), {
    limit: DISPLAY_LIMITS.sentence,
    what: 'the sentence',
    put: putMarked('match'),
  });
  li.append(quote);
  if (more) li.append(more);
  if (typeof e.speaker === 'string' && e.speaker.trim()) {
    const by = el(doc, 'p', 'speaker', '— said by ');
    const name = textBlock(doc, 'span', 'speaker-name');
    const button = cappedText(name, e.speaker, DISPLAY_LIMITS.speaker, 'the name');
    by.append(name, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(by);
  }
  // Why, in the engine's plain words (what the sentence says, who decided, how sure); an older
  // engine's bare cue otherwise.
  if (typeof e.why === 'string' && e.why.trim()) {
    const why = el(doc, 'p', 'cue why', 'Why: ');
    const text = textBlock(doc, 'span', 'why-text');
    const button = cappedText(text, e.why, DISPLAY_LIMITS.cue, 'the reason');
    why.append(text, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(why);
  } else if (typeof e.cue === 'string' && e.cue.trim()) {
    const cue = el(doc, 'p', 'cue', 'Cue: ');
    const q = textBlock(doc, 'q', 'cue-text');
    const button = cappedText(q, e.cue, DISPLAY_LIMITS.cue, 'the cue');
    cue.append(q, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(cue);
  }
  if (opts.actions) li.append(citeButton(doc, citationText(a, e), opts.announce));
  return li;
}

// "Copy citation": the clipboard when the browser allows it; otherwise the citation is shown,
// selected, for the reader to copy.
function citeButton(doc, text, announce = () => {}) {
  const row = el(doc, 'p', 'cite-row');
  const b = el(doc, 'button', 'action-button cite-button', 'Copy citation');
  b.type = 'button';
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      b.textContent = 'Citation copied';
      announce('Citation copied.');
    } catch {
      if (!row.querySelector('.citation-text')) {
        const shown = textBlock(doc, 'textarea', 'citation-text', text);
        shown.readOnly = true;
        shown.rows = 3;
        shown.setAttribute('aria-label', 'Citation');
        row.append(shown);
      }
      const shown = row.querySelector('.citation-text');
      shown.focus();
      shown.select();
      announce('Could not copy: the citation is shown selected, copy it with your keyboard.');
    }
  });
  row.append(b);
  return row;
}

// "Read the whole article": a <details> filled on first open (the text can be long, and most
// readers never open it), with every evidence sentence marked where it stands.
function fullText(doc, a, evidence, getArticle) {
  const details = el(doc, 'details', 'full-text');
  const summary = el(doc, 'summary', 'full-text-toggle', 'Read the whole article with the evidence highlighted');
  details.append(summary);
  const body = textBlock(doc, 'div', 'article-text');
  details.append(body);
  const fill = () => {
    if (body.dataset.filled) return;
    body.dataset.filled = '1';
    let article;
    try {
      article = getArticle(String(a.id));
    } catch {
      article = undefined;
    }
    if (!article || typeof article.text !== 'string') {
      body.append(el(doc, 'p', 'message', 'The full text of this article is not available.'));
      return;
    }
    const ranges = evidence.map((e) => [e.start, e.end]);
    const stances = evidence.map((e) => e.stances[0]);
    let open = null; // the <mark> a piece continues when "Show more" splits an evidence sentence
    const more = appendCapped(body, segments(article.text, ranges, stances), {
      limit: DISPLAY_LIMITS.text,
      what: 'the article',
      put: (target, text, piece) => {
        if (!piece.marked) {
          open = null;
          target.append(doc.createTextNode(text));
        } else if (open?.piece === piece && target.lastChild === open.mark) {
          open.mark.append(text); // the rest of a sentence cut at the limit
        } else {
          const tag = el(doc, 'span', `inline-badge badge-${piece.data}`, `[${STANCE_LABELS[piece.data]}] `);
          const mark = el(doc, 'mark', `evidence-mark evidence-${piece.data}`, text);
          target.append(tag, mark);
          open = { piece, mark };
        }
      },
    });
    if (more) details.append(more);
  };
  details.addEventListener('toggle', () => details.open && fill());
  return details;
}

/** Shows a message (an error or a hint) instead of a result. `kind` is 'error' or 'info'. */
export function renderMessage(container, text, kind = 'info') {
  const doc = container.ownerDocument;
  container.replaceChildren(el(doc, 'p', `message message-${kind === 'error' ? 'error' : 'info'}`, text));
}
