// @ts-check
// The benchmark's pages as a person gets them: a production build (bundled, minified workers), served by Vite's
// preview server on 127.0.0.1. First-image times then include no dev-server module transforms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/** @param {string} root the project root @returns {Promise<{ url: string, close: () => Promise<void> }>} */
export async function startBuiltPageServer(root) {
  const outDir = mkdtempSync(join(tmpdir(), 'modelshot-bench-'));
  const configFile = join(root, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, configFile, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The preview server did not start.');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
