// A UV sphere: rings of latitude from the north pole down, uv (0,0) at the top-left of the texture.
import type { Geometry, Vec3 } from '../scene/types';
import { emptyMeshData, pushGridIndices, pushVertex, toGeometry } from './mesh-data';

export function createSphere(radius: number, longitudeSegments = 48, latitudeSegments = 24): Geometry {
  const data = emptyMeshData();
  // rows run from the south pole upward so pushGridIndices' winding faces outward
  for (let row = 0; row <= latitudeSegments; row++) {
    const v = 1 - row / latitudeSegments;
    const polar = v * Math.PI;
    for (let column = 0; column <= longitudeSegments; column++) {
      const u = column / longitudeSegments;
      const azimuth = u * 2 * Math.PI;
      const normal: Vec3 = [Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth)];
      pushVertex(data, [normal[0] * radius, normal[1] * radius, normal[2] * radius], normal, u, v);
    }
  }
  pushGridIndices(data, 0, longitudeSegments, latitudeSegments);
  // the pole rows collapse to a point: drop their zero-area triangles
  const kept: number[] = [];
  for (let i = 0; i < data.indices.length; i += 3) {
    const [a, b, c] = [data.indices[i], data.indices[i + 1], data.indices[i + 2]];
    const rowOf = (index: number) => Math.floor(index / (longitudeSegments + 1));
    const pole = (index: number) => rowOf(index) === 0 || rowOf(index) === latitudeSegments;
    const poleCount = Number(pole(a)) + Number(pole(b)) + Number(pole(c));
    if (poleCount < 2) kept.push(a, b, c);
  }
  data.indices = kept;
  return toGeometry(data);
}
