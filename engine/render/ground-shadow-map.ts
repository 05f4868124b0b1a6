// The ground shadow's picture, computed once per scene and setting on the CPU: the model's triangles are
// rasterised seen from below into a square grid, keeping per cell the height of the lowest surface above the
// ground; a cell's darkness falls with that height (a part resting on the ground darkens it fully, one hovering
// above it barely), then two Gaussian blurs give a tight contact core and a wide soft skirt.
// Why on the CPU rather than a GPU pass: the blur is paid once instead of per pixel per frame, the height falloff
// needs a depth the mask pass does not keep, and the device contract stays free of render-to-texture.
import { mat4, vec3 } from 'gl-matrix';
import type { Scene, Vec3 } from '../scene/types';
import { isEmptyBounds } from '../scene/bounds';
import { sceneBounds, walkWorld } from '../scene/world';
import type { UpAxis } from '../views/up-axis';

/** Where the shadow lies: a square on the ground, centre ± axisU ± axisV, facing up (axisU × axisV points up). */
export interface GroundPlane {
  center: Vec3;
  /** Half the square's side along the grid's columns. */
  axisU: Vec3;
  /** Half the square's side along the grid's rows. */
  axisV: Vec3;
}

export interface GroundShadowMap {
  plane: GroundPlane;
  /** Cells per side. */
  size: number;
  /** Darkness 0..1 per cell, rows along axisV from -axisV, columns along axisU from -axisU. */
  darkness: Float32Array;
}

/** Cells per side: the blur hides the cells, so a small grid is enough, and cheap to rasterise. */
export const GROUND_SHADOW_CELLS = 256;

/** Unit axes across the ground (u, v) for an up axis, with u × v = up, so the quad faces up. */
function groundAxes(up: UpAxis): { upIndex: number; u: Vec3; v: Vec3 } {
  return up === 'y' ? { upIndex: 1, u: [1, 0, 0], v: [0, 0, -1] } : { upIndex: 2, u: [1, 0, 0], v: [0, 1, 0] };
}

const world = vec3.create();

/**
 * The shadow's darkness grid under `scene` for `up` and a softness in 0..1 (0: tight, 1: wide), or null for a
 * scene with no surfaces.
 */
export function computeGroundShadow(scene: Scene, up: UpAxis, softness: number, size = GROUND_SHADOW_CELLS): GroundShadowMap | null {
  const bounds = sceneBounds(scene);
  if (isEmptyBounds(bounds)) return null;
  const { upIndex, u, v } = groundAxes(up);
  const ui = u.findIndex((c) => c !== 0);
  const vi = v.findIndex((c) => c !== 0);
  const vSign = v[vi];
  const extentU = bounds.max[ui] - bounds.min[ui];
  const extentV = bounds.max[vi] - bounds.min[vi];
  const height = bounds.max[upIndex] - bounds.min[upIndex];
  const scale = Math.max(extentU, extentV, height, 1e-6);
  const contactSigma = scale * (0.006 + 0.025 * softness);
  const skirtSigma = scale * (0.04 + 0.16 * softness);
  // room for the skirt to fade out inside the square
  const half = Math.max(extentU, extentV) / 2 + 3 * skirtSigma;
  const ground = bounds.min[upIndex];
  const center: Vec3 = [0, 0, 0];
  center[ui] = (bounds.min[ui] + bounds.max[ui]) / 2;
  center[vi] = (bounds.min[vi] + bounds.max[vi]) / 2;
  // just under the lowest point, so the model's own bottom never fights the ground for depth
  center[upIndex] = ground - scale * 1e-3;

  const lowest = new Float32Array(size * size).fill(Infinity);
  const cell = (2 * half) / size;
  // grid coordinates of a world point: columns along u, rows along v (v may run against its world axis)
  const gridU = (p: ArrayLike<number>) => (p[ui] - (center[ui] - half)) / cell;
  const gridV = (p: ArrayLike<number>) => (vSign * (p[vi] - center[vi]) + half) / cell;
  walkWorld(scene, (node, matrix) => {
    if (!node.mesh) return;
    for (const primitive of node.mesh.primitives) {
      const g = primitive.geometry;
      if (g.topology !== 'triangle-list') continue;
      const count = g.positions.length / 3;
      const grid = new Float32Array(count * 3);
      for (let i = 0; i < count; i++) {
        vec3.set(world, g.positions[i * 3], g.positions[i * 3 + 1], g.positions[i * 3 + 2]);
        vec3.transformMat4(world, world, matrix as mat4);
        grid[i * 3] = gridU(world);
        grid[i * 3 + 1] = gridV(world);
        grid[i * 3 + 2] = world[upIndex] - ground;
      }
      const triangles = g.indices ? g.indices.length / 3 : count / 3;
      for (let t = 0; t < triangles; t++) {
        const a = g.indices ? g.indices[t * 3] : t * 3;
        const b = g.indices ? g.indices[t * 3 + 1] : t * 3 + 1;
        const c = g.indices ? g.indices[t * 3 + 2] : t * 3 + 2;
        rasterise(lowest, size, grid, a, b, c);
      }
    }
  });

  // resting parts darken fully; the darkness halves every 15% of the model's height above the ground
  const falloff = Math.max(height, scale * 0.25) * 0.15 / Math.LN2;
  const contact = new Float32Array(size * size);
  for (let i = 0; i < contact.length; i++) contact[i] = lowest[i] === Infinity ? 0 : Math.exp(-lowest[i] / falloff);
  const skirt = contact.slice();
  blur(contact, size, contactSigma / cell);
  blur(skirt, size, skirtSigma / cell);
  const darkness = new Float32Array(size * size);
  for (let y = 0; y < size; y++) {
    // the square's last cells fade to nothing, so its edge never shows
    const wy = edgeFade(y, size);
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      darkness[i] = Math.min(1, 0.75 * contact[i] + 0.75 * skirt[i]) * wy * edgeFade(x, size);
    }
  }
  const axisU: Vec3 = [u[0] * half, u[1] * half, u[2] * half];
  const axisV: Vec3 = [v[0] * half, v[1] * half, v[2] * half];
  return { plane: { center, axisU, axisV }, size, darkness };
}

function edgeFade(i: number, size: number): number {
  const fromEdge = Math.min(i + 0.5, size - i - 0.5) / (size * 0.08);
  return Math.min(1, fromEdge);
}

/** Keeps the lowest height of triangle (a, b, c) at each cell centre it covers; a triangle smaller than a cell marks the cell it lies in. */
function rasterise(lowest: Float32Array, size: number, grid: Float32Array, a: number, b: number, c: number): void {
  const ax = grid[a * 3], ay = grid[a * 3 + 1], ah = grid[a * 3 + 2];
  const bx = grid[b * 3], by = grid[b * 3 + 1], bh = grid[b * 3 + 2];
  const cx = grid[c * 3], cy = grid[c * 3 + 1], ch = grid[c * 3 + 2];
  const x0 = Math.max(0, Math.ceil(Math.min(ax, bx, cx) - 0.5));
  const x1 = Math.min(size - 1, Math.floor(Math.max(ax, bx, cx) - 0.5));
  const y0 = Math.max(0, Math.ceil(Math.min(ay, by, cy) - 0.5));
  const y1 = Math.min(size - 1, Math.floor(Math.max(ay, by, cy) - 0.5));
  const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  let hit = false;
  if (Math.abs(area) > 1e-12) {
    for (let y = y0; y <= y1; y++) {
      const py = y + 0.5;
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        const wa = ((bx - px) * (cy - py) - (by - py) * (cx - px)) / area;
        const wb = ((cx - px) * (ay - py) - (cy - py) * (ax - px)) / area;
        const wc = 1 - wa - wb;
        if (wa < 0 || wb < 0 || wc < 0) continue;
        hit = true;
        const h = wa * ah + wb * bh + wc * ch;
        const i = y * size + x;
        if (h < lowest[i]) lowest[i] = h;
      }
    }
  }
  if (hit) return;
  // thin or tiny: it still casts a shadow, at its centre
  const mx = Math.floor((ax + bx + cx) / 3);
  const my = Math.floor((ay + by + cy) / 3);
  if (mx < 0 || my < 0 || mx >= size || my >= size) return;
  const i = my * size + mx;
  const h = Math.min(ah, bh, ch);
  if (h < lowest[i]) lowest[i] = h;
}

/** Separable Gaussian blur in place, sigma in cells, zero beyond the edges. */
function blur(values: Float32Array, size: number, sigma: number): void {
  if (sigma < 0.3) return;
  const radius = Math.ceil(sigma * 3);
  const weights = new Float32Array(radius * 2 + 1);
  let sum = 0;
  for (let k = -radius; k <= radius; k++) sum += weights[k + radius] = Math.exp(-(k * k) / (2 * sigma * sigma));
  for (let k = 0; k < weights.length; k++) weights[k] /= sum;
  const line = new Float32Array(size);
  for (const [stride, step] of [[size, 1], [1, size]]) {
    for (let l = 0; l < size; l++) {
      const start = l * stride;
      for (let i = 0; i < size; i++) {
        let acc = 0;
        const lo = Math.max(-radius, -i), hi = Math.min(radius, size - 1 - i);
        for (let k = lo; k <= hi; k++) acc += values[start + (i + k) * step] * weights[k + radius];
        line[i] = acc;
      }
      for (let i = 0; i < size; i++) values[start + i * step] = line[i];
    }
  }
}
