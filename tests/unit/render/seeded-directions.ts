// Seeded unit directions for the render tests: the same stream every run, spread over the sphere.
import type { Vec3 } from '../../../engine/scene/types';

/** A seeded stream of numbers in [-1, 1). */
export function seededNumbers(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
}

/** `count` unit directions from a stream of numbers (points inside the unit ball, pushed out to its surface). */
export function unitDirections(count: number, next: () => number = seededNumbers(7)): Vec3[] {
  const out: Vec3[] = [];
  while (out.length < count) {
    const [x, y, z] = [next(), next(), next()];
    const l = Math.hypot(x, y, z);
    if (l > 0.1 && l <= 1) out.push([x / l, y / l, z / l]);
  }
  return out;
}
