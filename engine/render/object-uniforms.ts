// Group 2's uniform block: the node's world matrix, its normal matrix and its handedness; mirrors the Object
// struct in shaders/include/object.{wgsl,glsl}.
import { mat3 } from 'gl-matrix';
import { uniformLayout } from './uniform-layout';

export const OBJECT_LAYOUT = uniformLayout('Object', [
  { name: 'model', type: 'mat4' },
  /** Inverse transpose of the model matrix's 3×3, in a mat4. */
  { name: 'normalMatrix', type: 'mat4' },
  /** x: 1, or -1 for a mirrored world matrix (tangent handedness flips with it). */
  { name: 'params', type: 'vec4' },
]);

/** Bytes from one node's block to the next in a buffer shared by many: the block rounded up to the device's alignment. */
export function objectStride(uniformOffsetAlignment: number): number {
  return Math.ceil(OBJECT_LAYOUT.bytes / uniformOffsetAlignment) * uniformOffsetAlignment;
}

/** Every node's block in one buffer's data, `stride` bytes apart: one upload however many nodes a scene has. */
export function packObjects(nodes: readonly { world: Float32Array; mirrored: boolean }[], stride: number): Float32Array {
  const data = new Float32Array((nodes.length * stride) / 4);
  for (let i = 0; i < nodes.length; i++) packObject(nodes[i].world, nodes[i].mirrored, data, (i * stride) / 4);
  return data;
}

/** One node's block, written into `data` at float `at`. */
export function packObject(world: Float32Array, mirrored: boolean, data = new Float32Array(OBJECT_LAYOUT.floats), at = 0): Float32Array {
  const o = OBJECT_LAYOUT.offsets;
  data.set(world, at + o.model);
  const normal = mat3.create();
  // A singular matrix (a zero scale) has no inverse; its own 3×3 then points normals somewhere sensible.
  if (!mat3.normalFromMat4(normal, world)) mat3.fromMat4(normal, world);
  for (let c = 0; c < 3; c++) for (let r = 0; r < 3; r++) data[at + o.normalMatrix + c * 4 + r] = normal[c * 3 + r];
  data[at + o.normalMatrix + 15] = 1;
  data[at + o.params] = mirrored ? -1 : 1;
  return data;
}
