// The studio turns with the camera (camera-matrices.ts): its key light and diffuse harmonics, given in the studio
// frame, are turned into world space once per frame here, so fragment shaders light world-space normals as they are
// instead of turning two vectors per fragment (bench/results/history/README.md, shading cost).
import type { mat4 } from 'gl-matrix';
import type { Vec3 } from '../scene/types';

/** Row r, column c of the rotation's 3×3 part (column-major storage): studio = R · world. */
const at = (rotation: mat4, r: number, c: number): number => rotation[c * 4 + r];

/** Rᵀ·v: a studio-frame direction in world space, written at out[offset..offset+2]. */
export function directionToWorld(rotation: mat4, v: Readonly<Vec3>, out: Float32Array, offset: number): void {
  for (let c = 0; c < 3; c++) out[offset + c] = at(rotation, 0, c) * v[0] + at(rotation, 1, c) * v[1] + at(rotation, 2, c) * v[2];
}

// Per colour channel, the harmonics' polynomial (terms 1, y, z, x, xy, yz, 3z²-1, xz, x²-y²; irradiance-sh.ts) is
// c + b·n + nᵀMn. With n_studio = R·n_world it becomes c + (Rᵀb)·n + nᵀ(RᵀMR)n, which is read back into the same
// terms using x² + y² + z² = 1 for the diagonal. Exact: no resampling, no loss.
/** Scratch, module-scope so a frame allocates nothing. */
const b = [0, 0, 0];
const m = [0, 0, 0, 0, 0, 0, 0, 0, 0];
const mr = [0, 0, 0, 0, 0, 0, 0, 0, 0];
const turned = [0, 0, 0, 0, 0, 0, 0, 0, 0];

/**
 * The 9 RGB coefficients `sh` (studio frame) as world-frame coefficients of the same polynomial, written as vec4s
 * (std140 array stride) from out[offset].
 */
export function harmonicsToWorld(rotation: mat4, sh: readonly Readonly<Vec3>[], out: Float32Array, offset: number): void {
  for (let ch = 0; ch < 3; ch++) {
    b[0] = sh[3][ch];
    b[1] = sh[1][ch];
    b[2] = sh[2][ch];
    // M, row-major: xx, xy, xz / yx, yy, yz / zx, zy, zz
    m[0] = sh[8][ch]; m[1] = sh[4][ch] / 2; m[2] = sh[7][ch] / 2;
    m[3] = m[1]; m[4] = -sh[8][ch]; m[5] = sh[5][ch] / 2;
    m[6] = m[2]; m[7] = m[5]; m[8] = 3 * sh[6][ch];
    // mr = M·R, then turned = Rᵀ·(M·R)
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) mr[i * 3 + j] = m[i * 3] * at(rotation, 0, j) + m[i * 3 + 1] * at(rotation, 1, j) + m[i * 3 + 2] * at(rotation, 2, j);
    }
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) turned[i * 3 + j] = at(rotation, 0, i) * mr[j] + at(rotation, 1, i) * mr[3 + j] + at(rotation, 2, i) * mr[6 + j];
    }
    // the diagonal a·x² + d·y² + e·z² as t + ((a-d)/2)·(x²-y²) + ((e-t)/3)·(3z²-1) + (e-t)/3, with t = (a+d)/2
    const t = (turned[0] + turned[4]) / 2;
    const z2 = (turned[8] - t) / 3;
    const o = offset + ch;
    out[o] = sh[0][ch] - sh[6][ch] + t + z2;
    out[o + 4] = at(rotation, 0, 1) * b[0] + at(rotation, 1, 1) * b[1] + at(rotation, 2, 1) * b[2];
    out[o + 8] = at(rotation, 0, 2) * b[0] + at(rotation, 1, 2) * b[1] + at(rotation, 2, 2) * b[2];
    out[o + 12] = at(rotation, 0, 0) * b[0] + at(rotation, 1, 0) * b[1] + at(rotation, 2, 0) * b[2];
    out[o + 16] = turned[1] + turned[3];
    out[o + 20] = turned[5] + turned[7];
    out[o + 24] = z2;
    out[o + 28] = turned[2] + turned[6];
    out[o + 32] = (turned[0] - turned[4]) / 2;
  }
}
