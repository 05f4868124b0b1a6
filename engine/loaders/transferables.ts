// The buffers and bitmaps a finished scene can hand from the worker to the page without copying.
import type { Scene } from '../scene/types';
import { sceneParts } from './scene-walk';

export function sceneTransferables(scene: Scene, bitmaps: ImageBitmap[]): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  for (const g of sceneParts(scene).geometries) {
    for (const array of [g.positions, g.normals, g.uvs, g.uvs1, g.tangents, g.colors, g.indices]) {
      // A SharedArrayBuffer cannot be transferred; typed arrays over one are copied instead.
      if (array && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    }
  }
  return [...buffers, ...bitmaps];
}
