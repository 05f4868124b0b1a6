// Point sets to frame: a scene's world-space vertices (reduced for big models), or a box's corners.
import type { Bounds, Scene } from '../scene/types';
import { emptyBounds, extendByPoint, isEmptyBounds } from '../scene/bounds';
import { collectWorldItems, sceneBounds } from '../scene/world';

/** Calls `visit` once per point; framing runs it several times (one pass each). */
export type PointSource = (visit: (x: number, y: number, z: number) => void) => void;

/** Up to this many vertices are framed exactly; above it, a conservative grid stands in. */
export const EXACT_POINT_LIMIT = 65536;
/** Cells per axis of that grid: framing is then at most one cell (1/64 of the model) looser. */
const GRID_CELLS = 64;

/** The eight corners of the bounds (nothing when they are empty). */
export function boundsPoints(bounds: Bounds): PointSource {
  return (visit) => {
    if (isEmptyBounds(bounds)) return;
    for (let i = 0; i < 8; i++) {
      visit(i & 1 ? bounds.max[0] : bounds.min[0], i & 2 ? bounds.max[1] : bounds.min[1], i & 4 ? bounds.max[2] : bounds.min[2]);
    }
  };
}

/** Every vertex the scene draws, in world space (float64); unreferenced and non-finite ones are skipped. */
function forEachWorldVertex(scene: Scene, visit: (x: number, y: number, z: number) => void): void {
  for (const item of collectWorldItems(scene)) {
    const m = item.world;
    const { positions, indices } = item.primitive.geometry;
    const vertexCount = Math.floor(positions.length / 3);
    let used: Uint8Array | null = null;
    if (indices) {
      used = new Uint8Array(vertexCount);
      for (let i = 0; i < indices.length; i++) if (indices[i] < vertexCount) used[indices[i]] = 1;
    }
    for (let v = 0; v < vertexCount; v++) {
      if (used && !used[v]) continue;
      const x = positions[v * 3], y = positions[v * 3 + 1], z = positions[v * 3 + 2];
      if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) continue;
      const w = m[3] * x + m[7] * y + m[11] * z + m[15];
      const s = w !== 0 && w !== 1 ? 1 / w : 1;
      visit((m[0] * x + m[4] * y + m[8] * z + m[12]) * s, (m[1] * x + m[5] * y + m[9] * z + m[13]) * s, (m[2] * x + m[6] * y + m[10] * z + m[14]) * s);
    }
  }
}

/**
 * Corners of the occupied cells of a grid over `box` that touch empty space: they enclose every
 * point, so a fit on them never clips, and interior cells can never be the extreme in any direction.
 */
function boundaryCellCorners(scene: Scene, box: Bounds): Float64Array {
  const n = GRID_CELLS;
  const size = [0, 1, 2].map((i) => box.max[i] - box.min[i]);
  const scaleX = size[0] > 0 ? n / size[0] : 0, scaleY = size[1] > 0 ? n / size[1] : 0, scaleZ = size[2] > 0 ? n / size[2] : 0;
  const cell = (value: number, min: number, scale: number) => Math.min(n - 1, Math.max(0, Math.floor((value - min) * scale)));
  const occupied = new Uint8Array(n * n * n);
  forEachWorldVertex(scene, (x, y, z) => {
    occupied[cell(x, box.min[0], scaleX) + cell(y, box.min[1], scaleY) * n + cell(z, box.min[2], scaleZ) * n * n] = 1;
  });
  const filled = (i: number, j: number, k: number) =>
    i >= 0 && j >= 0 && k >= 0 && i < n && j < n && k < n && occupied[i + j * n + k * n * n] === 1;
  const corner = new Uint8Array((n + 1) ** 3);
  for (let k = 0; k < n; k++) {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        if (!filled(i, j, k)) continue;
        const inside = filled(i - 1, j, k) && filled(i + 1, j, k) && filled(i, j - 1, k) && filled(i, j + 1, k) && filled(i, j, k - 1) && filled(i, j, k + 1);
        if (inside) continue;
        for (let c = 0; c < 8; c++) corner[i + (c & 1) + (j + ((c >> 1) & 1)) * (n + 1) + (k + (c >> 2)) * (n + 1) ** 2] = 1;
      }
    }
  }
  const out: number[] = [];
  for (let index = 0; index < corner.length; index++) {
    if (!corner[index]) continue;
    const i = index % (n + 1), j = Math.floor(index / (n + 1)) % (n + 1), k = Math.floor(index / (n + 1) ** 2);
    out.push(box.min[0] + (size[0] * i) / n, box.min[1] + (size[1] * j) / n, box.min[2] + (size[2] * k) / n);
  }
  return Float64Array.from(out);
}

/**
 * The scene's world-space vertices, for a snug fit (a disc's bounding-box corners stick out 41%
 * past its rim). Computed once, on first use: exactly for up to EXACT_POINT_LIMIT vertices; beyond
 * that, the boundary cells' corners of a 64³ grid over the scene bounds, so framing a huge model
 * stays fast and is at most one cell looser.
 */
export function scenePoints(scene: Scene): PointSource {
  let cache: Float64Array | null = null;
  const build = (): Float64Array => {
    const stored = collectWorldItems(scene).reduce((sum, item) => sum + Math.floor(item.primitive.geometry.positions.length / 3), 0);
    if (stored > EXACT_POINT_LIMIT) return boundaryCellCorners(scene, sceneBounds(scene));
    const exact: number[] = [];
    forEachWorldVertex(scene, (x, y, z) => exact.push(x, y, z));
    return Float64Array.from(exact);
  };
  return (visit) => {
    cache ??= build();
    for (let i = 0; i < cache.length; i += 3) visit(cache[i], cache[i + 1], cache[i + 2]);
  };
}

/** The axis-aligned bounds of the points (empty when there are none or none are finite). */
export function pointsBounds(points: PointSource): Bounds {
  const b = emptyBounds();
  points((x, y, z) => extendByPoint(b, x, y, z));
  return b;
}
