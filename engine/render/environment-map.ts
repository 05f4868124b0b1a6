// The studio's reflections, pre-filtered once per environment: for ENVIRONMENT_LEVELS roughnesses, the light a
// mirror-like to a fully rough surface reflects in every direction, stored as octahedral maps stacked in one RGBM
// texture. The shader (shaders/include/environment.*) then takes two filtered samples per pixel where it used to
// evaluate the dome, three soft boxes and the harmonics analytically: on a software rasteriser that was about a
// third of the Realistic look's cost.
import type { PixelData } from '../gpu/types';
import type { Vec3 } from '../scene/types';
import { domeRadiance, smoothstep, softBoxWeight, type StudioEnvironment } from './environment';
import { environmentHarmonics, evaluateIrradiance } from './irradiance-sh';

/** Roughness levels 0, 1/(L-1), …, 1; the shader blends the two around a surface's roughness. */
export const ENVIRONMENT_LEVELS = 8;
/** Texels across one level's octahedral map, without its one-texel border. */
export const ENVIRONMENT_TILE = 96;
/** RGBM: rgb × a × this range is the linear radiance (the brightest light, the outdoor sun, is 9). */
export const ENVIRONMENT_RANGE = 16;

/** One level with its border: the border repeats the map across its edges, so filtering never bleeds between levels. */
export const ENVIRONMENT_TILE_WITH_BORDER = ENVIRONMENT_TILE + 2;

/** Rough angular radius of the GGX reflection lobe (half-maximum of D about 0.64·alpha, plus tails). */
export function reflectionLobeBlur(roughness: number): number {
  return 2.6 * Math.atan(0.64 * roughness * roughness);
}

/**
 * What a surface of this roughness reflects from a unit direction: the environment blurred by the lobe, and the
 * cosine-convolved harmonics for the roughest surfaces, whose lobe is nearly a cosine.
 */
export function prefilteredRadiance(env: StudioEnvironment, sh: Vec3[], x: number, y: number, z: number, roughness: number, out: Vec3): Vec3 {
  const blur = reflectionLobeBlur(roughness);
  domeRadiance(env, x, y, z, out, blur);
  for (const box of env.boxes) {
    const w = softBoxWeight(box, x, y, z, blur);
    if (w > 0) for (let i = 0; i < 3; i++) out[i] += box.radiance[i] * w;
  }
  const diffuse = evaluateIrradiance(sh, x, y, z, [0, 0, 0]);
  const t = smoothstep(0.55, 1.0, roughness);
  for (let i = 0; i < 3; i++) out[i] += (Math.max(diffuse[i], 0) - out[i]) * t;
  return out;
}

const sign = (v: number): number => (v >= 0 ? 1 : -1);

/** Octahedral map coordinates in [-1, 1]² of a unit direction: +y at the centre, -y at the corners. */
export function octahedralEncode(x: number, y: number, z: number): [number, number] {
  const n = Math.abs(x) + Math.abs(y) + Math.abs(z);
  const u = x / n, v = z / n;
  if (y >= 0) return [u, v];
  return [(1 - Math.abs(v)) * sign(u), (1 - Math.abs(u)) * sign(v)];
}

/** The unit direction at octahedral coordinates; coordinates past an edge are folded back across it first. */
export function octahedralDecode(uIn: number, vIn: number): Vec3 {
  let u = uIn, v = vIn;
  // across the square's edge the map continues mirrored: (1 + e, v) is the direction at (1 - e, -v)
  if (Math.abs(u) > 1) { u = sign(u) * (2 - Math.abs(u)); v = -v; }
  if (Math.abs(v) > 1) { v = sign(v) * (2 - Math.abs(v)); u = -u; }
  let x = u, z = v;
  const y = 1 - Math.abs(u) - Math.abs(v);
  if (y < 0) {
    x = (1 - Math.abs(v)) * sign(u);
    z = (1 - Math.abs(u)) * sign(v);
  }
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
}

/** Linear radiance → RGBM bytes, the multiplier rounded up so no channel clips. */
export function encodeRgbm(rgb: Vec3, out: Uint8Array | Uint8ClampedArray, offset: number): void {
  const peak = Math.max(rgb[0], rgb[1], rgb[2], 1e-6) / ENVIRONMENT_RANGE;
  const m = Math.min(1, Math.max(1, Math.ceil(peak * 255)) / 255);
  for (let i = 0; i < 3; i++) out[offset + i] = Math.round(Math.min(1, Math.max(0, rgb[i] / (m * ENVIRONMENT_RANGE))) * 255);
  out[offset + 3] = Math.round(m * 255);
}

export function decodeRgbm(data: Uint8Array | Uint8ClampedArray, offset: number): Vec3 {
  const scale = (data[offset + 3] / 255) * ENVIRONMENT_RANGE / 255;
  return [data[offset] * scale, data[offset + 1] * scale, data[offset + 2] * scale];
}

/** The roughness a level holds. */
export function levelRoughness(level: number): number {
  return level / (ENVIRONMENT_LEVELS - 1);
}

const maps = new WeakMap<StudioEnvironment, PixelData>();

/** The environment's map, baked on first use and kept: switching back to an environment costs nothing. */
export function environmentMap(env: StudioEnvironment): PixelData {
  let map = maps.get(env);
  if (!map) {
    map = bakeEnvironmentMap(env);
    maps.set(env, map);
  }
  return map;
}

/** Every level's octahedral map with its border, level 0 (mirror) at the top. */
export function bakeEnvironmentMap(env: StudioEnvironment): PixelData {
  const edge = ENVIRONMENT_TILE_WITH_BORDER;
  const width = edge;
  const height = edge * ENVIRONMENT_LEVELS;
  const data = new Uint8Array(width * height * 4);
  const sh = environmentHarmonics(env);
  const radiance: Vec3 = [0, 0, 0];
  for (let level = 0; level < ENVIRONMENT_LEVELS; level++) {
    const roughness = levelRoughness(level);
    for (let row = 0; row < edge; row++) {
      // texel centres; the border row and column sit half a texel past ±1
      const v = ((row - 1 + 0.5) / ENVIRONMENT_TILE) * 2 - 1;
      for (let column = 0; column < edge; column++) {
        const u = ((column - 1 + 0.5) / ENVIRONMENT_TILE) * 2 - 1;
        const [x, y, z] = octahedralDecode(u, v);
        prefilteredRadiance(env, sh, x, y, z, roughness, radiance);
        encodeRgbm(radiance, data, ((level * edge + row) * width + column) * 4);
      }
    }
  }
  return { width, height, data };
}
