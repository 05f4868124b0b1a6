// The bench serves its pages cross-origin isolated, so that performance.now() reads to 5 µs, not 100 µs.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPageServer } from '../../../app/cli/page-server.mjs';
import { CROSS_ORIGIN_ISOLATION } from '../../../bench/built-page-server.mjs';

const root = resolve(import.meta.dirname, '../../..');

describe('the bench page server', () => {
  it('sends the isolation headers with the page and with the worker scripts it starts', async () => {
    const server = await startPageServer(root, { headers: CROSS_ORIGIN_ISOLATION });
    try {
      for (const path of ['/bench/index.html', '/engine/loaders/worker.ts?worker_file&type=module']) {
        const response = await fetch(server.url + path);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
        expect(response.headers.get('cross-origin-embedder-policy'), path).toBe('require-corp');
      }
    } finally {
      await server.close();
    }
  }, 60_000);
});
