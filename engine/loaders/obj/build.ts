// Turns an OBJ primitive's corners (position/uv/normal index triples) into an indexed Geometry.
import { createGeometry } from '../../scene/factory';
import type { Geometry } from '../../scene/types';
import type { PrimitiveTopology } from '../../gpu/types';
import { GrowableFloat32, GrowableUint32 } from '../geometry/growable';
import { withFlatNormals } from '../geometry/normals';
import type { VertexStreams } from '../geometry/streams';

export const NONE = 0xffffffff;

/** The file-wide vertex data that faces index into. */
export interface ObjVertexData {
  positions: GrowableFloat32;
  /** RGBA per position ("v x y z r g b"), or null when no vertex has a colour. */
  colors: GrowableFloat32 | null;
  uvs: GrowableFloat32;
  normals: GrowableFloat32;
}

export class ObjPrimitiveBuilder {
  /** Three entries per corner: position, uv and normal index (NONE when absent). */
  readonly corners = new GrowableUint32();

  constructor(readonly topology: PrimitiveTopology, readonly materialName: string) {}

  add(v: number, t: number, n: number): void {
    this.corners.push(v);
    this.corners.push(t);
    this.corners.push(n);
  }

  get cornerCount(): number {
    return this.corners.length / 3;
  }
}

/** Corners sharing position, uv and normal become one vertex (a hash chain per position index). */
export function buildObjGeometry(builder: ObjPrimitiveBuilder, data: ObjVertexData): Geometry {
  const corners = builder.corners;
  const count = builder.cornerCount;
  const positionCount = data.positions.length / 3;
  const head = new Int32Array(positionCount).fill(-1);
  const next: number[] = [];
  const vertexT: number[] = [];
  const vertexN: number[] = [];
  const vertexV: number[] = [];
  const indices = new Uint32Array(count);
  let anyUv = false;
  let allNormals = true;
  for (let c = 0; c < count; c++) {
    const v = corners.get(c * 3), t = corners.get(c * 3 + 1), n = corners.get(c * 3 + 2);
    if (t !== NONE) anyUv = true;
    if (n === NONE) allNormals = false;
    let found = -1;
    for (let k = head[v]; k >= 0; k = next[k]) {
      if (vertexT[k] === t && vertexN[k] === n) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      found = vertexV.length;
      vertexV.push(v);
      vertexT.push(t);
      vertexN.push(n);
      next.push(head[v]);
      head[v] = found;
    }
    indices[c] = found;
  }
  const vertexCount = vertexV.length;
  const streams: VertexStreams = {
    positions: new Float32Array(vertexCount * 3),
    normals: allNormals && builder.topology === 'triangle-list' ? new Float32Array(vertexCount * 3) : null,
    uvs: anyUv ? new Float32Array(vertexCount * 2) : null,
    uvs1: null,
    tangents: null,
    colors: data.colors ? new Float32Array(vertexCount * 4) : null,
  };
  for (let i = 0; i < vertexCount; i++) {
    const v = vertexV[i], t = vertexT[i], n = vertexN[i];
    for (let k = 0; k < 3; k++) streams.positions[i * 3 + k] = data.positions.get(v * 3 + k);
    if (streams.normals) for (let k = 0; k < 3; k++) streams.normals[i * 3 + k] = data.normals.get(n * 3 + k);
    if (streams.uvs && t !== NONE) {
      streams.uvs[i * 2] = data.uvs.get(t * 2);
      // OBJ's v runs bottom-up; glTF's (0,0) is the image's top-left.
      streams.uvs[i * 2 + 1] = 1 - data.uvs.get(t * 2 + 1);
    }
    if (streams.colors && data.colors) for (let k = 0; k < 4; k++) streams.colors[i * 4 + k] = data.colors.get(v * 4 + k);
  }
  if (builder.topology === 'triangle-list' && !streams.normals) {
    const flat = withFlatNormals(streams, indices);
    return createGeometry({ topology: builder.topology, ...flat.streams, indices: null });
  }
  return createGeometry({ topology: builder.topology, ...streams, indices });
}
