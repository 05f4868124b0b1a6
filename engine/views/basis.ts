// The camera's orthonormal frame, computed in float64 so framing stays exact at any scale.
import type { Vec3 } from '../scene/types';
import type { CameraState } from './camera';

export interface CameraBasis {
  /** Unit vector from the position toward the target. */
  forward: Vec3;
  /** Unit vector to the right of the image. */
  right: Vec3;
  /** Unit vector toward the top of the image (camera.up made orthogonal to forward). */
  up: Vec3;
}

/** The direction a camera looks from when its own pose gives none (position on the target). */
export const FALLBACK_FORWARD: Vec3 = [0, 0, -1];

export function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function add(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function scale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function length(a: Vec3): number {
  return Math.hypot(a[0], a[1], a[2]);
}

/** The unit vector along `a`, or null when `a` has no usable direction (zero or non-finite). */
export function normalizeOrNull(a: Vec3): Vec3 | null {
  const l = length(a);
  return l > 0 && Number.isFinite(l) ? scale(a, 1 / l) : null;
}

/** A unit vector perpendicular to `forward`, as close to `preferredUp` as possible. */
export function perpendicularUp(forward: Vec3, preferredUp: Vec3): Vec3 {
  const candidates: Vec3[] = [preferredUp, [0, 1, 0], [0, 0, -1]];
  for (const candidate of candidates) {
    const unit = normalizeOrNull(candidate);
    if (!unit) continue;
    const side = cross(forward, unit);
    // sin(angle) below 1e-6: the up is parallel to the view and gives no roll
    if (length(side) > 1e-6) return cross(scale(side, 1 / length(side)), forward);
  }
  return [1, 0, 0];
}

export function cameraBasis(camera: CameraState): CameraBasis {
  const forward = normalizeOrNull(sub(camera.target, camera.position)) ?? FALLBACK_FORWARD;
  const up = perpendicularUp(forward, camera.up);
  const right = cross(forward, up);
  return { forward, right, up };
}
