// The edges of a triangle mesh, for the line looks: vertices welded by position (files split them by normal and
// uv), each edge once with the normals of the one or two faces beside it and the angle between them. Which edges
// show (silhouettes, creases over a threshold, boundaries) is decided per frame in the line shader, so changing
// a threshold or turning the model never rebuilds this.
import type { Geometry } from '../scene/types';

/** Floats per edge: p0.xyz, flags; p1.xyz, dihedral angle in degrees; face normal A, 0; face normal B, 0. */
export const EDGE_FLOATS = 16;
/** Flag bits (stored as a float in p0.w). */
export const EDGE_BOUNDARY = 1;
export const EDGE_NON_MANIFOLD = 2;

export interface MeshEdges {
  /** EDGE_FLOATS floats per edge, ready for an instanced vertex buffer. */
  data: Float32Array;
  count: number;
  /** Edges with one face. */
  boundaryCount: number;
}

const EMPTY: MeshEdges = { data: new Float32Array(0), count: 0, boundaryCount: 0 };

function tableSize(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

/** Positions closer than this share of the mesh's extent are one: sin(2π) is not exactly 0 on a seam. */
const WELD_TOLERANCE = 1e-6;

/**
 * One id per distinct position, positions snapped to a grid of WELD_TOLERANCE × the extent first. An
 * open-addressing table over the snapped integers keeps a million vertices to a fraction of a second.
 */
export function weldByPosition(positions: Float32Array, vertexCount: number): { ids: Uint32Array; representative: Uint32Array; count: number } {
  const min = [Infinity, Infinity, Infinity];
  let extent = 0;
  for (let v = 0; v < vertexCount; v++) for (let i = 0; i < 3; i++) min[i] = Math.min(min[i], positions[v * 3 + i]);
  for (let v = 0; v < vertexCount; v++) for (let i = 0; i < 3; i++) extent = Math.max(extent, positions[v * 3 + i] - min[i]);
  const step = extent > 0 && Number.isFinite(extent) ? extent * WELD_TOLERANCE : 1;
  const bits = new Int32Array(vertexCount * 3);
  for (let v = 0; v < vertexCount; v++) for (let i = 0; i < 3; i++) bits[v * 3 + i] = Math.round((positions[v * 3 + i] - min[i]) / step) | 0;
  const size = tableSize(vertexCount);
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const ids = new Uint32Array(vertexCount);
  const representative = new Uint32Array(vertexCount);
  let count = 0;
  for (let v = 0; v < vertexCount; v++) {
    const x = bits[v * 3], y = bits[v * 3 + 1], z = bits[v * 3 + 2];
    let slot = mix(mix(x, y), z) & mask;
    for (;;) {
      const found = table[slot];
      if (found < 0) {
        table[slot] = count;
        representative[count] = v;
        ids[v] = count++;
        break;
      }
      const r = representative[found] * 3;
      if (bits[r] === x && bits[r + 1] === y && bits[r + 2] === z) {
        ids[v] = found;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { ids, representative, count };
}

/** A well-spread hash of two ids, so linear probing meets few neighbours even on grid-ordered meshes. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The mesh's unique edges; non-triangle geometry has none. */
export function extractEdges(geometry: Pick<Geometry, 'topology' | 'positions' | 'indices'>): MeshEdges {
  if (geometry.topology !== 'triangle-list') return EMPTY;
  const positions = geometry.positions;
  const vertexCount = Math.floor(positions.length / 3);
  const indices = geometry.indices;
  const triangleCount = Math.floor((indices ? indices.length : vertexCount) / 3);
  if (triangleCount === 0) return EMPTY;
  const weld = weldByPosition(positions, vertexCount);
  // Welded corner ids per triangle; degenerate triangles (repeated or out-of-range vertices, no area) are marked
  // invalid and add no edge.
  const welded = new Uint32Array(triangleCount * 3);

  const normals = new Float32Array(triangleCount * 3);
  const valid = new Uint8Array(triangleCount);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices ? indices[t * 3] : t * 3, b = indices ? indices[t * 3 + 1] : t * 3 + 1, c = indices ? indices[t * 3 + 2] : t * 3 + 2;
    if (a >= vertexCount || b >= vertexCount || c >= vertexCount) continue;
    const ia = weld.ids[a], ib = weld.ids[b], ic = weld.ids[c];
    if (ia === ib || ib === ic || ia === ic) continue;
    welded[t * 3] = ia;
    welded[t * 3 + 1] = ib;
    welded[t * 3 + 2] = ic;
    const ux = positions[b * 3] - positions[a * 3], uy = positions[b * 3 + 1] - positions[a * 3 + 1], uz = positions[b * 3 + 2] - positions[a * 3 + 2];
    const vx = positions[c * 3] - positions[a * 3], vy = positions[c * 3 + 1] - positions[a * 3 + 1], vz = positions[c * 3 + 2] - positions[a * 3 + 2];
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const length = Math.sqrt(nx * nx + ny * ny + nz * nz);
    if (!(length > 0)) continue;
    normals[t * 3] = nx / length;
    normals[t * 3 + 1] = ny / length;
    normals[t * 3 + 2] = nz / length;
    valid[t] = 1;
  }

  // Edges keyed by their welded end points (lower id first), with up to two faces and a face count.
  const maxEdges = triangleCount * 3;
  const lo = new Uint32Array(maxEdges);
  const hi = new Uint32Array(maxEdges);
  const faceA = new Int32Array(maxEdges);
  const faceB = new Int32Array(maxEdges);
  const faces = new Uint32Array(maxEdges);
  const size = tableSize(maxEdges);
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  let count = 0;
  for (let t = 0; t < triangleCount; t++) {
    if (!valid[t]) continue;
    for (let k = 0; k < 3; k++) {
      const p = welded[t * 3 + k], q = welded[t * 3 + (k === 2 ? 0 : k + 1)];
      const a = p < q ? p : q, b = p < q ? q : p;
      let slot = mix(a, b) & mask;
      for (;;) {
        const e = table[slot];
        if (e < 0) {
          table[slot] = count;
          lo[count] = a;
          hi[count] = b;
          faceA[count] = t;
          faceB[count] = -1;
          faces[count] = 1;
          count++;
          break;
        }
        if (lo[e] === a && hi[e] === b) {
          if (faces[e] === 1) faceB[e] = t;
          faces[e]++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }

  const data = new Float32Array(count * EDGE_FLOATS);
  let boundaryCount = 0;
  for (let e = 0; e < count; e++) {
    const o = e * EDGE_FLOATS;
    const v0 = weld.representative[lo[e]] * 3, v1 = weld.representative[hi[e]] * 3;
    const fa = faceA[e] * 3;
    const fb = (faces[e] >= 2 ? faceB[e] : faceA[e]) * 3;
    data[o] = positions[v0];
    data[o + 1] = positions[v0 + 1];
    data[o + 2] = positions[v0 + 2];
    data[o + 4] = positions[v1];
    data[o + 5] = positions[v1 + 1];
    data[o + 6] = positions[v1 + 2];
    for (let i = 0; i < 3; i++) {
      data[o + 8 + i] = normals[fa + i];
      data[o + 12 + i] = normals[fb + i];
    }
    if (faces[e] === 1) {
      data[o + 3] = EDGE_BOUNDARY;
      boundaryCount++;
    } else if (faces[e] > 2) {
      // three or more faces meet: always a feature, whatever the threshold
      data[o + 3] = EDGE_NON_MANIFOLD;
      data[o + 7] = 180;
    } else {
      const cos = normals[fa] * normals[fb] + normals[fa + 1] * normals[fb + 1] + normals[fa + 2] * normals[fb + 2];
      data[o + 7] = (Math.acos(Math.min(1, Math.max(-1, cos))) * 180) / Math.PI;
    }
  }
  return { data, count, boundaryCount };
}
