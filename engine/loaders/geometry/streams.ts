// Per-vertex attribute arrays of one primitive before it becomes a Geometry, and un-indexing them.

export interface VertexStreams {
  positions: Float32Array;
  normals: Float32Array | null;
  uvs: Float32Array | null;
  uvs1: Float32Array | null;
  tangents: Float32Array | null;
  colors: Float32Array | null;
}

function gather(source: Float32Array | null, size: number, indices: Uint32Array): Float32Array | null {
  if (!source) return null;
  const out = new Float32Array(indices.length * size);
  for (let i = 0; i < indices.length; i++) {
    const from = indices[i] * size;
    for (let k = 0; k < size; k++) out[i * size + k] = source[from + k];
  }
  return out;
}

/** One vertex per index, so every triangle can carry its own (flat) normal. */
export function unindex(streams: VertexStreams, indices: Uint32Array): VertexStreams {
  return {
    positions: gather(streams.positions, 3, indices)!,
    normals: gather(streams.normals, 3, indices),
    uvs: gather(streams.uvs, 2, indices),
    uvs1: gather(streams.uvs1, 2, indices),
    tangents: gather(streams.tangents, 4, indices),
    colors: gather(streams.colors, 4, indices),
  };
}
