// A UV sphere with seeded bumps: any triangle count from one function, with normals and uvs like a real model.
import type { MeshData } from './scene-data';
import type { Random } from './prng';

/** rings × segments × 2 triangles; bumpiness 0 gives a plain sphere. */
export function bumpySphere(rings: number, segments: number, random: Random, bumpiness = 0.08): MeshData {
  const phases = [random() * 6.28, random() * 6.28, random() * 6.28];
  const vertexCount = (rings + 1) * (segments + 1);
  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const uvs = new Float32Array(vertexCount * 2);
  let v = 0;
  for (let r = 0; r <= rings; r++) {
    const theta = (r / rings) * Math.PI;
    for (let s = 0; s <= segments; s++) {
      const phi = (s / segments) * Math.PI * 2;
      const nx = Math.sin(theta) * Math.cos(phi), ny = Math.cos(theta), nz = Math.sin(theta) * Math.sin(phi);
      const radius = 1 + bumpiness * Math.sin(5 * theta + phases[0]) * Math.sin(7 * phi + phases[1]) * Math.cos(3 * theta + phases[2]);
      positions.set([nx * radius, ny * radius, nz * radius], v * 3);
      normals.set([nx, ny, nz], v * 3); // the unbumped normal: close enough for shading cost, which is what is measured
      uvs.set([s / segments, r / rings], v * 2);
      v++;
    }
  }
  const indices = new Uint32Array(rings * segments * 6);
  let i = 0;
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * (segments + 1) + s, b = a + segments + 1;
      indices.set([a, a + 1, b, b, a + 1, b + 1], i); // counter-clockwise seen from outside: glTF's front faces
      i += 6;
    }
  }
  return { positions, normals, uvs, indices };
}
