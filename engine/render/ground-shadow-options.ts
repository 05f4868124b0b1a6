// The ground shadow's public settings checked and completed: a bad value is refused with a RangeError saying what
// was expected, before anything changes.
import type { GroundShadowSettings } from './ground-shadow';

/** Defaults: a clear contact shadow that fades well before the model's width. */
export const GROUND_SHADOW_DEFAULTS = { opacity: 0.6, softness: 0.5 } as const;

function unitNumber(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`The ground shadow's ${name} must be a number from 0 to 1, not ${String(value)}`);
  }
  return value;
}

export function resolveGroundShadow(options: { up?: unknown; opacity?: unknown; softness?: unknown }): GroundShadowSettings {
  if (typeof options !== 'object' || options === null) throw new RangeError('The ground shadow takes { up, opacity, softness } or null');
  if (options.up !== 'y' && options.up !== 'z') throw new RangeError(`The ground shadow's up axis must be 'y' or 'z', not ${String(options.up)}`);
  return {
    up: options.up,
    opacity: unitNumber('opacity', options.opacity, GROUND_SHADOW_DEFAULTS.opacity),
    softness: unitNumber('softness', options.softness, GROUND_SHADOW_DEFAULTS.softness),
  };
}
