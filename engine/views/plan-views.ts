// Turns a view spec into framed cameras, one per image: the entry point of multi-angle export.
import type { Scene, Vec3 } from '../scene/types';
import type { CameraState } from './camera';
import { add, cameraBasis, scale } from './basis';
import { framePoints } from './frame';
import { modelCameras } from './model-cameras';
import { pointsBounds, scenePoints, type PointSource } from './points';
import { clipPlanes, hasExtent, subjectCorners, subjectFromBounds, type Subject } from './subject';
import { modelFrame, viewOffset, viewUp, type UpAxis } from './up-axis';
import { fitAroundTarget } from './view-fit';
import { viewRequests, type ViewRequest, type ViewSpec } from './view-sets';
import { requireBetween, requireFov, requireOneOf, requirePositive } from './view-validation';

/** A moderate lens: little distortion, still some depth. */
export const DEFAULT_FOV_Y_DEGREES = 35;

export interface PlanOptions {
  projection: CameraState['projection'];
  /** Vertical field of view in degrees (perspective); DEFAULT_FOV_Y_DEGREES when left out. */
  fovY?: number;
  upAxis: UpAxis;
  /** Margin around the model as a percentage of each half-extent of the image: 5 leaves 5%. */
  paddingPercent: number;
  /**
   * One scale for the whole set: every framed view aims at the model's bounding-box centre from
   * one distance (perspective, equal fovY) or with one orthoHeight, the largest any view needs,
   * so the model has the same pixel size in every image. Otherwise each view is framed tightly.
   */
  sameScale: boolean;
  /** Width / height of the exported images. */
  aspect: number;
}

export interface PlannedView {
  name: string;
  camera: CameraState;
  /** Degrees in the model's frame, for views planned from angles (not model cameras). */
  azimuth?: number;
  elevation?: number;
  roll?: number;
}

const DEG = Math.PI / 180;

interface PlanContext {
  points: PointSource;
  subject: Subject;
  options: PlanOptions;
  fill: number;
}

function checkOptions(options: PlanOptions): void {
  if (typeof options !== 'object' || options === null) throw new RangeError('View options must be an object.');
  requireOneOf(options.projection, ['perspective', 'orthographic'] as const, 'The projection');
  requireOneOf(options.upAxis, ['y', 'z'] as const, 'The up axis');
  requireBetween(options.paddingPercent, 0, 90, 'The padding (percent)');
  requirePositive(options.aspect, 'The aspect ratio (width / height)');
  if (options.fovY !== undefined) requireFov(options.fovY, 'The field of view');
  if (typeof options.sameScale !== 'boolean') throw new RangeError('sameScale must be true or false.');
}

/** The pose of a request before fitting: aimed at its target from a unit-free direction. */
function seedCamera(request: ViewRequest, context: PlanContext): CameraState {
  const { subject, options } = context;
  const frame = modelFrame(options.upAxis);
  const target = request.target ?? subject.center;
  const offset = viewOffset(frame, request.azimuth, request.elevation);
  return {
    position: add(target, scale(offset, subject.radius * 3)),
    target: [...target] as Vec3,
    up: viewUp(frame, request.azimuth, request.elevation, request.roll),
    projection: options.projection,
    fovY: (request.fovY ?? options.fovY ?? DEFAULT_FOV_Y_DEGREES) * DEG,
    orthoHeight: subject.radius * 2,
    near: 0,
    far: 0,
  };
}

/** The seed moved to `distance` from its target, with `orthoHeight`, near and far around the model. */
function placed(seed: CameraState, distance: number, orthoHeight: number, subject: Subject): CameraState {
  const { forward } = cameraBasis(seed);
  const position = add(seed.target, scale(forward, -distance));
  return { ...seed, position, orthoHeight, ...clipPlanes(position, forward, subject) };
}

/** Distance and height that fit the model with the target held where the request put it. */
function fixedTargetFit(seed: CameraState, context: PlanContext): { distance: number; orthoHeight: number } {
  const minDepth = context.subject.radius * 1e-2;
  return fitAroundTarget(context.points, seed.target, cameraBasis(seed), seed, context.options.aspect, context.fill, minDepth);
}

/** An orthographic camera stays outside the model's sphere; its distance does not change its scale. */
function orthoDistance(seed: CameraState, subject: Subject): number {
  const offCentre = Math.hypot(...seed.target.map((t, i) => t - subject.center[i]));
  return subject.radius * 2 + offCentre;
}

/** A request with its own distance: only the size (orthographic) is fitted. */
function atGivenDistance(seed: CameraState, distance: number, context: PlanContext): CameraState {
  const height = seed.projection === 'orthographic' ? fixedTargetFit(seed, context).orthoHeight : 2 * distance * Math.tan(seed.fovY / 2);
  return placed(seed, distance, height, context.subject);
}

function tightView(seed: CameraState, request: ViewRequest, context: PlanContext): CameraState {
  // an explicit target is kept; otherwise framePoints balances the margins around the model
  if (request.target === undefined) return framePoints(context.points, seed, context.options.aspect, 1 - context.fill);
  const fit = fixedTargetFit(seed, context);
  const perspective = seed.projection === 'perspective';
  const distance = perspective ? fit.distance : orthoDistance(seed, context.subject);
  return placed(seed, distance, perspective ? 2 * fit.distance * Math.tan(seed.fovY / 2) : fit.orthoHeight, context.subject);
}

/**
 * Same scale: the largest half-height at the target over the set (distance · tan(fovY/2), which
 * is one distance when every view shares fovY), or the largest orthoHeight, applied to every view.
 */
function sameScaleViews(seeds: CameraState[], context: PlanContext): CameraState[] {
  const fits = seeds.map((seed) => fixedTargetFit(seed, context));
  const halfHeight = Math.max(...fits.map((fit, i) => fit.distance * Math.tan(seeds[i].fovY / 2)));
  const orthoHeight = Math.max(...fits.map((fit) => fit.orthoHeight));
  return seeds.map((seed) => {
    if (seed.projection === 'orthographic') return placed(seed, orthoDistance(seed, context.subject), orthoHeight, context.subject);
    return placed(seed, halfHeight / Math.tan(seed.fovY / 2), 2 * halfHeight, context.subject);
  });
}

function anglePlan(requests: ViewRequest[], context: PlanContext): PlannedView[] {
  const seeds = requests.map((request) => seedCamera(request, context));
  const cameras: CameraState[] = new Array(requests.length);
  const shared: number[] = [];
  requests.forEach((request, i) => {
    if (request.distance !== undefined) cameras[i] = atGivenDistance(seeds[i], request.distance, context);
    else if (context.options.sameScale) shared.push(i);
    else cameras[i] = tightView(seeds[i], request, context);
  });
  if (shared.length) sameScaleViews(shared.map((i) => seeds[i]), context).forEach((camera, k) => (cameras[shared[k]] = camera));
  return requests.map((r, i) => ({ name: r.name, camera: cameras[i], azimuth: r.azimuth, elevation: r.elevation, roll: r.roll }));
}

/** The scene's points, or the stand-in cube of an empty or point-like scene, so every view stays finite. */
function framingPoints(scene: Scene): { points: PointSource; subject: Subject } {
  const points = scenePoints(scene);
  const box = pointsBounds(points);
  const subject = subjectFromBounds(box);
  if (hasExtent(box)) return { points, subject };
  const corners = subjectCorners(box, subject);
  return { points: (visit) => corners.forEach((c) => visit(c[0], c[1], c[2])), subject };
}

/**
 * One framed camera per view of `spec`, in the spec's order, with unique names. Angles are in
 * degrees in the model's frame (see up-axis.ts). Model cameras keep the file's own pose,
 * projection and field of view; padding and sameScale do not apply to them, and a model without
 * cameras gives an empty list. Throws a RangeError naming the first invalid input.
 */
export function planViews(scene: Scene, spec: ViewSpec, options: PlanOptions): PlannedView[] {
  checkOptions(options);
  if (typeof spec !== 'object' || spec === null) throw new RangeError('The view spec must be an object with a kind.');
  if (spec.kind === 'model-cameras') return modelCameras(scene).map(({ name, camera }) => ({ name, camera }));
  const requests = viewRequests(spec);
  const { points, subject } = framingPoints(scene);
  return anglePlan(requests, { points, subject, options, fill: 1 - options.paddingPercent / 100 });
}
