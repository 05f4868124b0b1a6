// @ts-check
// The benchmark's pages as a person gets them: a production build (bundled, minified workers), served by Vite's
// preview server on 127.0.0.1. First-image times then include no dev-server module transforms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/**
 * A cross-origin isolated page reads performance.now() to 5 µs, where any other page gets 100 µs: coarser than a
 * small scene's whole frame CPU time.
 */
export const CROSS_ORIGIN_ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * @param {string} root the project root
 * @param {{ headers?: Record<string, string> }} [options] headers sent with every response
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startBuiltPageServer(root, options = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'modelshot-bench-'));
  const configFile = join(root, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root, configFile, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false, headers: options.headers } });
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
