import { describe, expect, it } from 'vitest';
import {
  bakeEnvironmentMap, decodeRgbm, encodeRgbm, ENVIRONMENT_LEVELS, ENVIRONMENT_TILE, ENVIRONMENT_TILE_WITH_BORDER,
  octahedralDecode, octahedralEncode, prefilteredRadiance,
} from '../../../engine/render/environment-map';
import { ENVIRONMENT_PRESETS } from '../../../engine/render/environment-presets';
import { environmentHarmonics } from '../../../engine/render/irradiance-sh';
import type { PixelData } from '../../../engine/gpu/types';
import type { Vec3 } from '../../../engine/scene/types';
import { unitDirections } from './seeded-directions';

/** What shaders/include/environment.* compute, in TypeScript: bilinear RGBM samples of two levels, blended. */
function shaderLookup(map: PixelData, dir: Vec3, roughness: number): Vec3 {
  const [u, v] = octahedralEncode(...dir);
  const edge = ENVIRONMENT_TILE_WITH_BORDER;
  const texel = (level: number): Vec3 => {
    // texel-space position, then GL's bilinear filter (texel centres at +0.5); decoded after filtering, as on the GPU
    const x = (u * 0.5 + 0.5) * ENVIRONMENT_TILE + 1 - 0.5;
    const y = level * edge + (v * 0.5 + 0.5) * ENVIRONMENT_TILE + 1 - 0.5;
    const x0 = Math.floor(x), y0 = Math.floor(y), fx = x - x0, fy = y - y0;
    const rgbm = [0, 0, 0, 0];
    for (const [dx, dy, w] of [[0, 0, (1 - fx) * (1 - fy)], [1, 0, fx * (1 - fy)], [0, 1, (1 - fx) * fy], [1, 1, fx * fy]]) {
      const o = ((y0 + dy) * map.width + (x0 + dx)) * 4;
      for (let c = 0; c < 4; c++) rgbm[c] += (map.data[o + c] / 255) * w;
    }
    return [rgbm[0] * rgbm[3] * 16, rgbm[1] * rgbm[3] * 16, rgbm[2] * rgbm[3] * 16];
  };
  const level = roughness * (ENVIRONMENT_LEVELS - 1);
  const below = Math.floor(level), above = Math.min(below + 1, ENVIRONMENT_LEVELS - 1), t = level - below;
  const a = texel(below), b = texel(above);
  return [0, 1, 2].map((c) => a[c] + (b[c] - a[c]) * t) as Vec3;
}

describe('the pre-filtered environment map', () => {
  it('maps directions to octahedral coordinates and back', () => {
    for (const d of unitDirections(500)) {
      const [u, v] = octahedralEncode(...d);
      expect(Math.abs(u) + Math.abs(v)).toBeLessThanOrEqual(1 + 1e-9 + (d[1] < 0 ? 1 : 0));
      const back = octahedralDecode(u, v);
      for (let c = 0; c < 3; c++) expect(back[c]).toBeCloseTo(d[c], 9);
    }
  });

  it('continues across the square\'s edges, so the border texels hold their neighbours\' light', () => {
    for (const v of [-0.9, -0.3, 0.2, 0.7]) {
      const inside = octahedralDecode(0.98, -v), across = octahedralDecode(1.02, v);
      for (let c = 0; c < 3; c++) expect(across[c]).toBeCloseTo(inside[c], 9);
    }
  });

  it('keeps radiance from 0.01 to 16 within 1% through RGBM', () => {
    const bytes = new Uint8Array(4);
    for (const value of [0.01, 0.08, 0.3, 1, 2.4, 9, 16]) {
      encodeRgbm([value, value * 0.5, value * 0.25], bytes, 0);
      const [r, g] = decodeRgbm(bytes, 0);
      expect(Math.abs(r - value) / value, `${value}`).toBeLessThan(0.01);
      expect(Math.abs(g - value * 0.5) / (value * 0.5), `${value}/2`).toBeLessThan(0.02);
    }
  });

  it('sampled as the shaders sample it, gives the analytic pre-filtered light of every preset', () => {
    for (const [name, env] of Object.entries(ENVIRONMENT_PRESETS)) {
      const map = bakeEnvironmentMap(env);
      expect(map.width).toBe(ENVIRONMENT_TILE_WITH_BORDER);
      expect(map.height).toBe(ENVIRONMENT_TILE_WITH_BORDER * ENVIRONMENT_LEVELS);
      const sh = environmentHarmonics(env);
      const errors: number[] = [];
      let brightest = 0;
      for (const d of unitDirections(400)) {
        for (const roughness of [0.05, 0.2, 0.35, 0.5, 0.8, 1]) {
          const exact = prefilteredRadiance(env, sh, ...d, roughness, [0, 0, 0]);
          const looked = shaderLookup(map, d, roughness);
          brightest = Math.max(brightest, exact[0]);
          // relative to the light's size, so the soft boxes' bright edges count as much as the dark ground
          errors.push(Math.max(...[0, 1, 2].map((c) => Math.abs(looked[c] - exact[c]) / Math.max(exact[c], 0.25))));
        }
      }
      errors.sort((a, b) => a - b);
      const median = errors[Math.floor(errors.length / 2)], p99 = errors[Math.floor(errors.length * 0.99)];
      console.log(`${name}: relative error median ${(median * 100).toFixed(2)}%, p99 ${(p99 * 100).toFixed(1)}%, brightest ${brightest.toFixed(2)}`);
      expect(median, name).toBeLessThan(0.02);
      expect(p99, name).toBeLessThan(0.25);
      expect(brightest, name).toBeGreaterThan(0.5); // the lookup was compared on real light, not on black
    }
  });
});
