// `npm run bench` on a machine without Chromium: one plain sentence that says how to get one, exit code 1, before
// anything is built.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('npm run bench without a browser', () => {
  it('says where it looked and how to get one, without a stack trace', () => {
    const missing = '/nonexistent/chromium';
    const result = spawnSync(process.execPath, ['bench/run-bench.mjs', '--scenes', 'tiny'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: missing },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`No Chromium at ${missing}.`);
    expect(result.stderr).toContain('sudo apt-get install chromium');
    expect(result.stderr).toContain('CHROMIUM_PATH=/path/to/chrome npm run bench');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack frames
  });
});
