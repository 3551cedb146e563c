// esbuild entry for www/vendor/wink-bundle.js (`npm run build:bench`): the comparison baseline
// of www/bench.html — wink-bm25-text-search with wink-nlp and its English web model, bundled
// into one same-origin ES module, the way a web developer would ship them.
import bm25 from 'wink-bm25-text-search';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export { bm25, winkNLP, model };
