// Input checks for view planning: a RangeError that says, in plain words, which value is wrong and why.
import type { Vec3 } from '../scene/types';

/** No spec may ask for more images than this in one go. */
export const MAX_VIEWS = 360;

function shown(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? JSON.stringify(value) : String(value);
}

export function requireFinite(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${what} must be a finite number; got ${shown(value)}.`);
  return value;
}

/** A finite number within [min, max] (bounds included unless `open` says otherwise). */
export function requireBetween(value: unknown, min: number, max: number, what: string, open = { min: false, max: false }): number {
  const n = requireFinite(value, what);
  const low = open.min ? n > min : n >= min;
  const high = open.max ? n < max : n <= max;
  if (!low || !high) {
    const range = `${open.min ? 'above' : 'from'} ${min} ${open.max ? 'and below' : 'to'} ${max}`;
    throw new RangeError(`${what} must be ${range}; got ${n}.`);
  }
  return n;
}

export function requirePositive(value: unknown, what: string): number {
  const n = requireFinite(value, what);
  if (!(n > 0)) throw new RangeError(`${what} must be greater than 0; got ${n}.`);
  return n;
}

export function requireCount(value: unknown, what: string): number {
  const n = requireFinite(value, what);
  if (!Number.isInteger(n) || n < 1 || n > MAX_VIEWS) throw new RangeError(`${what} must be a whole number from 1 to ${MAX_VIEWS}; got ${n}.`);
  return n;
}

export function requireList<T>(value: readonly T[] | undefined, what: string): readonly T[] {
  if (!Array.isArray(value) || value.length === 0) throw new RangeError(`${what} must list at least one value.`);
  if (value.length > MAX_VIEWS) throw new RangeError(`${what} may list at most ${MAX_VIEWS} values; got ${value.length}.`);
  return value;
}

export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`${what} must be one of ${allowed.join(', ')}; got ${shown(value)}.`);
}

export function requireVec3(value: unknown, what: string): Vec3 {
  if (!Array.isArray(value) || value.length !== 3) throw new RangeError(`${what} must be three numbers [x, y, z].`);
  return [requireFinite(value[0], `${what} x`), requireFinite(value[1], `${what} y`), requireFinite(value[2], `${what} z`)];
}

/** Elevation in degrees: beyond ±90 the camera would pass over the pole and the image turn upside down. */
export function requireElevation(value: unknown, what: string): number {
  return requireBetween(value, -90, 90, `${what} (degrees)`);
}

/** A field of view in degrees, strictly between 0 and 180. */
export function requireFov(value: unknown, what: string): number {
  return requireBetween(value, 0, 180, `${what} (degrees)`, { min: true, max: true });
}
