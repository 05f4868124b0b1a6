import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/parse-bench-args.mjs';

describe('npm run bench options', () => {
  it('defaults to the production build and three.js under the studio-like environment', () => {
    const options = parseBenchArgs([]);
    expect(options.dev).toBe(false);
    expect(options.threeLighting).toBe('studio');
  });

  it('takes --dev and --three-lights simple', () => {
    const options = parseBenchArgs(['--dev', '--three-lights', 'simple', '--scenes', 'small']);
    expect(options).toMatchObject({ dev: true, threeLighting: 'simple', scenes: ['small'] });
  });

  it('refuses an unknown light, naming both choices', () => {
    expect(() => parseBenchArgs(['--three-lights', 'sunny'])).toThrow(/studio or simple, not sunny/);
    expect(() => parseBenchArgs(['--three-lights'])).toThrow(/needs a value/);
  });
});
