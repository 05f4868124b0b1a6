// Every index a glTF document holds into another of its lists, resolved up front, used or not, so a damaged
// file is refused before any data is read.
import { extension, invalid, isObject, type JsonObject } from './json';

type ListName =
  | 'accessors' | 'bufferViews' | 'buffers' | 'cameras' | 'images' | 'materials' | 'meshes' | 'nodes'
  | 'samplers' | 'scenes' | 'skins' | 'textures' | 'lights';

const SINGULAR: Record<ListName, string> = {
  accessors: 'accessor', bufferViews: 'buffer view', buffers: 'buffer', cameras: 'camera', images: 'image',
  materials: 'material', meshes: 'mesh', nodes: 'node', samplers: 'sampler', scenes: 'scene', skins: 'skin',
  textures: 'texture', lights: 'light',
};

const MATERIAL_TEXTURES: [string | null, string][] = [
  ['pbrMetallicRoughness', 'baseColorTexture'], ['pbrMetallicRoughness', 'metallicRoughnessTexture'],
  [null, 'normalTexture'], [null, 'occlusionTexture'], [null, 'emissiveTexture'],
];

class ReferenceChecker {
  private readonly lengths = new Map<ListName, number>();

  constructor(private readonly json: JsonObject) {
    for (const name of Object.keys(SINGULAR) as ListName[]) this.lengths.set(name, this.list(name).length);
  }

  list(name: ListName): JsonObject[] {
    const value = name === 'lights' ? extension(this.json, 'KHR_lights_punctual')?.lights : this.json[name];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw invalid(`"${name}" is not a list.`);
    value.forEach((item, i) => {
      if (!isObject(item)) throw invalid(`${SINGULAR[name]} ${i} is not an object.`);
    });
    return value as JsonObject[];
  }

  /** obj[key], when present, must be an index into `target`. */
  ref(obj: JsonObject | undefined, key: string, target: ListName, where: string): void {
    if (!obj || obj[key] === undefined) return;
    this.index(obj[key], target, `${where} (${key})`);
  }

  index(value: unknown, target: ListName, where: string): void {
    const length = this.lengths.get(target)!;
    if (Number.isInteger(value) && (value as number) >= 0 && (value as number) < length) return;
    const shown = typeof value === 'number' ? String(value) : `a ${typeof value}`;
    throw invalid(`${where} refers to ${SINGULAR[target]} ${shown}, but the file has ${length === 0 ? 'none' : `only ${length}`}.`);
  }

  refList(obj: JsonObject, key: string, target: ListName, where: string): void {
    const value = obj[key];
    if (value === undefined) return;
    if (!Array.isArray(value)) throw invalid(`${where} has a "${key}" that is not a list.`);
    for (const item of value) this.index(item, target, `${where} (${key})`);
  }
}

function objectIn(obj: JsonObject, key: string): JsonObject | undefined {
  const value = obj[key];
  return isObject(value) ? value : undefined;
}

/** Throws INVALID_GLTF naming the first index that points at nothing. */
export function checkReferences(json: JsonObject): void {
  const c = new ReferenceChecker(json);
  c.ref(json, 'scene', 'scenes', 'The file');
  c.list('scenes').forEach((s, i) => c.refList(s, 'nodes', 'nodes', `Scene ${i}`));
  c.list('nodes').forEach((n, i) => {
    const where = `Node ${i}`;
    c.refList(n, 'children', 'nodes', where);
    c.ref(n, 'mesh', 'meshes', where);
    c.ref(n, 'camera', 'cameras', where);
    c.ref(n, 'skin', 'skins', where);
    c.ref(extension(n, 'KHR_lights_punctual'), 'light', 'lights', where);
  });
  c.list('skins').forEach((s, i) => {
    c.refList(s, 'joints', 'nodes', `Skin ${i}`);
    c.ref(s, 'skeleton', 'nodes', `Skin ${i}`);
    c.ref(s, 'inverseBindMatrices', 'accessors', `Skin ${i}`);
  });
  c.list('meshes').forEach((m, i) => {
    const primitives = m.primitives === undefined ? [] : m.primitives;
    if (!Array.isArray(primitives)) throw invalid(`mesh ${i} has "primitives" that are not a list.`);
    primitives.forEach((p, k) => {
      const where = `Mesh ${i}, primitive ${k}`;
      if (!isObject(p)) throw invalid(`${where} is not an object.`);
      const attributes = objectIn(p, 'attributes');
      for (const name of Object.keys(attributes ?? {})) c.ref(attributes, name, 'accessors', `${where}, attribute`);
      c.ref(p, 'indices', 'accessors', where);
      c.ref(p, 'material', 'materials', where);
      const targets = Array.isArray(p.targets) ? p.targets : [];
      targets.forEach((t, j) => {
        if (isObject(t)) for (const name of Object.keys(t)) c.ref(t, name, 'accessors', `${where}, morph target ${j}`);
      });
    });
  });
  c.list('accessors').forEach((a, i) => {
    c.ref(a, 'bufferView', 'bufferViews', `Accessor ${i}`);
    const sparse = objectIn(a, 'sparse');
    if (sparse) {
      c.ref(objectIn(sparse, 'indices'), 'bufferView', 'bufferViews', `The sparse indices of accessor ${i}`);
      c.ref(objectIn(sparse, 'values'), 'bufferView', 'bufferViews', `The sparse values of accessor ${i}`);
    }
  });
  c.list('bufferViews').forEach((v, i) => c.ref(v, 'buffer', 'buffers', `Buffer view ${i}`));
  c.list('images').forEach((im, i) => c.ref(im, 'bufferView', 'bufferViews', `Image ${i}`));
  c.list('textures').forEach((t, i) => {
    const where = `Texture ${i}`;
    c.ref(t, 'source', 'images', where);
    c.ref(t, 'sampler', 'samplers', where);
    for (const ext of ['EXT_texture_webp', 'KHR_texture_basisu', 'MSFT_texture_dds']) c.ref(extension(t, ext), 'source', 'images', `${where} (${ext})`);
  });
  c.list('materials').forEach((m, i) => {
    for (const [parent, key] of MATERIAL_TEXTURES) {
      const holder = parent ? objectIn(m, parent) : m;
      c.ref(holder && objectIn(holder, key), 'index', 'textures', `Material ${i}, ${key}`);
    }
  });
  const animations = json.animations === undefined ? [] : json.animations;
  if (!Array.isArray(animations)) throw invalid('"animations" is not a list.');
  animations.forEach((a, i) => {
    if (!isObject(a)) throw invalid(`animation ${i} is not an object.`);
    const samplers = Array.isArray(a.samplers) ? a.samplers : [];
    samplers.forEach((s, k) => {
      if (!isObject(s)) throw invalid(`sampler ${k} of animation ${i} is not an object.`);
      c.ref(s, 'input', 'accessors', `Animation ${i}, sampler ${k}`);
      c.ref(s, 'output', 'accessors', `Animation ${i}, sampler ${k}`);
    });
    const channels = Array.isArray(a.channels) ? a.channels : [];
    channels.forEach((ch, k) => {
      if (!isObject(ch)) throw invalid(`channel ${k} of animation ${i} is not an object.`);
      const s = ch.sampler;
      if (!Number.isInteger(s) || (s as number) < 0 || (s as number) >= samplers.length) {
        throw invalid(`animation ${i}, channel ${k} refers to a sampler the animation does not have.`);
      }
      c.ref(objectIn(ch, 'target'), 'node', 'nodes', `Animation ${i}, channel ${k}`);
    });
  });
}
