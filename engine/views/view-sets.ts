// What a user asks for (presets, a turntable, a grid, custom angles) turned into a checked list of named angles.
import type { Vec3 } from '../scene/types';
import { findPreset, findViewSet, PRESET_NAMES, VIEW_SET_NAMES, type PresetName, type ViewSetName } from './presets';
import { padIndex, uniqueNames } from './unique-names';
import {
  MAX_VIEWS,
  requireCount,
  requireElevation,
  requireFinite,
  requireFov,
  requireList,
  requireOneOf,
  requirePositive,
  requireVec3,
} from './view-validation';

/** One view chosen by hand. Angles in degrees, in the model's frame; distance and target in world units. */
export interface CustomView {
  name?: string;
  azimuth: number;
  elevation: number;
  roll?: number;
  /** Target-to-camera distance; without it the view is framed to fit the model. */
  distance?: number;
  /** Vertical field of view in degrees (perspective); without it the plan's fovY. */
  fovY?: number;
  /** The point the camera aims at; without it the model's centre. */
  target?: Vec3;
}

export type ViewSpec =
  | { kind: 'preset'; set: ViewSetName }
  | { kind: 'preset'; names: readonly PresetName[] }
  /** `count` views equally spaced around the up axis, all at `elevation`, the first at `startAzimuth` (0). */
  | { kind: 'turntable'; count: number; elevation: number; startAzimuth?: number }
  /** Every elevation with every azimuth, elevations outermost. */
  | { kind: 'grid'; elevations: readonly number[]; azimuths: readonly number[] }
  | { kind: 'custom'; views: readonly CustomView[] }
  /** The cameras stored in the model file, as their authors placed them. */
  | { kind: 'model-cameras' };

/** A named angle still to be framed: everything a spec can say about one view, checked. */
export interface ViewRequest {
  name: string;
  azimuth: number;
  elevation: number;
  roll: number;
  distance?: number;
  /** Degrees. */
  fovY?: number;
  target?: Vec3;
}

/** Fixed decimals, so 22.5 stays 22.5 but 1e-13 of rounding noise disappears from a name. */
function angleText(value: number, digits: number): string {
  const rounded = Math.round(Math.abs(value) * 1000) / 1000;
  const whole = Math.floor(rounded);
  const fraction = rounded - whole;
  return padIndex(whole, digits) + (fraction > 0 ? String(Number(fraction.toFixed(3))).slice(1) : '');
}

/** Azimuth wrapped to [0, 360), so 360 and 0 give the same name. */
function wrapDegrees(value: number): number {
  const wrapped = ((value % 360) + 360) % 360;
  return Math.round(wrapped * 1000) / 1000 === 360 ? 0 : wrapped;
}

/** `el+30_az045`: sortable, sign always shown, azimuth wrapped into 0..360. */
export function gridViewName(elevation: number, azimuth: number): string {
  const sign = elevation < 0 && Math.round(-elevation * 1000) > 0 ? '-' : '+';
  return `el${sign}${angleText(elevation, 2)}_az${angleText(wrapDegrees(azimuth), 3)}`;
}

function presetRequests(spec: Extract<ViewSpec, { kind: 'preset' }>): ViewRequest[] {
  let names: readonly string[];
  if ('set' in spec) {
    const set = findViewSet(requireOneOf(spec.set, VIEW_SET_NAMES, 'The view set'));
    names = set!.views;
  } else {
    names = requireList(spec.names, 'The list of preset views');
  }
  return names.map((name) => {
    const preset = findPreset(requireOneOf(name, PRESET_NAMES, 'Each preset view'))!;
    return { name: preset.name, azimuth: preset.azimuth, elevation: preset.elevation, roll: preset.roll };
  });
}

function turntableRequests(spec: Extract<ViewSpec, { kind: 'turntable' }>): ViewRequest[] {
  const count = requireCount(spec.count, 'The number of turntable views');
  const elevation = requireElevation(spec.elevation, 'The turntable elevation');
  const start = spec.startAzimuth === undefined ? 0 : requireFinite(spec.startAzimuth, 'The turntable start azimuth (degrees)');
  const digits = Math.max(2, String(count - 1).length);
  return Array.from({ length: count }, (_, i) => ({
    name: `turntable-${padIndex(i, digits)}`,
    azimuth: start + (360 * i) / count,
    elevation,
    roll: 0,
  }));
}

function gridRequests(spec: Extract<ViewSpec, { kind: 'grid' }>): ViewRequest[] {
  const elevations = requireList(spec.elevations, 'The grid elevations').map((e) => requireElevation(e, 'Each grid elevation'));
  const azimuths = requireList(spec.azimuths, 'The grid azimuths').map((a) => requireFinite(a, 'Each grid azimuth (degrees)'));
  if (elevations.length * azimuths.length > MAX_VIEWS) {
    throw new RangeError(`A grid may make at most ${MAX_VIEWS} views; ${elevations.length} elevations × ${azimuths.length} azimuths make ${elevations.length * azimuths.length}.`);
  }
  return elevations.flatMap((elevation) =>
    azimuths.map((azimuth) => ({ name: gridViewName(elevation, azimuth), azimuth, elevation, roll: 0 })),
  );
}

function customRequest(view: CustomView, index: number, digits: number): ViewRequest {
  const which = `Custom view ${index + 1}`;
  if (typeof view !== 'object' || view === null) throw new RangeError(`${which} must be an object with an azimuth and an elevation.`);
  const named = typeof view.name === 'string' && view.name.trim() !== '';
  const request: ViewRequest = {
    name: named ? view.name!.trim() : `custom-${padIndex(index + 1, digits)}`,
    azimuth: requireFinite(view.azimuth, `${which}: azimuth (degrees)`),
    elevation: requireElevation(view.elevation, `${which}: elevation`),
    roll: view.roll === undefined ? 0 : requireFinite(view.roll, `${which}: roll (degrees)`),
  };
  if (view.distance !== undefined) request.distance = requirePositive(view.distance, `${which}: distance`);
  if (view.fovY !== undefined) request.fovY = requireFov(view.fovY, `${which}: field of view`);
  if (view.target !== undefined) request.target = requireVec3(view.target, `${which}: target`);
  return request;
}

function customRequests(spec: Extract<ViewSpec, { kind: 'custom' }>): ViewRequest[] {
  const views = requireList(spec.views, 'The list of custom views');
  const digits = Math.max(2, String(views.length).length);
  return views.map((view, i) => customRequest(view, i, digits));
}

/** The spec's views, checked and uniquely named. Model cameras are not angles and are planned elsewhere. */
export function viewRequests(spec: Exclude<ViewSpec, { kind: 'model-cameras' }>): ViewRequest[] {
  let requests: ViewRequest[];
  switch (spec.kind) {
    case 'preset': requests = presetRequests(spec); break;
    case 'turntable': requests = turntableRequests(spec); break;
    case 'grid': requests = gridRequests(spec); break;
    case 'custom': requests = customRequests(spec); break;
    default: throw new RangeError(`Unknown kind of view spec: ${JSON.stringify((spec as { kind: unknown }).kind)}.`);
  }
  const names = uniqueNames(requests.map((r) => r.name));
  return requests.map((r, i) => ({ ...r, name: names[i] }));
}
