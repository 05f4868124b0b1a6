// Camera state to matrices. The projection follows the device's clip-space depth here and nowhere else.
// Allocation-free: results go into caller-owned matrices, scratch vectors live at module scope.
import { mat4, vec3 } from 'gl-matrix';
import type { ClipDepth } from '../gpu/types';
import type { CameraState } from '../views/camera';

export interface CameraMatrices {
  view: mat4;
  projection: mat4;
  viewProjection: mat4;
  /** World → studio frame (rotation only): the studio turns with the camera about its up axis. */
  studioRotation: mat4;
  /** Unit view direction in world space. */
  forward: vec3;
}

export function createCameraMatrices(): CameraMatrices {
  return { view: mat4.create(), projection: mat4.create(), viewProjection: mat4.create(), studioRotation: mat4.create(), forward: vec3.create() };
}

const eye = vec3.create();
const target = vec3.create();
const up = vec3.create();
const side = vec3.create();
const back = vec3.create();
const AXIS_Y = vec3.fromValues(0, 1, 0);
const AXIS_Z = vec3.fromValues(0, 0, 1);
const regionMatrix = mat4.create();

/** Perspective or orthographic projection for the device's clip-space depth range. */
export function projectionMatrix(out: mat4, camera: CameraState, aspect: number, clipDepth: ClipDepth): mat4 {
  const zeroToOne = clipDepth === 'zero-to-one';
  if (camera.projection === 'orthographic') {
    const h = camera.orthoHeight / 2;
    const w = h * aspect;
    return zeroToOne ? mat4.orthoZO(out, -w, w, -h, h, camera.near, camera.far) : mat4.orthoNO(out, -w, w, -h, h, camera.near, camera.far);
  }
  return zeroToOne
    ? mat4.perspectiveZO(out, camera.fovY, aspect, camera.near, camera.far)
    : mat4.perspectiveNO(out, camera.fovY, aspect, camera.near, camera.far);
}

/** A unit up vector not parallel to the view direction (falls back to a world axis when it is). */
function safeUp(out: vec3, forward: vec3, requested: readonly number[]): vec3 {
  vec3.set(out, requested[0], requested[1], requested[2]);
  if (vec3.length(out) < 1e-9) vec3.copy(out, AXIS_Y);
  vec3.normalize(out, out);
  vec3.cross(side, forward, out);
  if (vec3.length(side) > 1e-6) return out;
  return vec3.copy(out, Math.abs(forward[1]) < 0.9 ? AXIS_Y : AXIS_Z);
}

/** A rectangle of a larger image, in pixels from its top-left corner: tiles of a big export render one at a time. */
export interface ImageRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  fullWidth: number;
  fullHeight: number;
}

/**
 * Narrows `projection` to `region` of the full image: clip x and y are scaled and shifted so the region fills
 * the viewport. Works for perspective and orthographic alike, since it acts after the projection.
 */
export function restrictToRegion(projection: mat4, region: ImageRegion): mat4 {
  const sx = region.fullWidth / region.width;
  const sy = region.fullHeight / region.height;
  // The region's centre in the full image's NDC (y up, so rows count downward from +1).
  const cx = (2 * region.x + region.width) / region.fullWidth - 1;
  const cy = 1 - (2 * region.y + region.height) / region.fullHeight;
  mat4.identity(regionMatrix);
  regionMatrix[0] = sx;
  regionMatrix[5] = sy;
  regionMatrix[12] = -sx * cx;
  regionMatrix[13] = -sy * cy;
  return mat4.multiply(projection, regionMatrix, projection);
}


export function computeCameraMatrices(
  out: CameraMatrices,
  camera: CameraState,
  aspect: number,
  clipDepth: ClipDepth,
  region: ImageRegion | null = null,
): CameraMatrices {
  vec3.set(eye, camera.position[0], camera.position[1], camera.position[2]);
  vec3.set(target, camera.target[0], camera.target[1], camera.target[2]);
  vec3.subtract(out.forward, target, eye);
  if (vec3.length(out.forward) < 1e-12) vec3.set(out.forward, 0, 0, -1);
  vec3.normalize(out.forward, out.forward);
  safeUp(up, out.forward, camera.up);
  vec3.add(target, eye, out.forward);
  mat4.lookAt(out.view, eye, target, up);
  projectionMatrix(out.projection, camera, aspect, clipDepth);
  if (region) restrictToRegion(out.projection, region);
  mat4.multiply(out.viewProjection, out.projection, out.view);
  studioRotation(out.studioRotation, out.forward, up);
  return out;
}

/** Rows: studio x (right), y (up), z (toward the camera, horizontally). */
function studioRotation(out: mat4, forward: vec3, upAxis: vec3): mat4 {
  vec3.scale(back, forward, -1);
  vec3.scaleAndAdd(back, back, upAxis, -vec3.dot(back, upAxis));
  if (vec3.length(back) < 1e-9) {
    // Looking exactly along the up axis: any horizontal direction will do.
    vec3.copy(back, Math.abs(upAxis[2]) < 0.9 ? AXIS_Z : AXIS_Y);
    vec3.scaleAndAdd(back, back, upAxis, -vec3.dot(back, upAxis));
  }
  vec3.normalize(back, back);
  vec3.cross(side, upAxis, back);
  vec3.normalize(side, side);
  // Column-major: element (row r, column c) at c*4 + r; rows are the studio axes, so studio = R · world.
  mat4.set(out, side[0], upAxis[0], back[0], 0, side[1], upAxis[1], back[1], 0, side[2], upAxis[2], back[2], 0, 0, 0, 0, 1);
  return out;
}
