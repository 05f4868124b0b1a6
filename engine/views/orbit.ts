// An orbit rig around a target, about the model's up axis (Y or Z): pure functions from one state to the next, no DOM.
import type { Vec3 } from '../scene/types';
import type { CameraState } from './camera';
import { add, cameraBasis, dot, length, scale, sub } from './basis';
import { framePoints } from './frame';
import { pointsBounds, type PointSource } from './points';
import { clipPlanes, subjectFromBounds, type Subject } from './subject';
import { modelFrame, type UpAxis } from './up-axis';

/**
 * Angles in the model's frame (see up-axis.ts): with 'y' (glTF) azimuth 0 looks from +Z toward -Z, with 'z'
 * (CAD, STL) from -Y toward +Y; positive azimuth moves the camera toward +X in both.
 * elevation > 0 puts the camera above the target.
 */
export interface OrbitState {
  target: Vec3;
  /** The axis the camera turns about and keeps upright. */
  upAxis: UpAxis;
  /** Radians around the up axis, wrapped to (-π, π]. */
  azimuth: number;
  /** Radians above the horizontal plane, within ±MAX_ELEVATION. */
  elevation: number;
  /** Target-to-camera distance; the zoom of a perspective camera. */
  distance: number;
  projection: CameraState['projection'];
  fovY: number;
  /** The zoom of an orthographic camera. */
  orthoHeight: number;
  /** The model: near/far enclose it and zoom limits scale with it. */
  subject: Subject;
}

/** Short of the poles, where the view direction would be parallel to up and the view would spin. */
export const MAX_ELEVATION = (89 * Math.PI) / 180;
/** Zoom limits as multiples of the subject radius. */
export const MIN_ZOOM_DISTANCE = 1e-3;
export const MAX_ZOOM_DISTANCE = 1e3;

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function wrapAngle(angle: number): number {
  const wrapped = angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
  return wrapped === -Math.PI ? Math.PI : wrapped;
}

/** Unit vector from the target toward the camera. */
function offsetDirection(upAxis: UpAxis, azimuth: number, elevation: number): Vec3 {
  const { front, right, up } = modelFrame(upAxis);
  const c = Math.cos(elevation);
  return add(add(scale(front, c * Math.cos(azimuth)), scale(right, c * Math.sin(azimuth))), scale(up, Math.sin(elevation)));
}

/** Reads azimuth, elevation and distance from a camera's pose about `upAxis`; its up vector is replaced by that axis. */
export function orbitFromCamera(camera: CameraState, subject: Subject, upAxis: UpAxis = 'y'): OrbitState {
  const { front, right, up } = modelFrame(upAxis);
  const offset = sub(camera.position, camera.target);
  const distance = length(offset);
  const usable = distance > 0 && Number.isFinite(distance);
  const azimuth = usable ? Math.atan2(dot(offset, right), dot(offset, front)) : 0;
  const elevation = usable ? Math.asin(clamp(dot(offset, up) / distance, -1, 1)) : 0;
  return {
    target: [...camera.target],
    upAxis,
    azimuth: wrapAngle(azimuth),
    elevation: clamp(elevation, -MAX_ELEVATION, MAX_ELEVATION),
    distance: usable ? distance : subject.radius * 3,
    projection: camera.projection,
    fovY: camera.fovY,
    orthoHeight: camera.orthoHeight,
    subject: { center: [...subject.center], radius: subject.radius },
  };
}

export function cameraFromOrbit(state: OrbitState): CameraState {
  const direction = offsetDirection(state.upAxis, state.azimuth, state.elevation);
  const position = add(state.target, scale(direction, state.distance));
  const { near, far } = clipPlanes(position, scale(direction, -1), state.subject);
  return {
    position,
    target: [...state.target],
    up: modelFrame(state.upAxis).up,
    projection: state.projection,
    fovY: state.fovY,
    orthoHeight: state.orthoHeight,
    near,
    far,
  };
}

/**
 * Turns the camera around the target by a drag of (dx, dy) radians, screen convention (right and
 * down positive): the model follows the pointer. Elevation stops short of the poles.
 */
export function orbit(state: OrbitState, dx: number, dy: number): OrbitState {
  return {
    ...state,
    azimuth: wrapAngle(state.azimuth - dx),
    elevation: clamp(state.elevation + dy, -MAX_ELEVATION, MAX_ELEVATION),
  };
}

/** Half the visible height at the target's depth, in world units. */
function halfHeightAtTarget(state: OrbitState): number {
  return state.projection === 'orthographic' ? state.orthoHeight / 2 : state.distance * Math.tan(state.fovY / 2);
}

/**
 * Slides the target in the view plane by a drag of (dx, dy) pixels (right and down positive) in a
 * viewport `viewportHeight` pixels tall: the point under the pointer at the target's depth stays under it.
 */
export function pan(state: OrbitState, dx: number, dy: number, viewportHeight: number): OrbitState {
  if (!(viewportHeight > 0)) return state;
  const { right, up } = cameraBasis(cameraFromOrbit(state));
  const unitsPerPixel = (2 * halfHeightAtTarget(state)) / viewportHeight;
  const move = add(scale(right, -dx * unitsPerPixel), scale(up, dy * unitsPerPixel));
  return { ...state, target: add(state.target, move) };
}

/** A point in the viewport: x and y in NDC (-1..1, y up), aspect = width / height. */
export interface ZoomFocus {
  x: number;
  y: number;
  aspect: number;
}

/**
 * Zooms in by `factor` (> 1 closer, < 1 farther): a dolly for perspective, a smaller orthoHeight for
 * orthographic, limited to MIN/MAX_ZOOM_DISTANCE subject radii. With `toward`, the point under it at
 * the target's depth stays where it is on screen.
 */
export function zoom(state: OrbitState, factor: number, toward?: ZoomFocus): OrbitState {
  if (!(factor > 0) || !Number.isFinite(factor)) return state;
  const r = state.subject.radius;
  const ortho = state.projection === 'orthographic';
  const before = ortho ? state.orthoHeight : state.distance;
  const limit = ortho ? 2 : 1;
  const after = clamp(before / factor, r * MIN_ZOOM_DISTANCE * limit, r * MAX_ZOOM_DISTANCE * limit);
  const next: OrbitState = ortho ? { ...state, orthoHeight: after } : { ...state, distance: after };
  if (!toward) return next;
  const { right, up } = cameraBasis(cameraFromOrbit(state));
  const halfHeight = halfHeightAtTarget(state);
  const offset = add(scale(right, toward.x * halfHeight * toward.aspect), scale(up, toward.y * halfHeight));
  return { ...next, target: add(state.target, scale(offset, 1 - after / before)) };
}

/**
 * The same view direction and projection, re-aimed and zoomed so the points (scenePoints for a
 * snug fit, boundsPoints for a box) fill the view; the subject becomes their bounding sphere.
 */
export function frameOrbit(state: OrbitState, points: PointSource, aspect: number, padding?: number): OrbitState {
  const subject = subjectFromBounds(pointsBounds(points), state.target);
  return orbitFromCamera(framePoints(points, cameraFromOrbit(state), aspect, padding), subject, state.upAxis);
}
