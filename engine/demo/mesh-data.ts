// Growable vertex lists for procedural shapes, turned into engine geometry once complete.
import type { Geometry, Vec3 } from '../scene/types';
import { createGeometry } from '../scene/factory';

export interface MeshData {
  positions: number[];
  normals: number[];
  uvs: number[];
  indices: number[];
}

export function emptyMeshData(): MeshData {
  return { positions: [], normals: [], uvs: [], indices: [] };
}

/** Appends one vertex and returns its index. */
export function pushVertex(data: MeshData, position: Vec3, normal: Vec3, u: number, v: number): number {
  data.positions.push(position[0], position[1], position[2]);
  data.normals.push(normal[0], normal[1], normal[2]);
  data.uvs.push(u, v);
  return data.positions.length / 3 - 1;
}

/**
 * Two triangles per cell of a (columns+1) x (rows+1) vertex grid stored row by row from `first`;
 * counter-clockwise when the columns run to the right and the rows upward as seen from the front.
 */
export function pushGridIndices(data: MeshData, first: number, columns: number, rows: number): void {
  const stride = columns + 1;
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const a = first + row * stride + column;
      const b = a + 1;
      const c = a + stride + 1;
      const d = a + stride;
      data.indices.push(a, b, c, a, c, d);
    }
  }
}

export function toGeometry(data: MeshData): Geometry {
  return createGeometry({
    positions: new Float32Array(data.positions),
    normals: new Float32Array(data.normals),
    uvs: new Float32Array(data.uvs),
    indices: new Uint32Array(data.indices),
  });
}
