// The order of draws: opaque and masked first (grouped by pipeline and material, once per scene), then
// transparent ones back to front by the view-space depth of their world bounds centre (every frame).
import type { mat4 } from 'gl-matrix';
import type { GpuBindGroup, GpuPipeline } from '../gpu/types';
import type { GeometryGpu } from './geometry-upload';

export interface DrawItem {
  pipeline: GpuPipeline;
  materialGroup: GpuBindGroup;
  objectGroup: GpuBindGroup;
  geometry: GeometryGpu;
  blend: boolean;
  /** Creation order of the pipeline and material, for grouping. */
  pipelineOrder: number;
  materialOrder: number;
  /** World-space centre of the primitive's bounds. */
  centre: [number, number, number];
  /** View-space z of the centre this frame (more negative is farther). */
  depth: number;
}

export interface RenderList {
  opaque: DrawItem[];
  blend: DrawItem[];
}

export function buildRenderList(items: DrawItem[]): RenderList {
  const opaque = items.filter((i) => !i.blend);
  opaque.sort((a, b) => a.pipelineOrder - b.pipelineOrder || a.materialOrder - b.materialOrder);
  return { opaque, blend: items.filter((i) => i.blend) };
}

/** Farthest first; insertion sort in place, which allocates nothing and is fast on last frame's order. */
export function sortBackToFront(items: DrawItem[], view: mat4): void {
  for (let i = 0; i < items.length; i++) {
    const c = items[i].centre;
    items[i].depth = view[2] * c[0] + view[6] * c[1] + view[10] * c[2] + view[14];
  }
  for (let i = 1; i < items.length; i++) {
    const item = items[i];
    let j = i - 1;
    while (j >= 0 && items[j].depth > item.depth) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = item;
  }
}
