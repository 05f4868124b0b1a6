// The bench records the step of the page's clock, so a frame CPU figure near it is read as what it is.
import { describe, expect, it } from 'vitest';
import { timerResolutionMs } from '../../../bench/timer-resolution';

/** A clock that advances by `step` every `repeats` readings, as a coarsened performance.now() does. */
function steppingClock(step: number, repeats: number): () => number {
  let readings = 0;
  return () => Math.floor(readings++ / repeats) * step;
}

describe('timerResolutionMs', () => {
  it('finds a coarse clock’s step', () => {
    expect(timerResolutionMs(steppingClock(0.1, 7))).toBeCloseTo(0.1, 12);
  });

  it('finds a fine clock’s step', () => {
    expect(timerResolutionMs(steppingClock(0.005, 3))).toBeCloseTo(0.005, 12);
  });

  it('reports the smallest step when the clock jumps unevenly', () => {
    // three samples: 0 → 0.3, 0.3 → 0.4, 0.4 → 1.0
    const readings = [0, 0, 0.3, 0.3, 0.3, 0.4, 0.4, 1.0];
    let i = 0;
    expect(timerResolutionMs(() => readings[i++], 3)).toBeCloseTo(0.1, 12);
  });
});
