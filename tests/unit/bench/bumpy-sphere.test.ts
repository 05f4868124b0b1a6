import { describe, expect, it } from 'vitest';
import { bumpySphere } from '../../../bench/scenes/bumpy-sphere';
import { seededRandom } from '../../../bench/scenes/prng';

describe('the benchmark\'s bumpy sphere', () => {
  it('winds every triangle counter-clockwise seen from outside, so renderers that cull back faces draw its outside', () => {
    const { positions: p, indices } = bumpySphere(12, 16, seededRandom(7));
    let outward = 0, inward = 0;
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]].map((v) => [p[v * 3], p[v * 3 + 1], p[v * 3 + 2]]);
      const e1 = b.map((x, k) => x - a[k]), e2 = c.map((x, k) => x - a[k]);
      const n = [e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]];
      const facing = n[0] * (a[0] + b[0] + c[0]) + n[1] * (a[1] + b[1] + c[1]) + n[2] * (a[2] + b[2] + c[2]);
      if (facing > 1e-9) outward++;
      else if (facing < -1e-9) inward++; // the poles' triangles have no area and count as neither
    }
    expect(inward).toBe(0);
    expect(outward).toBeGreaterThan(12 * 16 * 2 - 2 * 16 - 1);
  });
});
