// Flattens the node tree into draw items with world matrices, walking without recursion.
import { mat4 } from 'gl-matrix';
import type { Bounds, Mat4, Node, Primitive, Scene } from './types';
import { emptyBounds, extendByTransformedBounds } from './bounds';

export interface WorldItem {
  node: Node;
  primitive: Primitive;
  world: Float32Array;
  /** True when the world matrix mirrors (negative determinant): the winding flips. */
  mirrored: boolean;
}

export function localMatrix(node: Node, out: Float32Array = mat4.create() as Float32Array): Float32Array {
  if (node.matrix) {
    for (let i = 0; i < 16; i++) out[i] = node.matrix[i];
    return out;
  }
  mat4.fromRotationTranslationScale(out, node.rotation, node.translation, node.scale);
  return out;
}

/** Every node with its world matrix, parents before children; a node reached twice is visited once. */
export function walkWorld(scene: Scene, visit: (node: Node, world: Float32Array) => void): void {
  const seen = new Set<Node>();
  const stack: { node: Node; parent: Mat4 | null }[] = [];
  for (let i = scene.roots.length - 1; i >= 0; i--) stack.push({ node: scene.roots[i], parent: null });
  while (stack.length) {
    const { node, parent } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const world = localMatrix(node);
    if (parent) mat4.multiply(world, parent as Float32Array, world);
    visit(node, world);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i], parent: world });
  }
}

export function collectWorldItems(scene: Scene): WorldItem[] {
  const items: WorldItem[] = [];
  walkWorld(scene, (node, world) => {
    if (!node.mesh) return;
    const mirrored = mat4.determinant(world) < 0;
    for (const primitive of node.mesh.primitives) items.push({ node, primitive, world, mirrored });
  });
  return items;
}

/** World-space bounds of every primitive in the scene. */
export function sceneBounds(scene: Scene): Bounds {
  const b = emptyBounds();
  walkWorld(scene, (node, world) => {
    if (!node.mesh) return;
    for (const p of node.mesh.primitives) extendByTransformedBounds(b, p.geometry.bounds, world);
  });
  return b;
}
