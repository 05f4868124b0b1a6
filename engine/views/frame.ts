// Framing: move a camera along its own view direction so given bounds or points fill the image.
import type { Bounds, Vec3 } from '../scene/types';
import type { CameraState } from './camera';
import { add, cameraBasis, scale } from './basis';
import { boundsPoints, pointsBounds, type PointSource } from './points';
import { clipPlanes, hasExtent, subjectCorners, subjectFromBounds, type Subject } from './subject';

const DEFAULT_FOV_Y = (45 * Math.PI) / 180;

function sanitize(value: number, fallback: number, min: number, max: number): number {
  return Number.isFinite(value) && value > min && value < max ? value : fallback;
}

/**
 * The camera keeping its view direction, moved (perspective) or scaled (orthographic) so every
 * point lies inside the image with `padding` (a fraction of each half-extent) to spare, centred:
 * equal margins left and right, top and bottom, with the tighter pair exactly `padding`.
 * The target is the point, in the plane through the points' bounding-box centre facing the
 * camera, that appears at the image centre; with perspective it sits a little off the box centre,
 * since the near side of a model looks larger than the far side.
 * Near and far enclose the bounding sphere, so orbiting afterwards never clips by depth.
 * Works at any scale or offset; no points, or a single point, frame a small cube (see subjectFromBounds).
 */
export function framePoints(points: PointSource, camera: CameraState, aspect: number, padding = 0.1): CameraState {
  const box = pointsBounds(points);
  const subject = subjectFromBounds(box, camera.target);
  // empty or point-like: the subject's cube stands in for the points
  const fitted = hasExtent(box) ? points : cube(subjectCorners(box, subject));
  return fit(fitted, subject, camera, aspect, padding);
}

/**
 * framePoints on the bounds' eight corners. A corner fit, not a bounding-sphere fit: the sphere
 * leaves a cube seen face-on filling barely half the view.
 */
export function frameBounds(bounds: Bounds, camera: CameraState, aspect: number, padding = 0.1): CameraState {
  return framePoints(boundsPoints(bounds), camera, aspect, padding);
}

function cube(corners: Vec3[]): PointSource {
  return (visit) => corners.forEach((c) => visit(c[0], c[1], c[2]));
}

interface FitFrame {
  center: Vec3;
  forward: Vec3;
  distance: number;
}

/**
 * The offset s along `axis` at which the perspective projection of the points is centred:
 * max NDC = -min NDC. Each pass solves for the current extreme pair (exact once they stop
 * changing, usually after one or two passes).
 */
function centredShift(points: PointSource, frame: FitFrame, axis: Vec3, start: number): number {
  const [cx, cy, cz] = frame.center;
  const [fx, fy, fz] = frame.forward;
  let shift = start;
  for (let pass = 0; pass < 4; pass++) {
    let highValue = -Infinity, highWeight = 0, highA = 0;
    let lowValue = Infinity, lowWeight = 0, lowA = 0;
    points((px, py, pz) => {
      const vx = px - cx, vy = py - cy, vz = pz - cz;
      const a = vx * axis[0] + vy * axis[1] + vz * axis[2];
      const weight = 1 / (vx * fx + vy * fy + vz * fz + frame.distance);
      const value = weight * (a - shift);
      if (!Number.isFinite(value)) return;
      if (value > highValue) [highValue, highWeight, highA] = [value, weight, a];
      if (value < lowValue) [lowValue, lowWeight, lowA] = [value, weight, a];
    });
    if (!(highWeight + lowWeight > 0)) return shift;
    const next = (highWeight * highA + lowWeight * lowA) / (highWeight + lowWeight);
    if (next === shift) break;
    shift = next;
  }
  return shift;
}

function fit(points: PointSource, subject: Subject, camera: CameraState, aspect: number, padding: number): CameraState {
  const { forward, right, up } = cameraBasis(camera);
  const safeAspect = sanitize(aspect, 1, 0, Infinity);
  const fill = 1 - Math.min(Math.max(Number.isFinite(padding) ? padding : 0.1, 0), 0.9);
  const fovY = sanitize(camera.fovY, DEFAULT_FOV_Y, 0, Math.PI);
  const [cx, cy, cz] = subject.center;
  const orthographic = camera.projection === 'orthographic';
  const tanY = Math.tan(fovY / 2) * fill;
  const tanX = tanY * safeAspect;
  // per axis, the camera offset s must satisfy lo - t*D <= s <= hi + t*D for every point
  // (perspective: lo = max(x - t*z), hi = min(x + t*z); orthographic: the plain extremes)
  let loX = -Infinity, hiX = Infinity, loY = -Infinity, hiY = Infinity, minZ = Infinity;
  points((px, py, pz) => {
    const vx = px - cx, vy = py - cy, vz = pz - cz;
    if (!Number.isFinite(vx) || !Number.isFinite(vy) || !Number.isFinite(vz)) return;
    const x = vx * right[0] + vy * right[1] + vz * right[2];
    const y = vx * up[0] + vy * up[1] + vz * up[2];
    const z = vx * forward[0] + vy * forward[1] + vz * forward[2];
    const zx = orthographic ? 0 : tanX * z, zy = orthographic ? 0 : tanY * z;
    loX = Math.max(loX, x - zx);
    hiX = Math.min(hiX, x + zx);
    loY = Math.max(loY, y - zy);
    hiY = Math.min(hiY, y + zy);
    minZ = Math.min(minZ, z);
  });
  // centring the projection, not the bounds centre, leaves equal margins on both sides
  let shiftX = (loX + hiX) / 2, shiftY = (loY + hiY) / 2;

  let distance: number;
  let orthoHeight: number;
  if (orthographic) {
    const halfHeight = Math.max((loY - hiY) / 2, (loX - hiX) / 2 / safeAspect);
    orthoHeight = Math.max((2 * halfHeight) / fill, subject.radius * 1e-6);
    // outside the bounding sphere, so near stays positive and clips nothing
    distance = subject.radius * 2;
  } else {
    // the nearest point stays at least 1% of the radius in front of the eye
    distance = Math.max((loX - hiX) / (2 * tanX), (loY - hiY) / (2 * tanY), subject.radius * 1e-2 - minZ);
    // keeps an orthographic switch later at the same apparent size
    orthoHeight = 2 * distance * Math.tan(fovY / 2);
    // the limiting axis is centred exactly by the midpoint; the slack axis needs perspective's own centre
    const frame: FitFrame = { center: subject.center, forward, distance };
    if ((loX - hiX) / tanX >= (loY - hiY) / tanY) shiftY = centredShift(points, frame, up, shiftY);
    else shiftX = centredShift(points, frame, right, shiftX);
  }
  const target = add(subject.center, add(scale(right, shiftX), scale(up, shiftY)));
  const position = add(target, scale(forward, -distance));
  const { near, far } = clipPlanes(position, forward, subject);
  return { ...camera, position, target, up, fovY, orthoHeight, near, far };
}
