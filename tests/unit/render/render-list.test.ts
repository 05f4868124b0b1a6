import { describe, expect, it } from 'vitest';
import { mat4 } from 'gl-matrix';
import { buildRenderList, sortBackToFront, sortFrontToBack, type DrawItem } from '../../../engine/render/render-list';

/** A draw whose centre sits z units in front of a camera at the origin looking down -z. */
function item(id: number, pipelineOrder: number, z: number, materialOrder = 0): DrawItem & { id: number } {
  return { id, pipelineOrder, materialOrder, centre: [0, 0, -z], depth: 0, blend: false } as unknown as DrawItem & { id: number };
}

const camera = mat4.lookAt(mat4.create(), [0, 0, 0], [0, 0, -1], [0, 1, 0]);
const ids = (items: DrawItem[]): number[] => items.map((i) => (i as DrawItem & { id: number }).id);

describe('the opaque draw order', () => {
  it('groups by pipeline and puts the nearest first within each, whatever the material', () => {
    const items = [item(1, 0, 5, 0), item(2, 1, 1), item(3, 0, 2, 1), item(4, 0, 9, 0), item(5, 1, 3)];
    sortFrontToBack(items, camera);
    expect(ids(items)).toEqual([3, 1, 4, 2, 5]);
  });

  it('follows the camera: turned around, the far draws come first', () => {
    const items = [item(1, 0, 1), item(2, 0, 2), item(3, 0, 3)];
    sortFrontToBack(items, camera);
    expect(ids(items)).toEqual([1, 2, 3]);
    const behind = mat4.lookAt(mat4.create(), [0, 0, -10], [0, 0, 0], [0, 1, 0]);
    sortFrontToBack(items, behind);
    expect(ids(items)).toEqual([3, 2, 1]);
  });

  it('sorts a list in the worst order for insertion sort, keeping every draw once', () => {
    const n = 3000;
    const items = Array.from({ length: n }, (_, k) => item(k, k % 3, n - k));
    const before = new Set(items);
    sortFrontToBack(items, camera); // each pipeline's draws arrive farthest first: past the move budget
    expect(new Set(items)).toEqual(before);
    for (let k = 1; k < n; k++) {
      const a = items[k - 1], b = items[k];
      expect(a.pipelineOrder < b.pipelineOrder || (a.pipelineOrder === b.pipelineOrder && a.depth >= b.depth)).toBe(true);
    }
  });

  it('leaves transparent draws out and sorts them farthest first', () => {
    const glass = [item(1, 0, 1), item(2, 0, 8), item(3, 0, 4)].map((i) => ({ ...i, blend: true }));
    const list = buildRenderList([item(9, 0, 2), ...glass]);
    expect(ids(list.opaque)).toEqual([9]);
    sortBackToFront(list.blend, camera);
    expect(ids(list.blend)).toEqual([2, 3, 1]);
  });
});
