// glTF metallic-roughness materials (with emissive strength, unlit and texture transforms) as engine materials.
import { createMaterial } from '../../scene/factory';
import type { AlphaMode, Material } from '../../scene/types';
import type { GltfTextures } from './textures';
import { arrayOf, extension, numberProp, numbersProp, objectAt, objectProp, stringProp, type JsonObject } from './json';

const ALPHA_MODES: AlphaMode[] = ['OPAQUE', 'MASK', 'BLEND'];

export class GltfMaterials {
  private readonly materials: unknown[];
  private readonly cache = new Map<number, Material>();
  private fallback: Material | null = null;

  constructor(json: JsonObject, private readonly textures: GltfTextures) {
    this.materials = arrayOf(json, 'materials');
  }

  get length(): number {
    return this.materials.length;
  }

  /** glTF's default material (white, metallic 1, roughness 1) for primitives that name none. */
  defaultMaterial(): Material {
    this.fallback ??= createMaterial({ name: 'default' });
    return this.fallback;
  }

  material(index: number): Material {
    let material = this.cache.get(index);
    if (!material) {
      material = this.convert(objectAt(this.materials, index, 'Material'), index);
      this.cache.set(index, material);
    }
    return material;
  }

  private convert(def: JsonObject, index: number): Material {
    const what = `Material ${index}`;
    const pbr = objectProp(def, 'pbrMetallicRoughness') ?? {};
    const normal = objectProp(def, 'normalTexture');
    const occlusion = objectProp(def, 'occlusionTexture');
    const alphaMode = stringProp(def, 'alphaMode', 'OPAQUE') as AlphaMode;
    const strength = extension(def, 'KHR_materials_emissive_strength');
    return createMaterial({
      name: stringProp(def, 'name') || `material ${index}`,
      baseColorFactor: numbersProp(pbr, 'baseColorFactor', [1, 1, 1, 1]),
      baseColorTexture: this.textures.textureRef(pbr.baseColorTexture, what),
      metallicFactor: clamp01(numberProp(pbr, 'metallicFactor', 1)),
      roughnessFactor: clamp01(numberProp(pbr, 'roughnessFactor', 1)),
      metallicRoughnessTexture: this.textures.textureRef(pbr.metallicRoughnessTexture, what),
      normalTexture: this.textures.textureRef(normal, what),
      normalScale: normal ? numberProp(normal, 'scale', 1) : 1,
      occlusionTexture: this.textures.textureRef(occlusion, what),
      occlusionStrength: occlusion ? clamp01(numberProp(occlusion, 'strength', 1)) : 1,
      emissiveFactor: numbersProp(def, 'emissiveFactor', [0, 0, 0]),
      emissiveTexture: this.textures.textureRef(def.emissiveTexture, what),
      emissiveStrength: strength ? Math.max(0, numberProp(strength, 'emissiveStrength', 1)) : 1,
      alphaMode: ALPHA_MODES.includes(alphaMode) ? alphaMode : 'OPAQUE',
      alphaCutoff: Math.max(0, numberProp(def, 'alphaCutoff', 0.5)),
      doubleSided: def.doubleSided === true,
      unlit: extension(def, 'KHR_materials_unlit') !== undefined,
    });
  }
}

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}
