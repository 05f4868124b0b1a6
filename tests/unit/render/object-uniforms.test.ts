// Every node's uniform block in one buffer: aligned strides, and each block the same as packed alone.
import { mat4 } from 'gl-matrix';
import { describe, expect, it } from 'vitest';
import { OBJECT_LAYOUT, objectStride, packObject, packObjects } from '../../../engine/render/object-uniforms';

describe('packObjects', () => {
  it('rounds the block up to the alignment the device asks for', () => {
    expect(OBJECT_LAYOUT.bytes).toBe(144);
    expect(objectStride(256)).toBe(256);
    expect(objectStride(64)).toBe(192);
    expect(objectStride(16)).toBe(144);
  });

  it('writes each node at its stride, exactly as it packs alone', () => {
    const worlds = [
      mat4.fromTranslation(new Float32Array(16), [1, 2, 3]),
      mat4.fromScaling(new Float32Array(16), [2, -1, 0.5]),
      mat4.fromRotation(new Float32Array(16), 0.7, [0, 1, 0]),
    ] as Float32Array[];
    const nodes = worlds.map((world, k) => ({ world, mirrored: k === 1 }));
    const stride = objectStride(256);
    const data = packObjects(nodes, stride);
    expect(data.byteLength).toBe(3 * stride);
    nodes.forEach((node, k) => {
      const alone = packObject(node.world, node.mirrored);
      expect(Array.from(data.subarray((k * stride) / 4, (k * stride) / 4 + OBJECT_LAYOUT.floats))).toEqual(Array.from(alone));
    });
    // the second node's handedness flag, at its own offset
    expect(data[stride / 4 + OBJECT_LAYOUT.offsets.params]).toBe(-1);
    // the padding between blocks stays zero
    expect(data.subarray(OBJECT_LAYOUT.floats, stride / 4).every((v) => v === 0)).toBe(true);
  });
});
