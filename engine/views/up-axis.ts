// The model's own frame (up, front, right) for each up-axis convention, and view angles turned into directions.
import type { Vec3 } from '../scene/types';
import { add, cross, scale } from './basis';

/**
 * 'y': glTF's convention, +Y up and the model's front facing +Z.
 * 'z': CAD and STL's convention, +Z up and the model's front facing -Y.
 * The model's right side faces +X in both.
 */
export type UpAxis = 'y' | 'z';

export interface ModelFrame {
  /** Toward the sky. */
  up: Vec3;
  /** The way the model faces: the "front" camera sits on this side. */
  front: Vec3;
  /** The model's right side (its own right, as it faces `front`): the "right" camera sits here. */
  right: Vec3;
}

const FRAMES: Record<UpAxis, ModelFrame> = {
  y: { up: [0, 1, 0], front: [0, 0, 1], right: [1, 0, 0] },
  z: { up: [0, 0, 1], front: [0, -1, 0], right: [1, 0, 0] },
};

export function modelFrame(upAxis: UpAxis): ModelFrame {
  const frame = FRAMES[upAxis];
  return { up: [...frame.up], front: [...frame.front], right: [...frame.right] };
}

const DEG = Math.PI / 180;

/**
 * Unit vector from the model toward the camera. Azimuth 0 is the front, +90 the right side
 * (counter-clockwise seen from above); elevation +90 looks straight down from above. Degrees.
 */
export function viewOffset(frame: ModelFrame, azimuthDeg: number, elevationDeg: number): Vec3 {
  const a = azimuthDeg * DEG, e = elevationDeg * DEG;
  const horizontal = add(scale(frame.front, Math.cos(a)), scale(frame.right, Math.sin(a)));
  return add(scale(horizontal, Math.cos(e)), scale(frame.up, Math.sin(e)));
}

/**
 * The image's up direction for a view: the model's up made perpendicular to the view, defined
 * smoothly through the poles (top view: the model's back at the image top; bottom view: its
 * front), then rolled. Positive roll turns the camera clockwise about its view direction as seen
 * from behind it (a right bank), so the picture's content turns counter-clockwise by `rollDeg`.
 */
export function viewUp(frame: ModelFrame, azimuthDeg: number, elevationDeg: number, rollDeg = 0): Vec3 {
  const a = azimuthDeg * DEG, e = elevationDeg * DEG, r = rollDeg * DEG;
  const horizontal = add(scale(frame.front, Math.cos(a)), scale(frame.right, Math.sin(a)));
  // d(offset)/d(elevation): perpendicular to the view and never degenerate, even at ±90°
  const up = add(scale(horizontal, -Math.sin(e)), scale(frame.up, Math.cos(e)));
  const forward = scale(viewOffset(frame, azimuthDeg, elevationDeg), -1);
  const imageRight = cross(forward, up);
  return add(scale(up, Math.cos(r)), scale(imageRight, Math.sin(r)));
}
