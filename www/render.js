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

/** The short sentence announced to screen readers for a result. */
export function summaryText(report) {
  if (!report || typeof report !== 'object') return '';
  if (typeof report.summary === 'string' && report.summary) return report.summary;
  return report.covered ? 'Some articles bear on this claim.' : 'Not covered by these articles.';
}

/**
 * Renders `report` (the object `checker.check()` returns) into `container`, replacing its
 * content. Options:
 *   headingLevel  level of the result heading (article titles are one below); default 2
 *   getArticle    (id) => {text, ...} | undefined — enables "read the whole article"
 *   idPrefix      prefix for generated ids (several widgets on one page); default 'cc'
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
    const list = el(doc, 'ol', 'articles');
    articles.forEach((a, i) => list.append(renderArticle(doc, a, level + 1, `${idPrefix}-a${i}`, opts.getArticle)));
    section.append(list);
  }
  container.append(section);
  return section;
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

function renderArticle(doc, a, level, id, getArticle) {
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

  const meta = [a.source, a.date].filter((x) => typeof x === 'string' && x.trim() !== '');
  if (meta.length) {
    const p = el(doc, 'p', 'article-meta');
    meta.forEach((m, i) => {
      const span = textBlock(doc, 'span', '');
      const button = cappedText(span, m, DISPLAY_LIMITS.meta, i === 0 && a.source === m ? 'the source' : 'the date');
      p.append(...(i ? [doc.createTextNode(' · ')] : []), span, ...(button ? [doc.createTextNode(' '), button] : []));
    });
    art.append(p);
  }

  const stances = Array.isArray(a.stances) && a.stances.length ? a.stances : [a.verdict];
  const badges = el(doc, 'p', 'article-stances');
  badges.append(el(doc, 'span', 'visually-hidden', 'This article: '));
  for (const s of stances) badges.append(badge(doc, s), doc.createTextNode(' '));
  art.append(badges);

  const evidence = Array.isArray(a.evidence) ? a.evidence : [];
  if (evidence.length) {
    const list = el(doc, 'ul', 'evidence');
    list.setAttribute('aria-label', 'Evidence');
    for (const e of evidence) list.append(renderEvidence(doc, e));
    art.append(list);
  }
  if (typeof getArticle === 'function' && evidence.length) art.append(fullText(doc, a, evidence, getArticle));
  item.append(art);
  return item;
}

function renderEvidence(doc, e) {
  const li = el(doc, 'li', `evidence-item evidence-${knownStance(e.stance)}`);
  const badges = el(doc, 'p', 'evidence-stances');
  const stances = Array.isArray(e.stances) && e.stances.length ? e.stances : [e.stance];
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
  if (typeof e.cue === 'string' && e.cue.trim()) {
    const cue = el(doc, 'p', 'cue', 'Cue: ');
    const q = textBlock(doc, 'q', 'cue-text');
    const button = cappedText(q, e.cue, DISPLAY_LIMITS.cue, 'the cue');
    cue.append(q, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(cue);
  }
  return li;
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
    const stances = evidence.map((e) => knownStance(e.stance));
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
