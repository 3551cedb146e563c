// esbuild entry for www/vendor/minisearch.js (`npm run build:bench`): MiniSearch for
// www/bench.html's comparison (www/bench-peers.js), one same-origin ES module.
import MiniSearch from 'minisearch';

export { MiniSearch };
