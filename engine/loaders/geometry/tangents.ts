// Per-vertex tangents from uv gradients, accumulated over faces (MikkTSpace-like, not bit-exact).

/** xyzw tangents (w = handedness) for a triangle list; vertices without a usable uv gradient get any perpendicular. */
export function generateTangents(
  positions: Float32Array,
  normals: Float32Array,
  uvs: Float32Array,
  indices: Uint32Array | null,
): Float32Array {
  const vertexCount = positions.length / 3;
  const tan = new Float64Array(vertexCount * 3);
  const bit = new Float64Array(vertexCount * 3);
  const triangleCount = Math.floor((indices ? indices.length : vertexCount) / 3);
  for (let t = 0; t < triangleCount; t++) {
    const a = indices ? indices[t * 3] : t * 3;
    const b = indices ? indices[t * 3 + 1] : t * 3 + 1;
    const c = indices ? indices[t * 3 + 2] : t * 3 + 2;
    const e1x = positions[b * 3] - positions[a * 3], e1y = positions[b * 3 + 1] - positions[a * 3 + 1], e1z = positions[b * 3 + 2] - positions[a * 3 + 2];
    const e2x = positions[c * 3] - positions[a * 3], e2y = positions[c * 3 + 1] - positions[a * 3 + 1], e2z = positions[c * 3 + 2] - positions[a * 3 + 2];
    const du1 = uvs[b * 2] - uvs[a * 2], dv1 = uvs[b * 2 + 1] - uvs[a * 2 + 1];
    const du2 = uvs[c * 2] - uvs[a * 2], dv2 = uvs[c * 2 + 1] - uvs[a * 2 + 1];
    const det = du1 * dv2 - du2 * dv1;
    if (!det || !Number.isFinite(det)) continue;
    const r = 1 / det;
    const tx = (e1x * dv2 - e2x * dv1) * r, ty = (e1y * dv2 - e2y * dv1) * r, tz = (e1z * dv2 - e2z * dv1) * r;
    const bx = (e2x * du1 - e1x * du2) * r, by = (e2y * du1 - e1y * du2) * r, bz = (e2z * du1 - e1z * du2) * r;
    if (!Number.isFinite(tx + ty + tz + bx + by + bz)) continue;
    for (const v of [a, b, c]) {
      tan[v * 3] += tx; tan[v * 3 + 1] += ty; tan[v * 3 + 2] += tz;
      bit[v * 3] += bx; bit[v * 3 + 1] += by; bit[v * 3 + 2] += bz;
    }
  }
  const out = new Float32Array(vertexCount * 4);
  for (let v = 0; v < vertexCount; v++) {
    const nx = normals[v * 3], ny = normals[v * 3 + 1], nz = normals[v * 3 + 2];
    let tx = tan[v * 3], ty = tan[v * 3 + 1], tz = tan[v * 3 + 2];
    // Gram-Schmidt: keep only the part of the tangent that lies in the surface.
    const d = nx * tx + ny * ty + nz * tz;
    tx -= nx * d; ty -= ny * d; tz -= nz * d;
    let len = Math.hypot(tx, ty, tz);
    if (!(len > 1e-12)) {
      // No usable gradient: the x (or y) axis with its normal part removed.
      if (Math.abs(nx) < 0.9) [tx, ty, tz] = [1 - nx * nx, -nx * ny, -nx * nz];
      else [tx, ty, tz] = [-ny * nx, 1 - ny * ny, -ny * nz];
      len = Math.hypot(tx, ty, tz) || 1;
    }
    tx /= len; ty /= len; tz /= len;
    // Handedness: glTF's uv v runs down the image while a normal map's green points up it, so the
    // bitangent normal × tangent × w must follow -dP/dv.
    const cx = ny * tz - nz * ty, cy = nz * tx - nx * tz, cz = nx * ty - ny * tx;
    const w = cx * bit[v * 3] + cy * bit[v * 3 + 1] + cz * bit[v * 3 + 2] > 0 ? -1 : 1;
    out[v * 4] = tx; out[v * 4 + 1] = ty; out[v * 4 + 2] = tz; out[v * 4 + 3] = w;
  }
  return out;
}
