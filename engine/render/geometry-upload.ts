// Geometry on the GPU: one float32 vertex buffer per attribute the geometry has (vertex-attributes.ts) and a
// uint32 index buffer.
import type { Device, GpuBuffer, GpuResource } from '../gpu/types';
import type { Geometry } from '../scene/types';
import { attributeData, attributeFeatures, presentAttributes, vertexCountOf } from './vertex-attributes';

export interface GeometryGpu {
  /** The present attributes' buffers, by slot, in the order of vertexBuffersFor(features). */
  vertexBuffers: GpuBuffer[];
  /** Which attributes it has, as shader features: its pipelines are built for them. */
  features: ReadonlySet<string>;
  indexBuffer: GpuBuffer | null;
  /** Indices to draw, or vertices when not indexed. */
  count: number;
}

export function uploadGeometry(device: Device, geometry: Geometry, label: string, own: (r: GpuResource) => void): GeometryGpu {
  const present = presentAttributes(geometry);
  const vertexBuffers = present.map((name) => {
    const buffer = device.createBuffer({ label: `${label}/${name}`, usage: 'vertex', data: attributeData(geometry, name)! });
    own(buffer);
    return buffer;
  });
  let indexBuffer: GpuBuffer | null = null;
  if (geometry.indices) {
    indexBuffer = device.createBuffer({ label: `${label}/indices`, usage: 'index', data: geometry.indices });
    own(indexBuffer);
  }
  return { vertexBuffers, features: attributeFeatures(present), indexBuffer, count: geometry.indices ? geometry.indices.length : vertexCountOf(geometry) };
}
