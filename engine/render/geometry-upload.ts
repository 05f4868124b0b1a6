// Geometry on the GPU: one float32 vertex buffer per attribute and a uint32 index buffer.
// Absent attributes read a shared stand-in instead (see MissingAttributes).
import type { Device, GpuBuffer, GpuResource } from '../gpu/types';
import type { Geometry } from '../scene/types';
import { ATTRIBUTE_COMPONENTS, VERTEX_ATTRIBUTES, type VertexAttributeName } from './pbr-program';

export interface GeometryGpu {
  /** Indexed by vertex slot (= shader location). */
  vertexBuffers: GpuBuffer[];
  indexBuffer: GpuBuffer | null;
  /** Indices to draw, or vertices when not indexed. */
  count: number;
}

export function vertexCountOf(geometry: Geometry): number {
  return Math.floor(geometry.positions.length / 3);
}

/** The attribute's data when it is present and long enough for every vertex; null otherwise. */
export function attributeData(geometry: Geometry, name: VertexAttributeName): Float32Array | null {
  const data = name === 'position' ? geometry.positions
    : name === 'normal' ? geometry.normals
    : name === 'uv0' ? geometry.uvs
    : name === 'uv1' ? geometry.uvs1
    : name === 'tangent' ? geometry.tangents
    : geometry.colors;
  if (!data) return null;
  return data.length >= vertexCountOf(geometry) * ATTRIBUTE_COMPONENTS[name] ? data : null;
}

/**
 * Stand-ins for absent attributes: one zero-filled buffer serves every absent normal, uv and tangent (the
 * shader reads a zero normal as "face the eye" and a zero tangent as "derive the frame from the screen"),
 * and one buffer of ones serves absent colours (white). Both hold 4 floats per vertex for the scene's largest
 * vertex count, so any attribute's stride fits. Constant attributes are not an option: the contract has no
 * per-instance step, and WebGL2 reads stride 0 as "tightly packed". Sharing keeps a scan without normals or
 * uvs from doubling its memory.
 */
export class MissingAttributes {
  zeros: GpuBuffer | null = null;
  ones: GpuBuffer | null = null;

  constructor(device: Device, geometries: Iterable<Geometry>, own: (r: GpuResource) => void) {
    let zerosFor = 0;
    let onesFor = 0;
    for (const g of geometries) {
      const n = vertexCountOf(g);
      for (const name of VERTEX_ATTRIBUTES) {
        if (name === 'position' || attributeData(g, name)) continue;
        if (name === 'color') onesFor = Math.max(onesFor, n);
        else zerosFor = Math.max(zerosFor, n);
      }
    }
    if (zerosFor > 0) {
      this.zeros = device.createBuffer({ label: 'missing/zeros', usage: 'vertex', data: new Float32Array(zerosFor * 4) });
      own(this.zeros);
    }
    if (onesFor > 0) {
      this.ones = device.createBuffer({ label: 'missing/ones', usage: 'vertex', data: new Float32Array(onesFor * 4).fill(1) });
      own(this.ones);
    }
  }

  for(name: VertexAttributeName): GpuBuffer {
    const buffer = name === 'color' ? this.ones : this.zeros;
    if (!buffer) throw new Error(`No stand-in buffer for the absent '${name}' attribute`);
    return buffer;
  }
}

export function uploadGeometry(device: Device, geometry: Geometry, label: string, missing: MissingAttributes, own: (r: GpuResource) => void): GeometryGpu {
  const vertexBuffers = VERTEX_ATTRIBUTES.map((name) => {
    const data = attributeData(geometry, name);
    if (!data) return missing.for(name);
    const buffer = device.createBuffer({ label: `${label}/${name}`, usage: 'vertex', data });
    own(buffer);
    return buffer;
  });
  let indexBuffer: GpuBuffer | null = null;
  if (geometry.indices) {
    indexBuffer = device.createBuffer({ label: `${label}/indices`, usage: 'index', data: geometry.indices });
    own(indexBuffer);
  }
  return { vertexBuffers, indexBuffer, count: geometry.indices ? geometry.indices.length : vertexCountOf(geometry) };
}
