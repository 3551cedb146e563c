// Pure DOM rendering of a Corroborate result: no wasm, no network, no global state. Hostile text
// stays harmless here: strings reach the DOM only as text, links only for http(s). Offsets in a
// result are UTF-8 BYTE offsets (`segments`). Fields show at most DISPLAY_LIMITS characters with
// "Show more" (one 250 KB title took Chromium 16 s to lay out).

// ---------------------------------------------------------------------------------------------
// Interface strings, one table per language (by the widget's `lang`, else the page's; English
// for an unknown one or a missing entry). The engine's own words stay English.

const n = (t, x) => Number(x).toLocaleString(t.locale);
const s = (x, one, many) => (x === 1 ? one : many);

const EN = {
  locale: 'en',
  stances: { supports: 'Supports', contradicts: 'Contradicts', denial: 'Reports a denial', mentions: 'Mentions' },
  // What an article's verdict reads as in the summary: (count) => phrase.
  verdictPhrase: {
    supports: (x) => s(x, 'supports it', 'support it'),
    contradicts: (x) => s(x, 'contradicts it', 'contradict it'),
    denial: (x) => s(x, 'reports a denial', 'report a denial'),
    mentions: (x) => s(x, 'only mentions it', 'only mention it'),
  },
  alsoPhrase: {
    supports: (x) => s(x, 'also supports it', 'also support it'),
    contradicts: (x) => s(x, 'also contradicts it', 'also contradict it'),
    denial: (x) => s(x, 'also reports a denial', 'also report a denial'),
  },
  articles: (t, x) => `${n(t, x)} ${s(x, 'article', 'articles')}`,
  ofThese: (list) => ` Of these, ${list.join(' and ')}.`,
  readAs: (pairs) => `Read ${pairs.map(([a, b]) => `“${a}” as “${b}”`).join(', ')}. `,
  someArticles: 'Some articles bear on this claim.',
  notCoveredShort: 'Not covered by these articles.',
  notCoveredTitle: 'Not covered by these articles',
  notCoveredText: 'None of these articles bears on this claim. That is not the same as false: it only means these articles neither support nor contradict it.',
  resultHeading: 'What the articles say',
  claimLabel: 'Claim: ',
  showMore: (t, what, left) => `Show more of ${what} (${n(t, left)} more character${left === 1 ? '' : 's'})`,
  fields: { title: 'the title', source: 'the source', date: 'the date', name: 'the name', reason: 'the reason', cue: 'the cue', sentence: 'the sentence', article: 'the article' },
  downloadJson: 'Download JSON',
  downloadClaimReview: 'Download ClaimReview',
  filterGroup: 'Show articles by verdict',
  all: 'All',
  order: 'Order: ',
  orders: { relevance: 'strongest evidence first', verdict: 'by verdict', newest: 'newest first', oldest: 'oldest first' },
  tableCaption: 'The articles at a glance',
  tableHeads: ['Article', 'Outlet', 'Date', 'Verdict'],
  outletMissing: 'outlet not given',
  outletMissingCard: 'Outlet not given',
  dateMissing: 'date not given',
  untitled: 'Untitled article',
  moreArticles: (t, k, left) => `Show ${n(t, k)} more article${k === 1 ? '' : 's'} (${n(t, left)} not shown)`,
  newTab: ' (opens in a new tab)',
  thisArticle: 'This article: ',
  unshown: (words) => `A sentence not shown here also ${words.join(' and ')}: the checker shows at most 5 sentences per article; read the whole article below.`,
  unshownPhrase: { supports: 'supports it', contradicts: 'contradicts it', denial: 'reports a denial' },
  moreEvidence: (t, x) => `+${n(t, x)} more sentence${x === 1 ? '' : 's'} about the claim in this article (read the whole article below).`,
  evidence: 'Evidence',
  saidBy: '— said by ',
  why: 'Why: ',
  cue: 'Cue: ',
  sure: { high: 'Very sure', medium: 'Fairly sure', low: 'Not very sure' },
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  citationCopiedSaid: 'Citation copied.',
  citation: 'Citation',
  copyFailed: 'Could not copy: the citation is shown selected, copy it with your keyboard.',
  readWhole: 'Read the whole article with the evidence highlighted',
  noFullText: 'The full text of this article is not available.',
  // The widget (corroborate.js).
  loadingButton: 'Loading…',
  check: 'Check',
  formLabel: 'Check a claim',
  claimInput: 'Claim to check',
  hint: 'Type or paste one sentence. It is checked when you pause typing, or at once with Enter; Escape clears it.',
  examples: 'Try an example:',
  loadingChecker: 'Loading the checker…',
  noWasm: 'this browser does not run WebAssembly, which the checker needs (it may be switched off by a security setting such as a lockdown or "enhanced security" mode; allowing WebAssembly for this site, or another browser, makes it work)',
  cannotRun: (why) => `The checker cannot run here: ${why}.`,
  cannotStart: (why) => `The checker could not start: ${why}. Reload the page to try again.`,
  readingFiles: 'Reading the files…',
  loadingArticles: 'Loading the articles…',
  indexing: 'Indexing the articles…',
  progress: (verb, pct, done, total) => `${verb} ${pct}% (${done} of ${total} MB)`,
  progressMb: (verb, done) => `${verb} ${done} MB`,
  stillBefore: 'Still checking against the articles loaded before.',
  builtInInstead: 'Checking against the built-in articles instead.',
  noBuiltIn: (url, why) => `The built-in articles (“${url}”) could not be loaded either: ${why}.`,
  corpusFailed: (why, fallback) => `Could not load the articles: ${why}. ${fallback}`,
  corpusFailedFrom: (url, why, fallback) => `Could not load the articles from “${url}”: ${why}. ${fallback}`,
  builtIn: (t, x) => `the ${n(t, x)} built-in article${x === 1 ? '' : 's'}`,
  fromWhere: (t, x, from) => `${n(t, x)} article${x === 1 ? '' : 's'} from ${from}`,
  servedBy: (origin) => ` (served by ${origin})`,
  moreFiles: (t, x) => ` and ${n(t, x)} more file${x === 1 ? '' : 's'}`,
  onDevice: ' (read on this device)',
  checkingAgainst: (what, scope) => `Checking against ${what}${scope}. Everything runs in your browser.`,
  onMainThread: '(This page does not let the checker run in the background, so the page may pause while it works.)',
  // The coverage phrase after "Checking against …".
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  moreOutlets: (t, x) => `${n(t, x)} more outlets`,
  fromOutlets: (list) => `, from ${list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]}`,
  unnamedOutlets: (t, x) => `; ${n(t, x)} article${x === 1 ? ' names' : 's name'} no outlet;`,
  noOutlets: ', which name no outlet',
  dated: (range) => ` dated ${range}`,
  dateRange: (lo, hi) => `${lo} to ${hi}`,
  undatedSome: (t, x) => ` (${n(t, x)} undated)`,
  undated: ' undated',
  rulesOnly: 'Verdicts come from the rules alone (no language model on this page).',
  modelBadUrl: (url) => `Verdicts come from the rules alone: the language model's address “${url}” is not a valid URL.`,
  modelLoading: 'Loading the language model… Results are preliminary until it has arrived.',
  modelProgress: (done, total) => `Loading the language model… ${done} of ${total} MB. Results are preliminary until it has arrived.`,
  modelProgressMb: (done) => `Loading the language model… ${done} MB. Results are preliminary until it has arrived.`,
  modelFailed: (url, why) => `Could not load the language model from “${url}”: ${why}. Verdicts come from the rules alone.`,
  stillLoading: 'The articles are still loading; your claim will be checked as soon as they are ready.',
  emptyClaim: 'The claim is empty: type or paste a sentence to check.',
  tooLong: (t, chars, max) => `The text is ${n(t, chars)} characters long; the limit is ${n(t, max)}: check one sentence at a time.`,
  preliminary: 'Preliminary: the language model is still loading, so these verdicts come from the rules alone. The claim will be checked again when it arrives.',
  preliminarySaid: (summary) => `Preliminary result: ${summary}`,
  partsLabel: 'Claims in your text',
  parts: (t, count, current) => `Your text has ${n(t, count)} sentences; each is checked as a claim of its own. Showing claim ${n(t, current)} of ${n(t, count)}; choose another:`,
  brokenChecker: 'the checker stopped working. Reload the page to start it again',
  crashedClaim: 'the checker failed on this claim (an internal error). It has been restarted: other claims work as before',
  crashedCorpus: 'the checker failed on these articles (an internal error)',
  // Why a download or a file failed (after "Could not load the articles …: ").
  errors: {
    badUrl: () => 'the address is not a valid URL',
    noAnswer: (t, x) => `the server did not answer within ${n(t, x)} second${x === 1 ? '' : 's'}`,
    stalled: (t, x) => `the download stalled (nothing arrived for ${n(t, x)} second${x === 1 ? '' : 's'})`,
    redirected: () => 'the server redirected the request to another site, which the widget does not follow',
    redirectedTo: (t, origin) => `the server redirected the request to another site (${origin}), which the widget does not follow`,
    requestFailed: () => 'the request failed (the address may be wrong, offline, or not allowed by this page)',
    status: (t, code) => `the server answered ${code}`,
    notModel: (t, type) => `it is not a model file (the server sent ${type ? `"${type}"` : 'no content type'}, expected "application/octet-stream")`,
    notJson: (t, type) => `it is not JSON (the server sent ${type ? `"${type}"` : 'no content type'}, expected "application/json", or "application/octet-stream" for a prebuilt index)`,
    tooLarge: (t, far, mb) => `it is too large (${far ? 'far ' : ''}over the ${mb} MB limit)`,
    cutOff: () => 'the download was cut off',
    neither: () => 'it is neither JSON nor a Corroborate index file',
    notUtf8: () => 'it is not valid UTF-8 text',
    noFiles: () => 'no file was given',
    notCorpusFile: (t, name) => `“${name}” is not a corpus file: use .txt, .json, .jsonl or .idx files`,
    oneFile: () => 'give one .json, .jsonl or .idx file, or any number of .txt files',
    filesTooLarge: (t, mb, max) => `the files are too large (${mb} MB; the limit is ${max} MB)`,
    fileNotUtf8: (t, name) => `${name}: not valid UTF-8 text (convert the file to UTF-8)`,
    fileEmpty: (t, name) => `${name}: the file is empty`,
    notIndex: (t, name) => `${name}: not a Corroborate index file (make one with \`corroborate index\`)`,
    jsonLine: (t, name, line, why) => `${name}:${line}: invalid JSON: ${why}`,
    noArticles: (t, name) => `${name}: the corpus has no articles`,
    archiveFile: (t, path, why) => `the archive's file ${path} could not be used: ${t.errors[why?.key]?.(t, ...(why.args ?? [])) ?? why?.message}`,
  },
};

const FR = {
  locale: 'fr',
  stances: { supports: 'Soutient', contradicts: 'Contredit', denial: 'Rapporte un démenti', mentions: 'Mentionne' },
  verdictPhrase: {
    supports: (x) => s(x, 'la soutient', 'la soutiennent'),
    contradicts: (x) => s(x, 'la contredit', 'la contredisent'),
    denial: (x) => s(x, 'rapporte un démenti', 'rapportent un démenti'),
    mentions: (x) => s(x, 'ne fait que la mentionner', 'ne font que la mentionner'),
  },
  alsoPhrase: {
    supports: (x) => s(x, 'la soutient aussi', 'la soutiennent aussi'),
    contradicts: (x) => s(x, 'la contredit aussi', 'la contredisent aussi'),
    denial: (x) => s(x, 'rapporte aussi un démenti', 'rapportent aussi un démenti'),
  },
  articles: (t, x) => `${n(t, x)} ${s(x, 'article', 'articles')}`,
  ofThese: (list) => ` Parmi eux, ${list.join(' et ')}.`,
  readAs: (pairs) => `Lu ${pairs.map(([a, b]) => `« ${a} » comme « ${b} »`).join(', ')}. `,
  someArticles: 'Certains articles portent sur cette affirmation.',
  notCoveredShort: 'Ces articles n’en disent rien.',
  notCoveredTitle: 'Ces articles n’en disent rien',
  notCoveredText: 'Aucun de ces articles ne porte sur cette affirmation. Cela ne veut pas dire qu’elle est fausse : seulement que ces articles ne la soutiennent ni ne la contredisent.',
  resultHeading: 'Ce que disent les articles',
  claimLabel: 'Affirmation : ',
  showMore: (t, what, left) => `Afficher la suite ${what} (${n(t, left)} caractère${left === 1 ? '' : 's'} de plus)`,
  fields: { title: 'du titre', source: 'de la source', date: 'de la date', name: 'du nom', reason: 'de la raison', cue: 'de l’indice', sentence: 'de la phrase', article: 'de l’article' },
  downloadJson: 'Télécharger le JSON',
  downloadClaimReview: 'Télécharger le ClaimReview',
  filterGroup: 'Afficher les articles selon leur verdict',
  all: 'Tous',
  order: 'Ordre : ',
  orders: { relevance: 'preuves les plus fortes d’abord', verdict: 'par verdict', newest: 'les plus récents d’abord', oldest: 'les plus anciens d’abord' },
  tableCaption: 'Les articles en un coup d’œil',
  tableHeads: ['Article', 'Média', 'Date', 'Verdict'],
  outletMissing: 'média non indiqué',
  outletMissingCard: 'Média non indiqué',
  dateMissing: 'date non indiquée',
  untitled: 'Article sans titre',
  moreArticles: (t, k, left) => `Afficher ${n(t, k)} article${k === 1 ? '' : 's'} de plus (${n(t, left)} non affiché${left === 1 ? '' : 's'})`,
  newTab: ' (s’ouvre dans un nouvel onglet)',
  thisArticle: 'Cet article : ',
  unshown: (words) => `Une phrase non affichée ici ${words.join(' et ')} aussi : le vérificateur affiche au plus 5 phrases par article ; lisez l’article entier ci-dessous.`,
  unshownPhrase: { supports: 'la soutient', contradicts: 'la contredit', denial: 'rapporte un démenti' },
  moreEvidence: (t, x) => `+${n(t, x)} autre${x === 1 ? ' phrase' : 's phrases'} sur l’affirmation dans cet article (lisez l’article entier ci-dessous).`,
  evidence: 'Preuves',
  saidBy: '— selon ',
  why: 'Pourquoi : ',
  cue: 'Indice : ',
  sure: { high: 'Très sûr', medium: 'Assez sûr', low: 'Peu sûr' },
  copyCitation: 'Copier la citation',
  citationCopied: 'Citation copiée',
  citationCopiedSaid: 'Citation copiée.',
  citation: 'Citation',
  copyFailed: 'Copie impossible : la citation est affichée sélectionnée, copiez-la au clavier.',
  readWhole: 'Lire l’article entier, preuves surlignées',
  noFullText: 'Le texte complet de cet article n’est pas disponible.',
  loadingButton: 'Chargement…',
  check: 'Vérifier',
  formLabel: 'Vérifier une affirmation',
  claimInput: 'Affirmation à vérifier (en anglais)',
  hint: 'Tapez ou collez une phrase en anglais. Elle est vérifiée dès que vous cessez de taper, ou aussitôt avec Entrée ; Échap l’efface.',
  examples: 'Essayez un exemple :',
  loadingChecker: 'Chargement du vérificateur…',
  noWasm: 'ce navigateur n’exécute pas WebAssembly, dont le vérificateur a besoin (un réglage de sécurité, comme un mode « isolement » ou « sécurité renforcée », peut l’avoir désactivé ; autoriser WebAssembly pour ce site, ou un autre navigateur, le fait fonctionner)',
  cannotRun: (why) => `Le vérificateur ne peut pas fonctionner ici : ${why}.`,
  cannotStart: (why) => `Le vérificateur n’a pas pu démarrer : ${why}. Rechargez la page pour réessayer.`,
  readingFiles: 'Lecture des fichiers…',
  loadingArticles: 'Chargement des articles…',
  indexing: 'Indexation des articles…',
  progress: (verb, pct, done, total) => `${verb} ${pct} % (${done} sur ${total} Mo)`,
  progressMb: (verb, done) => `${verb} ${done} Mo`,
  stillBefore: 'La vérification continue avec les articles chargés auparavant.',
  builtInInstead: 'La vérification se fait avec les articles intégrés.',
  noBuiltIn: (url, why) => `Les articles intégrés (« ${url} ») n’ont pas pu être chargés non plus : ${why}.`,
  corpusFailed: (why, fallback) => `Impossible de charger les articles : ${why}. ${fallback}`,
  corpusFailedFrom: (url, why, fallback) => `Impossible de charger les articles depuis « ${url} » : ${why}. ${fallback}`,
  builtIn: (t, x) => `${x === 1 ? 'l’article intégré' : `les ${n(t, x)} articles intégrés`}`,
  fromWhere: (t, x, from) => `${n(t, x)} article${x === 1 ? '' : 's'} de ${from}`,
  servedBy: (origin) => ` (servis par ${origin})`,
  moreFiles: (t, x) => ` et ${n(t, x)} autre${x === 1 ? ' fichier' : 's fichiers'}`,
  onDevice: ' (lus sur cet appareil)',
  checkingAgainst: (what, scope) => `Vérification avec ${what}${scope}. Tout se passe dans votre navigateur.`,
  onMainThread: '(Cette page ne laisse pas le vérificateur travailler en arrière-plan : elle peut marquer des pauses pendant qu’il travaille.)',
  months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  moreOutlets: (t, x) => `${n(t, x)} autres médias`,
  fromOutlets: (list) => `, de ${list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list.at(-1)}` : list[0]}`,
  unnamedOutlets: (t, x) => `; ${n(t, x)} article${x === 1 ? ' ne nomme' : 's ne nomment'} aucun média;`,
  noOutlets: ', qui ne nomment aucun média',
  dated: (range) => ` datés ${range}`,
  dateRange: (lo, hi) => `du ${lo} au ${hi}`,
  undatedSome: (t, x) => ` (${n(t, x)} sans date)`,
  undated: ' sans date',
  rulesOnly: 'Les verdicts viennent des seules règles (pas de modèle de langue sur cette page).',
  modelBadUrl: (url) => `Les verdicts viennent des seules règles : l’adresse du modèle de langue « ${url} » n’est pas une URL valide.`,
  modelLoading: 'Chargement du modèle de langue… Les résultats sont provisoires jusqu’à son arrivée.',
  modelProgress: (done, total) => `Chargement du modèle de langue… ${done} sur ${total} Mo. Les résultats sont provisoires jusqu’à son arrivée.`,
  modelProgressMb: (done) => `Chargement du modèle de langue… ${done} Mo. Les résultats sont provisoires jusqu’à son arrivée.`,
  modelFailed: (url, why) => `Impossible de charger le modèle de langue depuis « ${url} » : ${why}. Les verdicts viennent des seules règles.`,
  stillLoading: 'Les articles sont encore en chargement ; votre affirmation sera vérifiée dès qu’ils seront prêts.',
  emptyClaim: 'L’affirmation est vide : tapez ou collez une phrase à vérifier.',
  tooLong: (t, chars, max) => `Le texte fait ${n(t, chars)} caractères ; la limite est de ${n(t, max)} : vérifiez une phrase à la fois.`,
  preliminary: 'Provisoire : le modèle de langue est encore en chargement, ces verdicts viennent donc des seules règles. L’affirmation sera vérifiée à nouveau à son arrivée.',
  preliminarySaid: (summary) => `Résultat provisoire : ${summary}`,
  partsLabel: 'Les affirmations de votre texte',
  parts: (t, count, current) => `Votre texte compte ${n(t, count)} phrases ; chacune est vérifiée comme une affirmation distincte. Affirmation ${n(t, current)} sur ${n(t, count)} affichée ; choisissez-en une autre :`,
  brokenChecker: 'le vérificateur a cessé de fonctionner. Rechargez la page pour le relancer',
  crashedClaim: 'le vérificateur a échoué sur cette affirmation (une erreur interne). Il a été relancé : les autres affirmations fonctionnent comme avant',
  crashedCorpus: 'le vérificateur a échoué sur ces articles (une erreur interne)',
  errors: {
    badUrl: () => 'l’adresse n’est pas une URL valide',
    noAnswer: (t, x) => `le serveur n’a pas répondu en ${n(t, x)} seconde${x < 2 ? '' : 's'}`,
    stalled: (t, x) => `le téléchargement s’est arrêté (rien reçu pendant ${n(t, x)} seconde${x < 2 ? '' : 's'})`,
    redirected: () => 'le serveur a redirigé la requête vers un autre site, ce que le widget ne suit pas',
    redirectedTo: (t, origin) => `le serveur a redirigé la requête vers un autre site (${origin}), ce que le widget ne suit pas`,
    requestFailed: () => 'la requête a échoué (adresse erronée, hors ligne, ou non autorisée par cette page)',
    status: (t, code) => `le serveur a répondu ${code}`,
    notModel: (t, type) => `ce n’est pas un fichier de modèle (le serveur a envoyé ${type ? `« ${type} »` : 'aucun type de contenu'}, attendu « application/octet-stream »)`,
    notJson: (t, type) => `ce n’est pas du JSON (le serveur a envoyé ${type ? `« ${type} »` : 'aucun type de contenu'}, attendu « application/json », ou « application/octet-stream » pour un index)`,
    tooLarge: (t, far, mb) => `c’est trop volumineux (${far ? 'bien ' : ''}au-delà de la limite de ${mb} Mo)`,
    cutOff: () => 'le téléchargement a été interrompu',
    neither: () => 'ce n’est ni du JSON ni un fichier d’index Corroborate',
    notUtf8: () => 'ce n’est pas du texte UTF-8 valide',
    noFiles: () => 'aucun fichier n’a été donné',
    notCorpusFile: (t, name) => `« ${name} » n’est pas un fichier d’articles : utilisez des fichiers .txt, .json, .jsonl ou .idx`,
    oneFile: () => 'donnez un seul fichier .json, .jsonl ou .idx, ou autant de fichiers .txt que vous voulez',
    filesTooLarge: (t, mb, max) => `les fichiers sont trop volumineux (${mb} Mo ; la limite est de ${max} Mo)`,
    fileNotUtf8: (t, name) => `${name} : ce n’est pas du texte UTF-8 valide (convertissez le fichier en UTF-8)`,
    fileEmpty: (t, name) => `${name} : le fichier est vide`,
    notIndex: (t, name) => `${name} : ce n’est pas un fichier d’index Corroborate (créez-en un avec \`corroborate index\`)`,
    jsonLine: (t, name, line, why) => `${name}:${line} : JSON invalide : ${why}`,
    noArticles: (t, name) => `${name} : le corpus ne contient aucun article`,
    archiveFile: (t, path, why) => `le fichier ${path} de l’archive est inutilisable : ${t.errors[why?.key]?.(t, ...(why.args ?? [])) ?? why?.message}`,
  },
};

/** The interface strings, one table per language (BCP 47 primary subtag). */
export const STRINGS = Object.freeze({ en: EN, fr: FR });

/**
 * The table for `lang` ("fr", "fr-CA", "FR"…): its primary subtag's, else English. Entries a
 * table lacks come from English.
 */
export function stringsFor(lang) {
  const key = String(lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const table = Object.prototype.hasOwnProperty.call(STRINGS, key) ? STRINGS[key] : EN;
  return table === EN ? EN : { ...EN, ...table, errors: { ...EN.errors, ...table.errors } };
}

/** The label a reader sees for each stance (the same words as the CLI's). */
export const STANCE_LABELS = Object.freeze({ ...EN.stances });

// A symbol beside each label, so the badge never relies on colour alone; hidden from screen
// readers because the label already says it.
const STANCE_ICONS = Object.freeze({ supports: '✓', contradicts: '✗', denial: '!', mentions: '·' });
const SURE = Object.freeze({ __proto__: null, high: 3, medium: 2, low: 1 });

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

/** Splits `text` by byte `ranges` (clamped, sorted, merged) into [{text, marked, data}] pieces. */
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
    if (last && (r.s < last.e || (r.s === last.e && r.d === last.d))) last.e = Math.max(last.e, r.e);
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

// Bidi controls can make text read backwards ("evil\u202Eexe.txt"): dropped from display (after
// offsets are applied, so highlights never shift).
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

/** Characters of each field shown before "Show more", and how many more each press shows. */
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
 * Puts `pieces` (from `segments`) into `target` via `put`, at most `limit` characters; returns a
 * "Show more" button (`step` more per press) for the caller to place, or null.
 */
export function appendCapped(target, pieces, { limit, step = DISPLAY_LIMITS.more, what, put, t = EN }) {
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
    button.textContent = t.showMore(t, t.fields[what] ?? what, left);
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
function cappedText(target, text, limit, what, t = EN) {
  return appendCapped(target, [{ text: String(text ?? ''), marked: false }], { limit, what, put: putMarked(''), t });
}

/** A stance badge: icon + label + a class that gives it its colour. */
export function badge(doc, stance, t = EN) {
  const s = knownStance(stance);
  const b = el(doc, 'span', `badge badge-${s}`);
  const icon = el(doc, 'span', 'badge-icon', STANCE_ICONS[s]);
  icon.setAttribute('aria-hidden', 'true');
  b.append(icon, el(doc, 'span', 'badge-label', t.stances[s]));
  return b;
}

/** The summary shown and announced: each article counted once, by its verdict (README). */
export function summaryText(report, t = EN) {
  if (!report || typeof report !== 'object') return '';
  // Misspelt words the engine read as the corpus's words are said first ("Read “Turky” as
  // “Turkey”."): the reader should know what was checked.
  const fixes = Array.isArray(report.corrected) ? report.corrected.filter((c) => c && typeof c.from === 'string' && typeof c.to === 'string') : [];
  const read = fixes.length ? t.readAs(fixes.map((c) => [c.from, c.to])) : '';
  const counted = countedSummary(report, t);
  if (counted !== null) return read + counted;
  if (typeof report.summary === 'string' && report.summary) return report.summary; // the engine's says it already
  return report.covered ? t.someArticles : t.notCoveredShort;
}

// Each article once, by its verdict (null when the report is not a covered statement).
function countedSummary(report, t) {
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
      return `${i === 0 ? t.articles(t, n) : n.toLocaleString(t.locale)} ${t.verdictPhrase[s](n)}`;
    });
    let text = `${parts.join(', ')}.`;
    const also = order.filter((s) => extra.has(s)).map((s) => `${extra.get(s).toLocaleString(t.locale)} ${t.alsoPhrase[s](extra.get(s))}`);
    if (also.length) text += t.ofThese(also);
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
      if (Array.isArray(e.cue_marks)) seen.cue_marks = [...(seen.cue_marks ?? []), ...e.cue_marks];
      if (seen.stance === 'mentions') seen.confidence = e.confidence;
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

/** The result as schema.org ClaimReview objects: one per article that takes a position (README). */
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
 * Renders `report` (what `checker.check()` returns) into `container`. Options: headingLevel (2),
 * getArticle ((id) => article or its promise: "read the whole article"), idPrefix ('cc'),
 * actions (downloads and "Copy citation"), announce ((text) => void), strings, progressive
 * (cards a few per task; the section's `built` promise resolves when all are there).
 */
export function renderReport(report, container, opts = {}) {
  const doc = container.ownerDocument;
  const level = Math.min(5, Math.max(1, Number(opts.headingLevel) || 2));
  const idPrefix = String(opts.idPrefix || 'cc');
  const t = opts.strings ?? EN;
  opts = { ...opts, t };
  container.replaceChildren();

  const section = el(doc, 'section', 'report');
  const headingId = `${idPrefix}-result-heading`;
  section.setAttribute('aria-labelledby', headingId);
  const heading = el(doc, `h${level}`, 'report-heading', t.resultHeading);
  heading.id = headingId;
  section.append(heading);

  const claim = el(doc, 'p', 'claim');
  claim.append(el(doc, 'span', 'claim-label', t.claimLabel));
  const q = textBlock(doc, 'q', 'claim-text');
  appendHighlighted(q, report.claim, report.claim_marks);
  claim.append(q);
  section.append(claim);

  const articles = Array.isArray(report.articles) ? report.articles : [];
  if ((!report.covered || articles.length === 0) && report.statement !== false) {
    section.append(notCovered(doc, t)); // says it all; the summary would repeat it
  } else {
    // (A bare name or topic gets the engine's guidance, even when no article mentions it.)
    const summary = el(doc, 'p', 'summary', summaryText(report, t));
    // The engine's own sentence (for a bare name or topic) is English, whatever the interface.
    if (t !== EN && countedSummary(report, t) === null) summary.lang = 'en';
    section.append(summary);
    if (articles.length) section.append(...articleViews(doc, articles, level, idPrefix, opts));
  }
  if (opts.actions) section.append(exportRow(doc, report, t));
  container.append(section);
  section.built = opts.built ?? Promise.resolve();
  return section;
}

/** Cards built per task when a result is shown progressively (each takes a few ms at full
 * speed; two together took 59-78 ms at 4x CPU on a busy machine, over the 50 ms of a long task). */
const CARDS_PER_TASK = 1;

/** Resolves in a later task (not a timer: fake clocks in tests and background tabs delay those). */
export const nextTask = () =>
  globalThis.scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => resolve();
        c.port2.postMessage(0);
      });

/** How many articles are shown at first, and how many more each "Show more articles" adds. */
export const ARTICLES_PAGE = 20;

const STANCE_ORDER = ['supports', 'contradicts', 'denial', 'mentions'];

// A short cut of a field for the overview table (the card below has the whole of it).
function short(text, n) {
  const t = displayText(text).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${cut(t, n - 1)}…` : t;
}

/** A table first (filter, order), then the cards, ARTICLES_PAGE at a time, each built when shown. */
function articleViews(doc, articles, level, idPrefix, opts) {
  const { t } = opts;
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
  filters.setAttribute('aria-label', t.filterGroup);
  const counts = new Map();
  for (const a of articles) counts.set(verdictOf(a), (counts.get(verdictOf(a)) ?? 0) + 1);
  const filterButtons = [];
  for (const stance of ['all', ...STANCE_ORDER.filter((x) => counts.has(x))]) {
    const b = el(doc, 'button', 'action-button filter-button');
    b.type = 'button';
    b.dataset.stance = stance;
    const n = stance === 'all' ? articles.length : counts.get(stance);
    b.textContent = `${stance === 'all' ? t.all : t.stances[stance]} (${n.toLocaleString(t.locale)})`;
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
  const sortLabel = el(doc, 'label', 'overview-sort', t.order);
  const sort = el(doc, 'select', 'sort-select');
  for (const [value, text] of Object.entries(t.orders)) {
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
  table.append(el(doc, 'caption', 'visually-hidden', t.tableCaption));
  const head = el(doc, 'tr');
  for (const h of t.tableHeads) {
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
    const go = el(doc, 'button', 'overview-link', short(a.title ? a.title : (a.id ?? t.untitled), 120));
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
    verdict.append(badge(doc, verdictOf(a), t));
    tr.append(title, meta(a.source, t.outletMissing), meta(a.date, t.dateMissing), verdict);
    return tr;
  };
  let updates = 0;
  const update = (progressive = false) => {
    const run = ++updates;
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
    const left = view.length - page.length;
    pager.hidden = left <= 0;
    more.textContent = t.moreArticles(t, Math.min(left, ARTICLES_PAGE), left);
    if (!progressive) return list.replaceChildren(...page.map(card));
    list.replaceChildren();
    return (async () => {
      // Even the first cards wait for a task of their own: the summary and the table are the
      // first task's work (together they went over 50 ms at 4x CPU throttling).
      for (let i = 0; i < page.length && run === updates; i += CARDS_PER_TASK) {
        await nextTask();
        if (run === updates && (i === 0 || list.isConnected)) list.append(...page.slice(i, i + CARDS_PER_TASK).map(card));
      }
    })();
  };
  opts.built = update(opts.progressive);
  return [controls, wrap, list, pager];
}

// The explicit "nothing here" state: absence of coverage is not a verdict.
function notCovered(doc, t) {
  const box = el(doc, 'div', 'not-covered');
  box.append(el(doc, 'p', 'not-covered-title', t.notCoveredTitle));
  box.append(el(doc, 'p', 'not-covered-text', t.notCoveredText));
  return box;
}

// "Download JSON" and "Download ClaimReview" under a result.
function exportRow(doc, report, t) {
  const row = el(doc, 'p', 'export-row');
  const stem = fileStem(report.claim);
  const button = (text, save) => {
    const b = el(doc, 'button', 'action-button', text);
    b.type = 'button';
    b.addEventListener('click', save);
    return b;
  };
  row.append(
    button(t.downloadJson, () => downloadText(doc, `${stem}.json`, `${JSON.stringify(report, null, 2)}\n`, 'application/json')),
    doc.createTextNode(' '),
    button(t.downloadClaimReview, () =>
      downloadText(doc, `${stem}.claimreview.jsonld`, `${JSON.stringify(claimReviews(report), null, 2)}\n`, 'application/ld+json'),
    ),
  );
  return row;
}

function renderArticle(doc, a, level, id, opts) {
  const { getArticle, t } = opts;
  const item = el(doc, 'li', 'article');
  const art = el(doc, 'article', 'article-card');
  art.setAttribute('aria-labelledby', `${id}-title`);

  const h = textBlock(doc, `h${Math.min(6, level)}`, 'article-title');
  h.id = `${id}-title`;
  const title = a.title ? String(a.title) : String(a.id ?? t.untitled);
  const href = safeHref(a.url);
  let more;
  if (href) {
    const link = el(doc, 'a', 'article-link');
    const text = el(doc, 'span', 'article-link-text');
    more = cappedText(text, title, DISPLAY_LIMITS.title, 'title', t);
    link.href = href;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.append(text, el(doc, 'span', 'visually-hidden', t.newTab));
    h.append(link);
  } else {
    more = cappedText(h, title, DISPLAY_LIMITS.title, 'title', t);
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
    [a.source, 'source', t.outletMissingCard, 'article-source'],
    [a.date, 'date', t.dateMissing, 'article-date'],
  ].forEach(([m, what, missing, cls], i) => {
    if (i) p.append(doc.createTextNode(' · '));
    if (typeof m === 'string' && m.trim() !== '') {
      const span = textBlock(doc, 'span', cls);
      const button = cappedText(span, m, DISPLAY_LIMITS.meta, what, t);
      p.append(span, ...(button ? [doc.createTextNode(' '), button] : []));
    } else p.append(el(doc, 'span', `${cls} meta-missing`, missing));
  });
  art.append(p);

  // Only stances that a shown sentence backs get a badge, the verdict first; a position the
  // engine found in a sentence it did not return (it returns at most 5) is said in words.
  const stances = shownStances(a);
  const badges = el(doc, 'p', 'article-stances');
  badges.append(el(doc, 'span', 'visually-hidden', t.thisArticle));
  for (const s of stances) badges.append(badge(doc, s, t), doc.createTextNode(' '));
  art.append(badges);
  const all = Array.isArray(a.stances) ? a.stances.map(knownStance) : [];
  const unshown = [...new Set(all)].filter((s) => s !== 'mentions' && !stances.includes(s));
  if (unshown.length) {
    art.append(el(doc, 'p', 'unshown-note', t.unshown(unshown.map((s) => t.unshownPhrase[s]))));
  }

  const evidence = mergeEvidence(a.evidence);
  // The engine returns at most 5 sentences (one per stance at least): say how many more there are.
  const total = Number.isSafeInteger(a.evidence_total) ? a.evidence_total : 0;
  const hidden = total - (Array.isArray(a.evidence) ? a.evidence.length : 0);
  if (hidden > 0) {
    art.append(el(doc, 'p', 'more-evidence', t.moreEvidence(t, hidden)));
  }
  if (evidence.length) {
    const list = el(doc, 'ul', 'evidence');
    list.setAttribute('aria-label', t.evidence);
    for (const e of evidence) list.append(renderEvidence(doc, e, a, opts));
    art.append(list);
  }
  if (typeof getArticle === 'function' && evidence.length) art.append(fullText(doc, a, evidence, getArticle, t));
  item.append(art);
  return item;
}

function renderEvidence(doc, e, a, opts = {}) {
  const stances = e.stances;
  const t = opts.t ?? EN;
  const li = el(doc, 'li', `evidence-item evidence-${stances[0]}`);
  const badges = el(doc, 'p', 'evidence-stances');
  for (const s of stances) badges.append(badge(doc, s, t), doc.createTextNode(' '));
  // How sure the engine is: words and 3/2/1 filled dots (a mention takes no position).
  const sure = stances[0] !== 'mentions' && SURE[e.confidence];
  if (sure) {
    const c = el(doc, 'span', 'confidence');
    const dots = el(doc, 'span', 'confidence-dots', '●●●○○'.slice(3 - sure, 6 - sure));
    dots.setAttribute('aria-hidden', 'true');
    c.append(dots, t.sure[e.confidence]);
    badges.append(c);
  }
  li.append(badges);
  // The deciding words (listed first: they win an overlap with a matched word).
  const cues = Array.isArray(e.cue_marks) ? e.cue_marks : [];
  const quote = textBlock(doc, 'blockquote', 'evidence-sentence');
  const more = appendCapped(quote, segments(e.sentence, [...cues, ...(Array.isArray(e.marks) ? e.marks : [])], cues.map(() => 'cue-mark')), {
    limit: DISPLAY_LIMITS.sentence,
    what: 'sentence',
    put: (target, text, piece) => putMarked(piece.data ?? 'match')(target, text, piece),
    t,
  });
  li.append(quote);
  if (more) li.append(more);
  if (typeof e.speaker === 'string' && e.speaker.trim()) {
    const by = el(doc, 'p', 'speaker', t.saidBy);
    const name = textBlock(doc, 'span', 'speaker-name');
    const button = cappedText(name, e.speaker, DISPLAY_LIMITS.speaker, 'name', t);
    by.append(name, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(by);
  }
  // Why, in the engine's plain words (what the sentence says, who decided, how sure); an older
  // engine's bare cue otherwise.
  if (typeof e.why === 'string' && e.why.trim()) {
    const why = el(doc, 'p', 'cue why', t.why);
    const text = textBlock(doc, 'span', 'why-text');
    if (t !== EN) text.lang = 'en'; // the engine's words
    const button = cappedText(text, e.why, DISPLAY_LIMITS.cue, 'reason', t);
    why.append(text, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(why);
  } else if (typeof e.cue === 'string' && e.cue.trim()) {
    const cue = el(doc, 'p', 'cue', t.cue);
    const q = textBlock(doc, 'q', 'cue-text');
    const button = cappedText(q, e.cue, DISPLAY_LIMITS.cue, 'cue', t);
    cue.append(q, ...(button ? [doc.createTextNode(' '), button] : []));
    li.append(cue);
  }
  if (opts.actions) li.append(citeButton(doc, citationText(a, e), opts.announce, t));
  return li;
}

// "Copy citation": the clipboard when the browser allows it; otherwise the citation is shown,
// selected, for the reader to copy.
function citeButton(doc, text, announce = () => {}, t = EN) {
  const row = el(doc, 'p', 'cite-row');
  const b = el(doc, 'button', 'action-button cite-button', t.copyCitation);
  b.type = 'button';
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      b.textContent = t.citationCopied;
      announce(t.citationCopiedSaid);
    } catch {
      if (!row.querySelector('.citation-text')) {
        const shown = textBlock(doc, 'textarea', 'citation-text', text);
        shown.readOnly = true;
        shown.rows = 3;
        shown.setAttribute('aria-label', t.citation);
        row.append(shown);
      }
      const shown = row.querySelector('.citation-text');
      shown.focus();
      shown.select();
      announce(t.copyFailed);
    }
  });
  row.append(b);
  return row;
}

// "Read the whole article": a <details> filled on first open (the text can be long, and most
// readers never open it), with every evidence sentence marked where it stands.
function fullText(doc, a, evidence, getArticle, t = EN) {
  const details = el(doc, 'details', 'full-text');
  const summary = el(doc, 'summary', 'full-text-toggle', t.readWhole);
  details.append(summary);
  const body = textBlock(doc, 'div', 'article-text');
  details.append(body);
  let asked = false;
  const fill = async () => {
    if (asked) return;
    asked = true;
    let article;
    try {
      article = await getArticle(String(a.id)); // (the engine answers from its worker)
    } catch {
      article = undefined;
    }
    body.dataset.filled = '1';
    if (!article || typeof article.text !== 'string') {
      body.append(el(doc, 'p', 'message', t.noFullText));
      return;
    }
    const ranges = evidence.map((e) => [e.start, e.end]);
    const stances = evidence.map((e) => e.stances[0]);
    let open = null; // the <mark> a piece continues when "Show more" splits an evidence sentence
    const more = appendCapped(body, segments(article.text, ranges, stances), {
      limit: DISPLAY_LIMITS.text,
      what: 'article',
      t,
      put: (target, text, piece) => {
        if (!piece.marked) {
          open = null;
          target.append(doc.createTextNode(text));
        } else if (open?.piece === piece && target.lastChild === open.mark) {
          open.mark.append(text); // the rest of a sentence cut at the limit
        } else {
          const tag = el(doc, 'span', `inline-badge badge-${piece.data}`, `[${t.stances[piece.data]}] `);
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
