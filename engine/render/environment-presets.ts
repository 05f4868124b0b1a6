// The light environments the PBR style offers, generated in code like the studio: each is a dome, soft boxes and a
// key light (the harmonics and the pre-filtered reflection map are computed from them: irradiance-sh.ts, environment-map.ts).
import { STUDIO, type StudioEnvironment } from './environment';

function unit(x: number, y: number, z: number): [number, number, number] {
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
}

const SUN = unit(0.45, 0.8, 0.4);

/** A clear day: a blue sky over a green-brown ground, a small hot sun, a bright sky fill and ground bounce. */
export const OUTDOOR: StudioEnvironment = {
  sky: [0.32, 0.5, 0.85],
  horizon: [0.62, 0.66, 0.7],
  ground: [0.12, 0.11, 0.07],
  boxes: [
    { name: 'sun', direction: SUN, radius: 0.12, edge: 0.05, radiance: [9.0, 8.2, 6.8] },
    { name: 'sky', direction: unit(-0.3, 0.9, -0.2), radius: 0.9, edge: 0.35, radiance: [0.18, 0.28, 0.45] },
    { name: 'bounce', direction: unit(-0.4, -0.7, 0.6), radius: 0.8, edge: 0.3, radiance: [0.14, 0.13, 0.08] },
  ],
  keyDirection: SUN,
  keyColor: [3.1, 2.85, 2.4],
  exposure: 1.0,
};

/** Even grey light from everywhere with a gentle key: shapes read without strong highlights or colour casts. */
export const NEUTRAL: StudioEnvironment = {
  sky: [0.6, 0.6, 0.6],
  horizon: [0.5, 0.5, 0.5],
  ground: [0.3, 0.3, 0.3],
  boxes: [
    { name: 'key', direction: unit(-0.4, 0.7, 0.6), radius: 0.6, edge: 0.3, radiance: [0.8, 0.8, 0.8] },
    { name: 'fill', direction: unit(0.7, 0.3, 0.6), radius: 0.6, edge: 0.3, radiance: [0.4, 0.4, 0.4] },
    { name: 'top', direction: unit(0, 1, 0), radius: 0.6, edge: 0.3, radiance: [0.4, 0.4, 0.4] },
  ],
  keyDirection: unit(-0.4, 0.7, 0.6),
  keyColor: [1.0, 1.0, 1.0],
  exposure: 1.0,
};

export type EnvironmentPreset = 'studio' | 'outdoor' | 'neutral';

export const ENVIRONMENT_PRESETS: Readonly<Record<EnvironmentPreset, StudioEnvironment>> = { studio: STUDIO, outdoor: OUTDOOR, neutral: NEUTRAL };
