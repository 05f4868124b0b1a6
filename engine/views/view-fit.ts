// Fitting with the target held fixed: how far back (perspective) or how wide (orthographic) a camera
// aimed at a given point must be so every point fits. framePoints moves the target to balance the
// margins; a shared scale needs every view aimed at the same point instead.
import type { Vec3 } from '../scene/types';
import type { CameraState } from './camera';
import type { CameraBasis } from './basis';
import type { PointSource } from './points';

export interface FixedTargetFit {
  /** Target-to-camera distance that fits every point (perspective). */
  distance: number;
  /** Full visible height that fits every point (orthographic). */
  orthoHeight: number;
}

/**
 * The smallest distance or height at which every point lies within `fill` (1 - padding) of each
 * half-extent of an image of `aspect`, for a camera at `target` - forward * distance. The nearest
 * point stays at least `minDepth` in front of a perspective camera.
 */
export function fitAroundTarget(
  points: PointSource,
  target: Vec3,
  basis: CameraBasis,
  camera: Pick<CameraState, 'projection' | 'fovY'>,
  aspect: number,
  fill: number,
  minDepth: number,
): FixedTargetFit {
  const { forward, right, up } = basis;
  const [tx, ty, tz] = target;
  const tanY = Math.tan(camera.fovY / 2) * fill;
  const tanX = tanY * aspect;
  let distance = -Infinity, halfHeight = 0;
  points((px, py, pz) => {
    const vx = px - tx, vy = py - ty, vz = pz - tz;
    if (!Number.isFinite(vx) || !Number.isFinite(vy) || !Number.isFinite(vz)) return;
    const x = Math.abs(vx * right[0] + vy * right[1] + vz * right[2]);
    const y = Math.abs(vx * up[0] + vy * up[1] + vz * up[2]);
    const z = vx * forward[0] + vy * forward[1] + vz * forward[2];
    // x <= tanX * (z + D) and y <= tanY * (z + D), and z + D >= minDepth
    distance = Math.max(distance, x / tanX - z, y / tanY - z, minDepth - z);
    halfHeight = Math.max(halfHeight, y / fill, x / (aspect * fill));
  });
  return {
    distance: Number.isFinite(distance) ? distance : minDepth,
    orthoHeight: Math.max(2 * halfHeight, minDepth * 1e-4),
  };
}
