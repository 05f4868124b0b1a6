import { describe, expect, it } from 'vitest';
import { vec3 } from 'gl-matrix';
import { bumpySphere } from '../../../bench/scenes/bumpy-sphere';
import { seededRandom } from '../../../bench/scenes/prng';

describe('the benchmark\'s bumpy sphere', () => {
  it('winds every triangle counter-clockwise seen from outside, so renderers that cull back faces draw its outside', () => {
    const { positions: p, indices } = bumpySphere(12, 16, seededRandom(7));
    let outward = 0, inward = 0;
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]].map((v) => vec3.fromValues(p[v * 3], p[v * 3 + 1], p[v * 3 + 2]));
      const normal = vec3.cross(vec3.create(), vec3.sub(vec3.create(), b, a), vec3.sub(vec3.create(), c, a));
      const facing = vec3.dot(normal, vec3.add(vec3.create(), vec3.add(vec3.create(), a, b), c)); // against the centroid's direction
      if (facing > 1e-9) outward++;
      else if (facing < -1e-9) inward++; // the poles' triangles have no area and count as neither
    }
    expect(inward).toBe(0);
    expect(outward).toBeGreaterThan(12 * 16 * 2 - 2 * 16 - 1);
  });
});
