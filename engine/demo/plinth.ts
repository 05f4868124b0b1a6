// A low round stage the demo stands on: a textured top at y = 0, a side wall and a bottom cap.
import type { Geometry, Vec3 } from '../scene/types';
import { emptyMeshData, pushVertex, toGeometry, type MeshData } from './mesh-data';

/** A flat disc at height y facing up or down, uv tiled every `tile` world units. */
function pushDisc(data: MeshData, radius: number, y: number, facingUp: boolean, segments: number, tile: number): void {
  const normal: Vec3 = [0, facingUp ? 1 : -1, 0];
  const center = pushVertex(data, [0, y, 0], normal, 0, 0);
  for (let k = 0; k <= segments; k++) {
    const angle = (k / segments) * 2 * Math.PI;
    // angle increases counter-clockwise as seen from above (screen x = +X, screen up = -Z)
    const x = radius * Math.cos(angle), z = -radius * Math.sin(angle);
    pushVertex(data, [x, y, z], normal, x / tile, z / tile);
  }
  for (let k = 0; k < segments; k++) {
    const a = center + 1 + k, b = a + 1;
    data.indices.push(...(facingUp ? [center, a, b] : [center, b, a]));
  }
}

/** Inside the first (light) cell of a checker with up to four cells a side. */
const RIM_UV = 0.1;

function pushWall(data: MeshData, radius: number, height: number, segments: number): void {
  const first = data.positions.length / 3;
  for (let k = 0; k <= segments; k++) {
    const angle = (k / segments) * 2 * Math.PI;
    const normal: Vec3 = [Math.cos(angle), 0, -Math.sin(angle)];
    // one texel for the whole rim: the floor's checker wrapped round it would read as stripes
    pushVertex(data, [radius * normal[0], -height, radius * normal[2]], normal, RIM_UV, RIM_UV);
    pushVertex(data, [radius * normal[0], 0, radius * normal[2]], normal, RIM_UV, RIM_UV);
  }
  for (let k = 0; k < segments; k++) {
    const bottom = first + 2 * k, top = bottom + 1, nextBottom = bottom + 2, nextTop = bottom + 3;
    // seen from outside, increasing angle runs rightward: wind bottom -> next -> top
    data.indices.push(bottom, nextBottom, top, nextBottom, nextTop, top);
  }
}

export function createPlinth(radius: number, height: number, tile: number, segments = 96): Geometry {
  const data = emptyMeshData();
  pushDisc(data, radius, 0, true, segments, tile);
  pushWall(data, radius, height, segments);
  pushDisc(data, radius, -height, false, segments, tile);
  return toGeometry(data);
}
