// The first check after a load, with and without a warm-up of the engine (BENCHMARKS.md "The first
// check after a load"): `node scripts/warm-up.mjs cold|warm [CLAIM]`, after `build_pkg`.
// Runs in Node's V8, the engine Chromium uses; one fresh process per run, so run each a few times.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wasm = await import(path.join(ROOT, 'pkg', 'corroborate.js'));
wasm.initSync({ module: readFileSync(path.join(ROOT, 'pkg', 'corroborate_bg.wasm')) });
const now = () => performance.now();
const mode = process.argv[2] === 'warm' ? 'warm' : 'cold';
const model = wasm.NliModel.fromBytes(readFileSync(path.join(ROOT, 'data', 'nli-model.bin')));
const checker = wasm.Checker.fromJson(readFileSync(path.join(ROOT, 'pkg', 'seed-corpus.json')), 'seed');
checker.setNliModel(model);
let warmMs = 0;
if (mode === 'warm') {
  // the warm-up the worker tried at load (removed: no gain in Chromium; BENCHMARKS.md)
  const s = now();
  const sentence = 'Officials said on Monday that the talks had ended without a deal.';
  model.predict(sentence, 'The talks failed.');
  checker.check(sentence);
  warmMs = now() - s;
}
const claim = process.argv[3] || 'Turkey sent fighters from Syria to Azerbaijan.';
const times = Array.from({ length: 4 }, () => {
  const s = now();
  checker.check(claim);
  return (now() - s).toFixed(1);
});
console.log(mode, 'warm-up ms', warmMs.toFixed(1), 'checks ms', times.join(' '));
