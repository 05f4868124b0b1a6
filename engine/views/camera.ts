// A camera as the renderer consumes it: a pose plus a projection, in world units.
import type { Vec3 } from '../scene/types';

export interface CameraState {
  position: Vec3;
  target: Vec3;
  up: Vec3;
  projection: 'perspective' | 'orthographic';
  /** Vertical field of view in radians (perspective). */
  fovY: number;
  /** Full visible height in world units (orthographic). */
  orthoHeight: number;
  near: number;
  far: number;
}

export function defaultCamera(): CameraState {
  return {
    position: [0, 0, 3],
    target: [0, 0, 0],
    up: [0, 1, 0],
    projection: 'perspective',
    fovY: (45 * Math.PI) / 180,
    orthoHeight: 2,
    near: 0.01,
    far: 100,
  };
}
