// @ts-check
// The command line's own Vite dev server, on 127.0.0.1 and a free port: it serves app/batch.html with the engine,
// so the page renders with exactly the code the app runs. It watches no files and reloads no page mid-run.
import { join } from 'node:path';
import { createServer } from 'vite';

/**
 * @param {string} root the project root
 * @param {{ headers?: Record<string, string> }} [options] headers sent with every response
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPageServer(root, options = {}) {
  process.env.MODELSHOT_TEST_SERVER = '1'; // vite.config.ts reads it: no watcher and no HMR
  const server = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    clearScreen: false,
    // transforming the page's modules starts now, while Chromium launches
    server: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: options.headers, warmup: { clientFiles: ['./app/batch.ts', './engine/loaders/worker.ts', './engine/export/encode-worker.ts'] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The page server did not start.');
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
