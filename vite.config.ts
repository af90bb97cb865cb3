// The client lives in client/ and builds to dist/client, which the server serves. In dev the
// API is proxied to the server started by `npm run dev` so the browser sees one origin.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // cytoscape alone is ~400 kB minified; the budget that matters is the gzip size of the
    // initial chunks, checked in the report, not Rollup's per-chunk warning.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
    // cypher/examples/*.cypher are imported from outside the client root.
    fs: { allow: ['..'] },
  },
});
