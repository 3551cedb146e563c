// esbuild entry for www/vendor/flexsearch.js (`npm run build:bench`): FlexSearch's Index for
// www/bench.html's comparison (www/bench-peers.js), one same-origin ES module.
import { Index } from 'flexsearch';

export { Index };
