// Views are framed on the model's world bounds: every transformed corner must be a finite number, and a model
// that collapses to one point is worth a warning.
import { vec3 } from 'gl-matrix';
import type { LoadContext } from './context';
import { ModelLoadError, type ModelLoadErrorCode } from './errors';
import type { ModelFormat } from './detect';
import { emptyBounds, extendByPoint, isEmptyBounds } from '../scene/bounds';
import type { Scene } from '../scene/types';
import { walkWorld } from '../scene/world';

const INVALID_CODE: Record<ModelFormat, ModelLoadErrorCode> = {
  glb: 'INVALID_GLTF', gltf: 'INVALID_GLTF', obj: 'INVALID_OBJ', 'stl-ascii': 'INVALID_STL', 'stl-binary': 'INVALID_STL', ply: 'INVALID_PLY',
};

const corner = vec3.create();

export function checkExtent(scene: Scene, format: ModelFormat, ctx: LoadContext): void {
  const bounds = emptyBounds();
  let finite = true;
  walkWorld(scene, (node, world) => {
    if (!node.mesh) return;
    for (const { geometry } of node.mesh.primitives) {
      const local = geometry.bounds;
      if (isEmptyBounds(local)) continue;
      for (let i = 0; i < 8; i++) {
        vec3.set(corner, i & 1 ? local.max[0] : local.min[0], i & 2 ? local.max[1] : local.min[1], i & 4 ? local.max[2] : local.min[2]);
        vec3.transformMat4(corner, corner, world);
        if (Number.isFinite(corner[0]) && Number.isFinite(corner[1]) && Number.isFinite(corner[2])) extendByPoint(bounds, corner[0], corner[1], corner[2]);
        else finite = false;
      }
    }
  });
  if (!finite) {
    throw new ModelLoadError(INVALID_CODE[format], 'The model cannot be shown: placed and scaled as the file says, its size is past what numbers can hold.');
  }
  if (!isEmptyBounds(bounds) && bounds.min.every((v, i) => v === bounds.max[i])) {
    ctx.warn(`All of the model's vertices lie at one point (${bounds.min.map((v) => +v.toPrecision(6)).join(', ')}), so it shows as a dot.`);
  }
}
