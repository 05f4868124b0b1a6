// A camera as photogrammetry and NeRF tools describe it: pixel intrinsics plus a camera-to-world pose.
// Mirrors engine/render/camera-matrices.ts exactly (same up fallback, same lookAt), so the numbers
// describe the pixels the renderer actually drew.
import type { Vec3 } from '../scene/types';
import type { CameraState } from './camera';
import { cross, dot, length, scale, sub } from './basis';

/**
 * Pixel coordinates: origin at the image's top-left corner, x right, y down, pixel (i, j) covering
 * [i, i+1] × [j, j+1] so its centre is at +0.5. For a camera-space point (X, Y, Z) (camera looks
 * down -Z): u = cx + fx·X/(-Z), v = cy - fy·Y/(-Z). This is OpenCV's K applied to (X, -Y, -Z).
 */
export interface PerspectiveIntrinsics {
  projection: 'perspective';
  fx: number;
  fy: number;
  cx: number;
  cy: number;
}

/** u = cx + X·pixelsPerUnit, v = cy - Y·pixelsPerUnit; extents are the full image's size in world units. */
export interface OrthographicIntrinsics {
  projection: 'orthographic';
  pixelsPerUnit: number;
  extentX: number;
  extentY: number;
  cx: number;
  cy: number;
}

export type CameraIntrinsics = PerspectiveIntrinsics | OrthographicIntrinsics;

/** 4×4, row-major nested arrays: m[row][column]. */
export type Matrix4Rows = number[][];

interface RenderBasis {
  right: Vec3;
  up: Vec3;
  /** Unit vector from the target toward the camera: the camera's +Z. */
  back: Vec3;
}

function unit(v: Vec3): Vec3 {
  const l = length(v);
  return l > 0 ? scale(v, 1 / l) : [0, 0, 0];
}

/** -0 becomes 0: written to JSON it would read back as 0, so the data would not survive a round trip. */
function rows(matrix: number[][]): Matrix4Rows {
  return matrix.map((row) => row.map((value) => value + 0));
}

/** The renderer's basis: its safeUp fallback, then gl-matrix lookAt's cross products, in float64. */
function renderBasis(camera: CameraState): RenderBasis {
  let forward = sub(camera.target, camera.position);
  forward = length(forward) < 1e-12 ? [0, 0, -1] : unit(forward);
  let up: Vec3 = length(camera.up as Vec3) < 1e-9 ? [0, 1, 0] : unit(camera.up);
  if (!(length(cross(forward, up)) > 1e-6)) up = Math.abs(forward[1]) < 0.9 ? [0, 1, 0] : [0, 0, 1];
  const back = scale(forward, -1);
  const right = unit(cross(up, back));
  return { right, up: unit(cross(back, right)), back };
}

/** Intrinsics for an image of width × height pixels rendered from `camera` (aspect = width / height, square pixels). */
export function cameraIntrinsics(camera: CameraState, width: number, height: number): CameraIntrinsics {
  const cx = width / 2, cy = height / 2;
  if (camera.projection === 'orthographic') {
    const pixelsPerUnit = height / camera.orthoHeight;
    return { projection: 'orthographic', pixelsPerUnit, extentX: width / pixelsPerUnit, extentY: camera.orthoHeight, cx, cy };
  }
  const f = height / (2 * Math.tan(camera.fovY / 2));
  return { projection: 'perspective', fx: f, fy: f, cx, cy };
}

/**
 * The intrinsics of a crop: the image is the region at (x, y) of a larger render, so the principal
 * point moves by the offset while the focal length stays.
 */
export function shiftIntrinsics<T extends CameraIntrinsics>(intrinsics: T, x: number, y: number): T {
  return { ...intrinsics, cx: intrinsics.cx - x, cy: intrinsics.cy - y };
}

/** Camera to world, OpenGL/Blender convention: columns are the camera's +X (right), +Y (up), +Z (backward) and position. */
export function cameraToWorld(camera: CameraState): Matrix4Rows {
  const { right: r, up: u, back: b } = renderBasis(camera);
  const p = camera.position;
  return rows([
    [r[0], u[0], b[0], p[0]],
    [r[1], u[1], b[1], p[1]],
    [r[2], u[2], b[2], p[2]],
    [0, 0, 0, 1],
  ]);
}

/** The inverse of cameraToWorld (the view matrix), row-major. */
export function worldToCamera(camera: CameraState): Matrix4Rows {
  const { right: r, up: u, back: b } = renderBasis(camera);
  const p = camera.position;
  return rows([
    [r[0], r[1], r[2], -dot(r, p)],
    [u[0], u[1], u[2], -dot(u, p)],
    [b[0], b[1], b[2], -dot(b, p)],
    [0, 0, 0, 1],
  ]);
}

/** A point through the given intrinsics and worldToCamera rows: [u, v, depth], depth = -Z (positive in front). */
export function projectWithIntrinsics(intrinsics: CameraIntrinsics, view: Matrix4Rows, point: Vec3): [number, number, number] {
  const [X, Y, Z] = [0, 1, 2].map((row) => view[row][0] * point[0] + view[row][1] * point[1] + view[row][2] * point[2] + view[row][3]);
  const depth = -Z;
  if (intrinsics.projection === 'orthographic') {
    return [intrinsics.cx + X * intrinsics.pixelsPerUnit, intrinsics.cy - Y * intrinsics.pixelsPerUnit, depth];
  }
  return [intrinsics.cx + (intrinsics.fx * X) / depth, intrinsics.cy - (intrinsics.fy * Y) / depth, depth];
}

/** Where the renderer draws `point` in a width × height image: [x, y] in pixels from the top-left corner, and depth. */
export function projectToPixel(camera: CameraState, width: number, height: number, point: Vec3): [number, number, number] {
  return projectWithIntrinsics(cameraIntrinsics(camera, width, height), worldToCamera(camera), point);
}
