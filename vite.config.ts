import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

// The app lives in app/; '/' serves it so the quick start's URL opens the app directly.
function serveAppAtRoot(): Plugin {
  return {
    name: 'serve-app-at-root',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/' || req.url?.startsWith('/?')) req.url = '/app/index.html' + req.url.slice(1);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url === '/' || req.url?.startsWith('/?')) req.url = '/app/index.html' + req.url.slice(1);
        next();
      });
    },
  };
}

export default defineConfig({
  root: '.',
  appType: 'mpa',
  plugins: [serveAppAtRoot()],
  worker: { format: 'es' },
  // The browser tests' server never reloads a page under a running test when a source file changes.
  server: { host: '127.0.0.1', port: 5173, hmr: !process.env.MODELSHOT_TEST_SERVER, watch: process.env.MODELSHOT_TEST_SERVER ? null : {} },
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        app: resolve(import.meta.dirname, 'app/index.html'),
        bench: resolve(import.meta.dirname, 'bench/index.html'),
        batch: resolve(import.meta.dirname, 'app/batch.html'),
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
