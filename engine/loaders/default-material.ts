// The grey material for formats or files that carry none (STL, PLY, OBJ without its .mtl).
import { createMaterial } from '../scene/factory';
import type { Material } from '../scene/types';

export function greyMaterial(name = 'default'): Material {
  return createMaterial({ name, baseColorFactor: [0.6, 0.6, 0.6, 1], metallicFactor: 0, roughnessFactor: 0.7 });
}

/** Shows vertex colours as they are: white base, non-metallic. */
export function vertexColorMaterial(name = 'vertex colours'): Material {
  return createMaterial({ name, baseColorFactor: [1, 1, 1, 1], metallicFactor: 0, roughnessFactor: 0.7 });
}

/** Roughness from a Phong exponent (Ns), as commonly approximated: sqrt(2 / (Ns + 2)). */
export function roughnessFromShininess(ns: number): number {
  if (!Number.isFinite(ns) || ns < 0) return 1;
  return Math.min(1, Math.max(0.04, Math.sqrt(2 / (ns + 2))));
}
