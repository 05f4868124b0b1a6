import { describe, expect, it } from 'vitest';
import { ALL_ENGINES, ALL_SCENES, parseBenchArgs } from '../../../bench/parse-bench-args.mjs';
import { ENGINE_IDS } from '../../../bench/engines/bench-engine';
import { SCENE_NAMES } from '../../../bench/scenes/catalogue';

describe('npm run bench options', () => {
  // the runner is plain JavaScript and keeps its own lists: they must name what the page can run, no more, no less
  it('lists the engines and scenes the bench page knows', () => {
    expect(ALL_ENGINES).toEqual([...ENGINE_IDS]);
    expect(ALL_SCENES).toEqual([...SCENE_NAMES]);
  });

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
