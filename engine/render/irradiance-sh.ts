// Diffuse light from the studio as 9 spherical-harmonic coefficients (l ≤ 2), integrated numerically once.
// Coefficients come pre-multiplied by the cosine-lobe factors A_l/π and the basis constants, so the shader's
// irradianceSh(n) is a plain polynomial returning irradiance/π (the radiance of a white Lambert surface).
import type { Vec3 } from '../scene/types';
import { studioRadiance, type StudioEnvironment } from './environment';

/** Polynomial terms in the order the shader uses: 1, y, z, x, xy, yz, 3z²-1, xz, x²-y². */
export function shTerms(x: number, y: number, z: number, out: number[]): number[] {
  out[0] = 1;
  out[1] = y;
  out[2] = z;
  out[3] = x;
  out[4] = x * y;
  out[5] = y * z;
  out[6] = 3 * z * z - 1;
  out[7] = x * z;
  out[8] = x * x - y * y;
  return out;
}

// Real SH basis constants for the terms above (Y_lm = constant * term).
const BASIS = [0.282095, 0.488603, 0.488603, 0.488603, 1.092548, 1.092548, 0.315392, 1.092548, 0.546274];
// Clamped-cosine convolution over π (Ramamoorthi & Hanrahan 2001): 1, 2/3, 1/4 for bands 0, 1, 2.
const BAND_FACTOR = [1, 2 / 3, 2 / 3, 2 / 3, 1 / 4, 1 / 4, 1 / 4, 1 / 4, 1 / 4];

/** 9 RGB coefficients c_i such that Σ c_i·term_i(n) = irradiance(n)/π. */
export function irradianceCoefficients(env: StudioEnvironment, thetaSteps = 96, phiSteps = 192): Vec3[] {
  const sums: Vec3[] = Array.from({ length: 9 }, () => [0, 0, 0] as Vec3);
  const radiance: Vec3 = [0, 0, 0];
  const terms: number[] = [];
  const dTheta = Math.PI / thetaSteps;
  const dPhi = (2 * Math.PI) / phiSteps;
  for (let i = 0; i < thetaSteps; i++) {
    const theta = (i + 0.5) * dTheta;
    const sinTheta = Math.sin(theta);
    const weight = sinTheta * dTheta * dPhi;
    for (let j = 0; j < phiSteps; j++) {
      const phi = (j + 0.5) * dPhi;
      const x = sinTheta * Math.cos(phi), y = Math.cos(theta), z = sinTheta * Math.sin(phi);
      studioRadiance(env, x, y, z, radiance);
      shTerms(x, y, z, terms);
      for (let k = 0; k < 9; k++) {
        const basis = BASIS[k] * terms[k] * weight;
        for (let c = 0; c < 3; c++) sums[k][c] += radiance[c] * basis;
      }
    }
  }
  // Projection gives L_lm = Σ L·Y_lm dω; evaluation needs L_lm · A_l/π · Y_lm(n) = (L_lm · A_l/π · basis) · term.
  return sums.map((s, k) => s.map((v) => v * BAND_FACTOR[k] * BASIS[k]) as Vec3);
}

/** irradiance(n)/π from the coefficients: what the shader's irradianceSh computes. */
export function evaluateIrradiance(coefficients: Vec3[], x: number, y: number, z: number, out: Vec3): Vec3 {
  const terms = shTerms(x, y, z, []);
  out[0] = out[1] = out[2] = 0;
  for (let k = 0; k < 9; k++) for (let c = 0; c < 3; c++) out[c] += coefficients[k][c] * terms[k];
  return out;
}

const harmonics = new WeakMap<StudioEnvironment, Vec3[]>();

/** The environment's coefficients, integrated once: switching back to an environment costs nothing. */
export function environmentHarmonics(env: StudioEnvironment): Vec3[] {
  let sh = harmonics.get(env);
  if (!sh) {
    sh = irradianceCoefficients(env);
    harmonics.set(env, sh);
  }
  return sh;
}
