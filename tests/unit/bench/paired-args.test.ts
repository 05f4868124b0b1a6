// Paired timing's options and statistics (bench/run-paired.mjs).
import { describe, expect, it } from 'vitest';
import { comparisons, median, pairedRatio, parsePairedArgs } from '../../../bench/paired-args.mjs';

describe('parsePairedArgs', () => {
  it('sets ours beside WebGLRenderer on many-objects images by default', () => {
    const o = parsePairedArgs([]);
    expect(o.entries).toEqual([{ engine: 'ours-webgl2', ref: null }, { engine: 'three-webgl', ref: null }]);
    expect([o.scene, o.kind, o.pairs, o.quick, o.against]).toEqual(['many-objects', 'image', 30, false, null]);
  });

  it('with --against, sets each engine at the revision beside itself in the working tree', () => {
    const o = parsePairedArgs(['--engines', 'ours-webgl2,ours-webgpu', '--against', 'HEAD~1', '--kind', 'frame', '--pairs', '12']);
    expect(o.entries).toEqual([
      { engine: 'ours-webgl2', ref: 'HEAD~1' }, { engine: 'ours-webgl2', ref: null },
      { engine: 'ours-webgpu', ref: 'HEAD~1' }, { engine: 'ours-webgpu', ref: null },
    ]);
    expect(comparisons(o.entries)).toEqual([[0, 1], [2, 3]]);
    expect([o.kind, o.pairs]).toEqual(['frame', 12]);
  });

  it('compares every page with the first without --against', () => {
    const o = parsePairedArgs(['--engines', 'three-webgl,ours-webgl2,three-webgpu-webgl']);
    expect(comparisons(o.entries)).toEqual([[0, 1], [0, 2]]);
  });

  it('refuses what cannot be run, saying why', () => {
    expect(() => parsePairedArgs(['--engines', 'ours-webgl2'])).toThrow('two or more, or one with --against');
    expect(() => parsePairedArgs(['--engines', 'ours-webgl2,ours-webgl2'])).toThrow('named twice');
    expect(() => parsePairedArgs(['--engines', 'ours-webgl3,three-webgl'])).toThrow('unknown ours-webgl3');
    expect(() => parsePairedArgs(['--scene', 'huge'])).toThrow('unknown huge');
    expect(() => parsePairedArgs(['--kind', 'export'])).toThrow('expected image or frame');
    expect(() => parsePairedArgs(['--pairs', '2'])).toThrow('at least 3');
    expect(() => parsePairedArgs(['--against'])).toThrow('needs a value');
    expect(() => parsePairedArgs(['--fast'])).toThrow('unknown option --fast');
  });
});

describe('pairedRatio', () => {
  it('takes the median and quartiles of the step-by-step ratios, not the ratio of medians', () => {
    // b is half of a at every step, though both drift by a factor of 3 across the steps
    const a = [100, 300, 200, 120, 280];
    const r = pairedRatio(a, a.map((v) => v / 2))!;
    expect(r.median).toBeCloseTo(0.5, 12);
    expect(r.p25).toBeCloseTo(0.5, 12);
    expect(r.p75).toBeCloseTo(0.5, 12);
    expect(r.n).toBe(5);
  });

  it('interpolates quartiles, and drops steps either page could not time', () => {
    const r = pairedRatio([10, 10, null, 10, 10, 0], [10, 20, 5, 30, 40, 5])!;
    expect(r.n).toBe(4); // the null step and the zero baseline are dropped
    expect(r.median).toBeCloseTo(2.5, 12);
    expect(r.p25).toBeCloseTo(1.75, 12);
    expect(r.p75).toBeCloseTo(3.25, 12);
    expect(pairedRatio([null, null], [1, 2])).toBeNull();
  });

  it('median skips unknown values', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([null])).toBeNull();
  });
});
