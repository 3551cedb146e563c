// esbuild entry for www/vendor/lunr.js (`npm run build:bench`): Lunr for www/bench.html's
// comparison (www/bench-peers.js), one same-origin ES module.
import lunr from 'lunr';

export { lunr };
