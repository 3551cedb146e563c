// The front page's own script (index.html): "Check against your own articles". Files dropped on
// the page or chosen, or a corpus URL, go to the widget's loadCorpus() — the one loader the
// widget has, with its progress and its messages — and the built-in articles are one button
// away. Files are read in this page; nothing is uploaded. Text is set as text only.

const widget = document.querySelector('corroborate-check');
const panel = document.getElementById('own-corpus');
const zone = document.getElementById('drop-zone');
const picker = document.getElementById('corpus-files');
const form = document.getElementById('corpus-url-form');
const address = document.getElementById('corpus-url');
const status = document.getElementById('corpus-status');
const back = document.getElementById('corpus-builtin');

async function load(source, what) {
  status.setAttribute('aria-live', 'polite');
  status.textContent = what;
  status.classList.remove('corpus-status-error');
  await customElements.whenDefined('corroborate-check');
  const detail = await widget.loadCorpus(source);
  const custom = source !== null;
  if (detail.ok) {
    const n = detail.articleCount;
    status.setAttribute('aria-live', 'polite');
    status.textContent = custom ? `Checking against your ${n.toLocaleString('en')} article${n === 1 ? '' : 's'}.` : 'Checking against the built-in articles again.';
  } else {
    // Shown here too, by the controls; the widget's own alert already says it aloud.
    status.setAttribute('aria-live', 'off');
    status.textContent = detail.error;
    status.classList.add('corpus-status-error');
  }
  // The way back: whenever articles other than the built-in ones are (or were meant to be) used.
  back.hidden = !custom && detail.ok;
}

function loadFiles(files) {
  if (!files || files.length === 0) return;
  panel.open = true;
  const list = [...files];
  const names = list.length === 1 ? `“${list[0].name}”` : `${list.length} files`;
  load(list, `Reading ${names} on this device…`);
}

picker.addEventListener('change', () => {
  loadFiles(picker.files);
  picker.value = ''; // the same file chosen again (after editing it) loads again
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const url = address.value.trim();
  if (url) load(url, `Loading “${url}”…`);
});

back.addEventListener('click', () => load(null, 'Going back to the built-in articles…'));

// Files dropped anywhere on the page load (a browser would otherwise open them instead of it).
let depth = 0;
const dragging = (on) => zone.classList.toggle('dragging', on);
addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types?.includes('Files')) return;
  depth += 1;
  dragging(true);
});
addEventListener('dragleave', () => {
  depth = Math.max(0, depth - 1);
  if (depth === 0) dragging(false);
});
addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types?.includes('Files')) e.preventDefault();
});
addEventListener('drop', (e) => {
  if (!e.dataTransfer?.files?.length) return;
  e.preventDefault();
  depth = 0;
  dragging(false);
  loadFiles(e.dataTransfer.files);
});
