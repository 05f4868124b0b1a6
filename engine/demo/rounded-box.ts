// A cube with rounded edges: each face's grid is pushed onto the rounded surface, denser near the edges.
import type { Geometry, Vec3 } from '../scene/types';
import { emptyMeshData, pushGridIndices, pushVertex, toGeometry } from './mesh-data';

/** Outward normal, then the face's right and up axes (right x up = normal, so the grid winds outward). */
const FACES: [Vec3, Vec3, Vec3][] = [
  [[1, 0, 0], [0, 0, -1], [0, 1, 0]],
  [[-1, 0, 0], [0, 0, 1], [0, 1, 0]],
  [[0, 1, 0], [1, 0, 0], [0, 0, -1]],
  [[0, -1, 0], [1, 0, 0], [0, 0, 1]],
  [[0, 0, 1], [1, 0, 0], [0, 1, 0]],
  [[0, 0, -1], [-1, 0, 0], [0, 1, 0]],
];

/** Grid coordinates across a face: equal angular steps over each rounded edge, flat between. */
function faceCoordinates(half: number, bevel: number, bevelSegments: number, flatSegments: number): number[] {
  const inner = half - bevel;
  const edge: number[] = [];
  // inner + bevel * tan(angle) lands on the rounded surface at equal angles, up to 45° at the cube's edge
  for (let k = 1; k <= bevelSegments; k++) edge.push(inner + bevel * Math.tan(((k / bevelSegments) * Math.PI) / 4));
  const flat: number[] = [];
  for (let k = 0; k <= flatSegments; k++) flat.push(-inner + (2 * inner * k) / flatSegments);
  return [...edge.map((x) => -x).reverse(), ...flat, ...edge];
}

function clamp(value: number, limit: number): number {
  return Math.min(Math.max(value, -limit), limit);
}

export function createRoundedBox(size: number, bevel: number, bevelSegments = 5, flatSegments = 2): Geometry {
  const half = size / 2;
  const radius = Math.min(Math.max(bevel, 1e-6 * size), half);
  const inner = half - radius;
  const coords = faceCoordinates(half, radius, bevelSegments, flatSegments);
  const segments = coords.length - 1;
  const data = emptyMeshData();
  for (const [normal, right, up] of FACES) {
    const first = data.positions.length / 3;
    for (let row = 0; row <= segments; row++) {
      for (let column = 0; column <= segments; column++) {
        const a = coords[column], b = coords[row];
        const onCube: Vec3 = [0, 1, 2].map((i) => normal[i] * half + right[i] * a + up[i] * b) as Vec3;
        const core: Vec3 = [clamp(onCube[0], inner), clamp(onCube[1], inner), clamp(onCube[2], inner)];
        const offset: Vec3 = [onCube[0] - core[0], onCube[1] - core[1], onCube[2] - core[2]];
        const length = Math.hypot(offset[0], offset[1], offset[2]);
        const direction: Vec3 = [offset[0] / length, offset[1] / length, offset[2] / length];
        const position: Vec3 = [core[0] + direction[0] * radius, core[1] + direction[1] * radius, core[2] + direction[2] * radius];
        pushVertex(data, position, direction, column / segments, 1 - row / segments);
      }
    }
    pushGridIndices(data, first, segments, segments);
  }
  return toGeometry(data);
}
