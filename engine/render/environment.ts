// The studio: an analytic light environment (gradient dome + soft boxes) and one directional key light.
// Evaluated here only: the diffuse spherical harmonics (irradiance-sh.ts) and the pre-filtered reflection map
// (environment-map.ts) are computed from it once per environment, and the shaders read those.
//
// Directions are in the studio frame: +y is the camera's up, +z points from the subject toward the camera
// (horizontally), +x to the camera's right. The studio turns with the camera about the up axis, like a
// product turntable, so every azimuth is lit alike while the floor stays below.
import type { Vec3 } from '../scene/types';

export interface SoftBox {
  name: string;
  /** Unit direction from the subject toward the box's centre. */
  direction: Vec3;
  /** Angular radius in radians. */
  radius: number;
  /** Angular half-width of the soft edge in radians (> 0). */
  edge: number;
  /** Linear radiance. */
  radiance: Vec3;
}

export interface StudioEnvironment {
  /** Dome radiance straight up, at the horizon and straight down. */
  sky: Vec3;
  horizon: Vec3;
  ground: Vec3;
  boxes: SoftBox[];
  /** The directional key light (irradiance at normal incidence); it sits inside the key box. */
  keyDirection: Vec3;
  keyColor: Vec3;
  /** Multiplies scene radiance before tone mapping. */
  exposure: number;
}

function unit(x: number, y: number, z: number): Vec3 {
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
}

const KEY_DIRECTION = unit(-0.55, 0.65, 0.55);

export const STUDIO: StudioEnvironment = {
  sky: [0.5, 0.52, 0.56],
  horizon: [0.3, 0.3, 0.3],
  ground: [0.08, 0.078, 0.075],
  boxes: [
    { name: 'key', direction: KEY_DIRECTION, radius: 0.35, edge: 0.12, radiance: [2.4, 2.36, 2.3] },
    { name: 'fill', direction: unit(0.8, 0.2, 0.55), radius: 0.5, edge: 0.2, radiance: [0.5, 0.52, 0.55] },
    { name: 'rim', direction: unit(0.3, 0.5, -0.8), radius: 0.3, edge: 0.1, radiance: [2.0, 2.0, 2.0] },
  ],
  keyDirection: KEY_DIRECTION,
  keyColor: [2.4, 2.36, 2.28],
  exposure: 1.0,
};

export function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

function mix(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Dome radiance for a unit direction; blur widens the transitions, as seen through a reflection lobe that wide. */
export function domeRadiance(env: StudioEnvironment, x: number, y: number, z: number, out: Vec3, blur = 0): Vec3 {
  void x;
  void z;
  const skyT = smoothstep(-0.1 - blur, 1.0, y);
  const groundT = smoothstep(-0.02 - 0.5 * blur, 0.25 + blur, -y);
  for (let i = 0; i < 3; i++) out[i] = mix(mix(env.horizon[i], env.sky[i], skyT), env.ground[i], groundT);
  return out;
}

/** Weight of one box in a direction; a box widened by blur keeps its power, so it dims as it spreads. */
export function softBoxWeight(box: SoftBox, x: number, y: number, z: number, blur = 0): number {
  const d = box.direction;
  const cosine = Math.min(1, Math.max(-1, x * d[0] + y * d[1] + z * d[2]));
  if (blur === 0) return 1 - smoothstep(box.radius - box.edge, box.radius + box.edge, Math.acos(cosine));
  const radius = Math.min(Math.sqrt(box.radius * box.radius + blur * blur), 3);
  const edge = box.edge + 0.5 * blur;
  const spread = (1 - Math.cos(box.radius)) / (1 - Math.cos(radius));
  return spread * (1 - smoothstep(radius - edge, radius + edge, Math.acos(cosine)));
}

/** Total environment radiance in a unit direction (dome plus boxes, no blur). */
export function studioRadiance(env: StudioEnvironment, x: number, y: number, z: number, out: Vec3): Vec3 {
  domeRadiance(env, x, y, z, out);
  for (const box of env.boxes) {
    const w = softBoxWeight(box, x, y, z);
    if (w > 0) for (let i = 0; i < 3; i++) out[i] += box.radiance[i] * w;
  }
  return out;
}
