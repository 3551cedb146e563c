#!/usr/bin/env node
// Builds a pagefind bundle for each benchmark corpus, for www/bench.html's pagefind row: a
// static, prebuilt, chunked index that the page loads with pagefind's own pagefind.js.
//
//   node scripts/build-pagefind.mjs [seed,fnc200,fnc,10k]    (default: every JSON corpus in
//                                                              bench/data/manifest.json but 100k, and seed)
//
// Writes bench/data/pagefind-NAME/ (git-ignored) through pagefind's Node API (createIndex,
// addCustomRecord, writeFiles; the npm package runs its platform binary, @pagefind/linux-x64
// here, installed by `npm ci` from package-lock.json), and bench/data/pagefind-NAME/build.json:
// the wall time of the build (records added + files written), the articles and their text
// bytes (title + text, UTF-8, as the page counts them), the bundle's bytes. A record is one
// article: url "/N" (N its index in the corpus), content title + blank line + text, language
// en, meta title. seed is built from corpus/*.txt (first line the title). A bundle newer than
// its corpus, this script and package-lock.json is kept.

import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'bench', 'data');
const SELF = fileURLToPath(import.meta.url);

function corpusSource(name) {
  if (name === 'seed') {
    const dir = path.join(ROOT, 'corpus');
    return { files: readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)), seed: true };
  }
  const manifest = JSON.parse(readFileSync(path.join(DATA, 'manifest.json'), 'utf8'));
  const entry = manifest[name];
  if (!entry) throw new Error(`no corpus "${name}" in bench/data/manifest.json`);
  return { files: [path.join(DATA, entry.file)], seed: false };
}

function articlesOf(src) {
  if (!src.seed) return JSON.parse(readFileSync(src.files[0], 'utf8'));
  return src.files.sort().map((f) => {
    const [title, ...rest] = readFileSync(f, 'utf8').split('\n');
    return { title, text: rest.join('\n').trim() };
  });
}

function dirBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

async function build(name) {
  const src = corpusSource(name);
  const out = path.join(DATA, `pagefind-${name}`);
  const stamp = path.join(out, 'build.json');
  const newest = Math.max(...src.files.map((f) => statSync(f).mtimeMs), statSync(SELF).mtimeMs, statSync(path.join(ROOT, 'package-lock.json')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newest) {
    console.error(`pagefind: ${path.relative(ROOT, out)} is up to date`);
    return;
  }
  const articles = articlesOf(src);
  const enc = new TextEncoder();
  const textBytes = articles.reduce((n, a) => n + enc.encode(a.title || '').length + enc.encode(a.text || '').length, 0);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const r = await index.addCustomRecord({
      url: `/${i}`,
      content: `${a.title || ''}\n\n${a.text || ''}`,
      language: 'en',
      meta: { title: a.title || '' },
    });
    if (r.errors.length) throw new Error(`pagefind addCustomRecord ${i}: ${r.errors.join('; ')}`);
  }
  const w = await index.writeFiles({ outputPath: out });
  if (w.errors.length) throw new Error(`pagefind writeFiles: ${w.errors.join('; ')}`);
  const ms = performance.now() - t0;
  await index.deleteIndex();
  const info = {
    corpus: name,
    articles: articles.length,
    text_bytes: textBytes,
    build_ms: Number(ms.toFixed(1)),
    bundle_bytes: dirBytes(out),
    pagefind: JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version,
  };
  writeFileSync(stamp, `${JSON.stringify(info, null, 1)}\n`);
  console.error(`pagefind: ${path.relative(ROOT, out)}: ${articles.length} articles in ${(ms / 1000).toFixed(1)} s, ${(info.bundle_bytes / 1e6).toFixed(1)} MB`);
}

const names = (process.argv[2] || 'seed,fnc200,fnc,10k').split(',').map((s) => s.trim()).filter(Boolean);
try {
  for (const name of names) {
    if (name !== 'seed' && !existsSync(path.join(DATA, 'manifest.json'))) {
      console.error(`pagefind: no bench/data/manifest.json, ${name} skipped`);
      continue;
    }
    await build(name);
  }
} finally {
  await pagefind.close();
}
