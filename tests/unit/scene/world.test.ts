import { describe, expect, it } from 'vitest';
import { createGeometry, createMaterial, createMesh, createNode, createScene } from '../../../engine/scene/factory';
import { collectWorldItems, sceneBounds } from '../../../engine/scene/world';
import { computeBounds, isEmptyBounds } from '../../../engine/scene/bounds';

const triangle = () =>
  createGeometry({ positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), indices: new Uint32Array([0, 1, 2]) });

describe('scene world matrices and bounds', () => {
  it('composes parent and child transforms', () => {
    const mesh = createMesh('tri', [{ geometry: triangle(), material: createMaterial() }]);
    const child = createNode({ name: 'child', translation: [10, 0, 0], mesh });
    const parent = createNode({ name: 'parent', scale: [2, 2, 2], children: [child] });
    const scene = createScene('s', [parent]);
    const [item] = collectWorldItems(scene);
    expect(Array.from(item.world.slice(12, 15))).toEqual([20, 0, 0]);
    expect(item.mirrored).toBe(false);
    const b = sceneBounds(scene);
    expect(b.min).toEqual([20, 0, 0]);
    expect(b.max).toEqual([22, 2, 0]);
  });

  it('flags negative-scale nodes as mirrored', () => {
    const mesh = createMesh('tri', [{ geometry: triangle(), material: createMaterial() }]);
    const scene = createScene('s', [createNode({ scale: [-1, 1, 1], mesh })]);
    expect(collectWorldItems(scene)[0].mirrored).toBe(true);
  });

  it('uses a node matrix instead of TRS when given', () => {
    const m = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 5, 6, 7, 1];
    const mesh = createMesh('tri', [{ geometry: triangle(), material: createMaterial() }]);
    const scene = createScene('s', [createNode({ matrix: m, translation: [100, 100, 100], mesh })]);
    expect(Array.from(collectWorldItems(scene)[0].world.slice(12, 15))).toEqual([5, 6, 7]);
  });

  it('visits a node shared by two parents once and survives a cycle', () => {
    const mesh = createMesh('tri', [{ geometry: triangle(), material: createMaterial() }]);
    const shared = createNode({ name: 'shared', mesh });
    const a = createNode({ name: 'a', children: [shared] });
    const b = createNode({ name: 'b', children: [shared] });
    shared.children.push(a); // a cycle: must not loop forever
    expect(collectWorldItems(createScene('s', [a, b]))).toHaveLength(1);
  });

  it('bounds skip non-finite positions and unreferenced vertices', () => {
    const positions = new Float32Array([0, 0, 0, 1, 1, 1, NaN, 0, 0, 100, 100, 100]);
    const b = computeBounds(positions, new Uint32Array([0, 1, 2]));
    expect(b).toEqual({ min: [0, 0, 0], max: [1, 1, 1] });
    expect(isEmptyBounds(computeBounds(new Float32Array([]), null))).toBe(true);
  });
});
