// Runs from several result files pool into one table only when they were measured alike.
import { describe, expect, it } from 'vitest';
import { poolResults } from '../../../bench/pool-results.mjs';

const result = (frames: number, runs: number[]) => ({
  browser: '/usr/bin/chromium 156',
  options: { frames, gpuFrames: 10, quick: false, threeLighting: 'studio', dev: false, scenes: ['small'] },
  records: runs.map((run) => ({ engine: 'ours-webgl2', scene: 'small', run, metrics: { firstImageMs: 100 + run } })),
});

describe('poolResults', () => {
  it('joins the runs of files measured alike, whatever scenes each ran', () => {
    const b = { ...result(30, [0, 1, 2]), options: { ...result(30, []).options, scenes: ['small', 'many-objects'] } };
    const pooled = poolResults([{ name: 'a.json', result: result(30, [0, 1]) }, { name: 'b.json', result: b }]);
    expect(pooled).toHaveLength(5);
  });

  it('refuses files measured with other settings, naming the setting', () => {
    const pooled = poolResults([{ name: 'a.json', result: result(30, [0]) }, { name: 'b.json', result: result(10, [0]) }]);
    expect(pooled).toBeInstanceOf(Error);
    expect((pooled as Error).message).toBe('b.json and a.json were measured differently (options.frames: 10 against 30), so their runs do not pool.');
  });

  it('refuses files from another processor, and pools a file that does not say which it ran on', () => {
    const on = (cpu: string) => ({ ...result(30, [0]), cpu });
    expect(poolResults([{ name: 'a.json', result: on('2 × AMD EPYC') }, { name: 'b.json', result: on('2 × Intel Xeon') }])).toBeInstanceOf(Error);
    expect(poolResults([{ name: 'a.json', result: on('2 × AMD EPYC') }, { name: 'b.json', result: result(30, [1]) }])).toHaveLength(2);
  });

  it('refuses files from another browser', () => {
    const other = { ...result(30, [0]), browser: '/usr/bin/chromium 150' };
    expect(poolResults([{ name: 'a.json', result: result(30, [0]) }, { name: 'b.json', result: other }])).toBeInstanceOf(Error);
  });
});
