import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/** The API server the dev server forwards to; `npm run dev` serves it on port 3000. */
const apiServer = 'http://localhost:3000';

/**
 * The web UI is built from `web/` into `web/dist`, which the Fastify server serves as static files.
 * Run from the repository root: `vite build --config web/vite.config.ts`.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd itself is ~1 MB before gzip; the pages are split per route, so only the shared vendor chunk is large.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Libraries that change rarely get their own long-cached chunks; antd is left to automatic
        // splitting so the login page does not download the table and calendar code.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/healthz': apiServer,
      '/docs': apiServer,
      '/openapi.json': apiServer,
      // The public certificate verification page is rendered by the server, not the SPA.
      '/verify': apiServer,
    },
  },
});
