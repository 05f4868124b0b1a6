// The --views text as a view spec: set and preset names come from the engine, so the command line never lists its own.
import { PRESET_NAMES, THREE_QUARTER_ELEVATION, VIEW_SET_NAMES, type PresetName, type ViewSetName, type ViewSpec } from '../../engine';

function number(text: string, what: string): number {
  const value = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a number, not "${text}".`);
  return value;
}

function numbers(text: string, what: string): number[] {
  return text.split(',').map((part) => number(part, what));
}

function turntable(rest: string[]): ViewSpec {
  if (rest.length < 1 || rest.length > 2) throw new RangeError('Write a turntable as turntable:COUNT or turntable:COUNT:ELEVATION, e.g. turntable:8:20.');
  const count = number(rest[0], 'The number of turntable views');
  // the classic product-shot elevation: a little of the top shows, as on a real turntable
  const elevation = rest.length === 2 ? number(rest[1], 'The turntable elevation') : THREE_QUARTER_ELEVATION;
  return { kind: 'turntable', count, elevation };
}

function grid(rest: string[]): ViewSpec {
  const halves = rest.join(':').split('/');
  if (rest.length !== 1 || halves.length !== 2) throw new RangeError('Write a grid as grid:ELEVATIONS/AZIMUTHS, e.g. grid:0,30/0,90,180,270.');
  return { kind: 'grid', elevations: numbers(halves[0], 'Each grid elevation'), azimuths: numbers(halves[1], 'Each grid azimuth') };
}

function presets(text: string): ViewSpec {
  const names = text.split(',').map((name) => name.trim());
  if (names.length === 1 && (VIEW_SET_NAMES as readonly string[]).includes(names[0])) return { kind: 'preset', set: names[0] as ViewSetName };
  const unknown = names.filter((name) => !(PRESET_NAMES as readonly string[]).includes(name));
  if (unknown.length) {
    throw new RangeError(
      `Unknown view "${unknown[0]}". Views: a set (${VIEW_SET_NAMES.join(', ')}), presets separated by commas ` +
        `(${PRESET_NAMES.join(', ')}), turntable:COUNT[:ELEVATION], grid:ELEVATIONS/AZIMUTHS or model-cameras.`,
    );
  }
  return { kind: 'preset', names: names as PresetName[] };
}

/** Throws a RangeError with a plain message for text it cannot read; the engine checks the numbers' ranges. */
export function parseViews(text: string): ViewSpec {
  const [kind, ...rest] = text.trim().split(':');
  if (kind === 'model-cameras' && rest.length === 0) return { kind: 'model-cameras' };
  if (kind === 'turntable') return turntable(rest);
  if (kind === 'grid') return grid(rest);
  if (rest.length) throw new RangeError(`Unknown kind of views "${kind}:": use turntable:…, grid:… or view names.`);
  return presets(text);
}
