// A scene's edge draws for the line looks: each triangle geometry's edges (edges.ts) uploaded once, the first time
// a line look draws the scene, and drawn as one instanced quad per edge with the surface's own bind groups.
import type { Device, GpuBindGroup, GpuBuffer, GpuPipeline, GpuResource, RenderPassEncoder } from '../gpu/types';
import type { Geometry } from '../scene/types';
import { extractEdges } from './edges';
import { QUAD_VERTEX_COUNT } from './line-pipelines';

export interface LineDraw {
  materialGroup: GpuBindGroup;
  objectGroup: GpuBindGroup;
  edges: GpuBuffer;
  count: number;
}

export interface LineSource {
  geometry: Geometry;
  materialGroup: GpuBindGroup;
  objectGroup: GpuBindGroup;
}

export function buildLineDraws(device: Device, sources: readonly LineSource[], label: string, own: (r: GpuResource) => void): LineDraw[] {
  const uploaded = new Map<Geometry, { edges: GpuBuffer; count: number } | null>();
  const draws: LineDraw[] = [];
  for (const source of sources) {
    let edges = uploaded.get(source.geometry);
    if (edges === undefined) {
      const mesh = extractEdges(source.geometry);
      edges = null;
      if (mesh.count > 0) {
        const buffer = device.createBuffer({ label: `${label}/edges${uploaded.size}`, usage: 'vertex', data: mesh.data });
        own(buffer);
        edges = { edges: buffer, count: mesh.count };
      }
      uploaded.set(source.geometry, edges);
    }
    if (edges) draws.push({ materialGroup: source.materialGroup, objectGroup: source.objectGroup, ...edges });
  }
  return draws;
}

/** Draws every edge of every draw; the caller forgets the bind groups and buffers it had bound. */
export function drawLines(pass: RenderPassEncoder, draws: readonly LineDraw[], pipeline: GpuPipeline, corners: GpuBuffer): void {
  if (draws.length === 0) return;
  pass.setPipeline(pipeline);
  pass.setVertexBuffer(0, corners);
  for (let i = 0; i < draws.length; i++) {
    const draw = draws[i];
    if (i === 0 || draw.materialGroup !== draws[i - 1].materialGroup) pass.setBindGroup(1, draw.materialGroup);
    if (i === 0 || draw.objectGroup !== draws[i - 1].objectGroup) pass.setBindGroup(2, draw.objectGroup);
    if (i === 0 || draw.edges !== draws[i - 1].edges) pass.setVertexBuffer(1, draw.edges);
    pass.draw(QUAD_VERTEX_COUNT, draw.count);
  }
}
