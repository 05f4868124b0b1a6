// Flat normals for triangle lists that come without any: one face normal on each face's own vertices.
import { unindex, type VertexStreams } from './streams';

/** Face normals for a non-indexed triangle list; a degenerate face gets +z rather than NaN. */
export function flatNormals(positions: Float32Array): Float32Array {
  const normals = new Float32Array(positions.length);
  const triangles = Math.floor(positions.length / 9);
  for (let t = 0; t < triangles; t++) {
    const o = t * 9;
    const ux = positions[o + 3] - positions[o], uy = positions[o + 4] - positions[o + 1], uz = positions[o + 5] - positions[o + 2];
    const vx = positions[o + 6] - positions[o], vy = positions[o + 7] - positions[o + 1], vz = positions[o + 8] - positions[o + 2];
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz);
    if (len > 0 && Number.isFinite(len)) {
      nx /= len; ny /= len; nz /= len;
    } else {
      nx = 0; ny = 0; nz = 1;
    }
    for (let k = 0; k < 3; k++) {
      normals[o + k * 3] = nx;
      normals[o + k * 3 + 1] = ny;
      normals[o + k * 3 + 2] = nz;
    }
  }
  return normals;
}

/** Un-indexes a triangle list (when indexed) and gives it flat normals; indices become null. */
export function withFlatNormals(streams: VertexStreams, indices: Uint32Array | null): { streams: VertexStreams; indices: null } {
  const flat = indices ? unindex(streams, indices) : { ...streams };
  flat.normals = flatNormals(flat.positions);
  return { streams: flat, indices: null };
}
