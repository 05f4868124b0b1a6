// Visits the distinct materials and geometries of a scene (shared ones once), walking without recursion.
import type { Geometry, Material, Scene } from '../scene/types';

export function sceneParts(scene: Scene): { materials: Material[]; geometries: Geometry[] } {
  const materials = new Set<Material>();
  const geometries = new Set<Geometry>();
  const seen = new Set<object>();
  const stack = scene.roots.slice();
  while (stack.length) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const p of node.mesh?.primitives ?? []) {
      materials.add(p.material);
      geometries.add(p.geometry);
    }
    stack.push(...node.children);
  }
  return { materials: [...materials], geometries: [...geometries] };
}

export const TEXTURE_SLOTS = ['baseColorTexture', 'metallicRoughnessTexture', 'normalTexture', 'occlusionTexture', 'emissiveTexture'] as const;
