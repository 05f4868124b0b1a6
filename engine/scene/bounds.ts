// Axis-aligned bounds in object and world space; non-finite positions are skipped, not propagated.
import { vec3 } from 'gl-matrix';
import type { Bounds, Mat4, Vec3 } from './types';

export function emptyBounds(): Bounds {
  return { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] };
}

export function isEmptyBounds(b: Bounds): boolean {
  return !(b.min[0] <= b.max[0] && b.min[1] <= b.max[1] && b.min[2] <= b.max[2]);
}

/** Grows `b` to hold the point; non-finite points are skipped. */
export function extendByPoint(b: Bounds, x: number, y: number, z: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return;
  if (x < b.min[0]) b.min[0] = x;
  if (y < b.min[1]) b.min[1] = y;
  if (z < b.min[2]) b.min[2] = z;
  if (x > b.max[0]) b.max[0] = x;
  if (y > b.max[1]) b.max[1] = y;
  if (z > b.max[2]) b.max[2] = z;
}

/** Bounds of the referenced vertices (all vertices when indices is null). */
export function computeBounds(positions: Float32Array, indices: Uint32Array | null): Bounds {
  const b = emptyBounds();
  if (indices) {
    const vertexCount = positions.length / 3;
    for (let i = 0; i < indices.length; i++) {
      const v = indices[i];
      if (v < vertexCount) extendByPoint(b, positions[v * 3], positions[v * 3 + 1], positions[v * 3 + 2]);
    }
  } else {
    for (let i = 0; i + 2 < positions.length; i += 3) extendByPoint(b, positions[i], positions[i + 1], positions[i + 2]);
  }
  return b;
}

const corner = vec3.create();

/** Bounds of `local` after transforming its eight corners by `matrix`, merged into `into`. */
export function extendByTransformedBounds(into: Bounds, local: Bounds, matrix: Mat4): void {
  if (isEmptyBounds(local)) return;
  for (let i = 0; i < 8; i++) {
    vec3.set(corner, i & 1 ? local.max[0] : local.min[0], i & 2 ? local.max[1] : local.min[1], i & 4 ? local.max[2] : local.min[2]);
    vec3.transformMat4(corner, corner, matrix as Float32Array);
    extendByPoint(into, corner[0], corner[1], corner[2]);
  }
}

export function boundsCenter(b: Bounds): Vec3 {
  return [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2];
}

export function boundsRadius(b: Bounds): number {
  const dx = b.max[0] - b.min[0], dy = b.max[1] - b.min[1], dz = b.max[2] - b.min[2];
  return Math.sqrt(dx * dx + dy * dy + dz * dz) / 2;
}
