// What a camera must keep in view: a bounding sphere, with empty and point bounds given a usable size.
import type { Bounds, Vec3 } from '../scene/types';
import { boundsCenter, boundsRadius, isEmptyBounds } from '../scene/bounds';
import { dot, length, sub } from './basis';

export interface Subject {
  center: Vec3;
  /** Always finite and > 0. */
  radius: number;
}

/** Near/far enclose the subject sphere with this margin, so rounding never clips its surface. */
const CLIP_MARGIN = 1.1;
/** near >= far * this: keeps 24-bit depth precise even when the camera sits inside the subject. */
const NEAR_FAR_RATIO = 1e-3;

function isFiniteVec(v: Vec3): boolean {
  return Number.isFinite(v[0]) && Number.isFinite(v[1]) && Number.isFinite(v[2]);
}

/** The bounds' half-diagonal, or null when the bounds are empty, non-finite or a single point. */
function extentRadius(bounds: Bounds): number | null {
  if (isEmptyBounds(bounds) || !isFiniteVec(bounds.min) || !isFiniteVec(bounds.max)) return null;
  const radius = boundsRadius(bounds);
  // below float64 resolution at this offset, the bounds are one point
  return radius > length(boundsCenter(bounds)) * 1e-12 && Number.isFinite(radius) ? radius : null;
}

/** False for empty, non-finite or single-point bounds: there is nothing to fit but a position. */
export function hasExtent(bounds: Bounds): boolean {
  return extentRadius(bounds) !== null;
}

/**
 * The bounds' centre and half-diagonal. Empty (or non-finite) bounds become a unit sphere at
 * `fallbackCenter`; a single point gets a radius of 1, or 1e-3 of its distance from the origin when
 * that is larger, so the view stays representable in float32 far from the origin.
 */
export function subjectFromBounds(bounds: Bounds, fallbackCenter: Vec3 = [0, 0, 0]): Subject {
  const empty = isEmptyBounds(bounds) || !isFiniteVec(bounds.min) || !isFiniteVec(bounds.max);
  if (empty) return { center: isFiniteVec(fallbackCenter) ? [...fallbackCenter] : [0, 0, 0], radius: 1 };
  const center = boundsCenter(bounds);
  return { center, radius: extentRadius(bounds) ?? Math.max(1, length(center) * 1e-3) };
}

/** The eight corners of the bounds, or of the subject's cube when the bounds are empty or a point. */
export function subjectCorners(bounds: Bounds, subject: Subject): Vec3[] {
  const half = subject.radius / Math.sqrt(3);
  const c = subject.center;
  const usable = hasExtent(bounds);
  const min: Vec3 = usable ? bounds.min : [c[0] - half, c[1] - half, c[2] - half];
  const max: Vec3 = usable ? bounds.max : [c[0] + half, c[1] + half, c[2] + half];
  const corners: Vec3[] = [];
  for (let i = 0; i < 8; i++) corners.push([i & 1 ? max[0] : min[0], i & 2 ? max[1] : min[1], i & 4 ? max[2] : min[2]]);
  return corners;
}

/**
 * Near and far planes that enclose the subject sphere as seen from `position` looking along the unit
 * vector `forward`; they follow the camera, so zooming and orbiting never clip the model.
 */
export function clipPlanes(position: Vec3, forward: Vec3, subject: Subject): { near: number; far: number } {
  const depth = dot(sub(subject.center, position), forward);
  const far = Math.max(depth + subject.radius * CLIP_MARGIN, subject.radius * 1e-2);
  const near = Math.max(depth - subject.radius * CLIP_MARGIN, far * NEAR_FAR_RATIO);
  return { near, far };
}
