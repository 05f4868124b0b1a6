// The shared corpus of real files (../shared/corpus beside the project root), read in place.
// Each entry is what a person would drop together: a model file and the files beside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';

const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');
export const corpusRoot = resolve(projectRoot, '../shared/corpus');
export const modelsRoot = join(corpusRoot, 'models');
export const validatorRoot = join(corpusRoot, 'validator');

export interface CorpusModel {
  id: string;
  /** Paths of the files dropped together; the first is the model. */
  paths: string[];
  /** Variants we knowingly cannot decode (KHR_draco_mesh_compression). */
  expectUnsupported: boolean;
}

export function corpusAbsentReason(): string | null {
  return existsSync(modelsRoot) ? null : `the shared corpus is absent (${modelsRoot}): corpus tests skipped`;
}

const modelExt = new Set(['.gltf', '.glb', '.obj', '.stl', '.ply']);

function filesIn(dir: string): string[] {
  return readdirSync(dir).map((f) => join(dir, f)).filter((p) => statSync(p).isFile());
}

export function listCorpusModels(): CorpusModel[] {
  if (!existsSync(modelsRoot)) return [];
  const models: CorpusModel[] = [];
  const gltfRoot = join(modelsRoot, 'gltf');
  for (const name of readdirSync(gltfRoot).sort()) {
    for (const variant of readdirSync(join(gltfRoot, name)).sort()) {
      const dir = join(gltfRoot, name, variant);
      if (!statSync(dir).isDirectory() || variant === 'screenshot') continue;
      const files = filesIn(dir);
      const main = files.find((f) => modelExt.has(extname(f).toLowerCase()));
      if (!main) continue;
      models.push({ id: `gltf/${name}/${variant}`, paths: [main, ...files.filter((f) => f !== main)], expectUnsupported: variant.includes('Draco') });
    }
  }
  for (const kind of ['obj', 'stl', 'ply']) {
    const dir = join(modelsRoot, kind);
    if (!existsSync(dir)) continue;
    const files = filesIn(dir).sort();
    // OBJ: the model with every material and image of its folder, as a person dropping a folder would.
    const extras = kind === 'obj' ? files.filter((f) => !f.toLowerCase().endsWith('.obj')) : [];
    for (const f of files.filter((p) => extname(p).toLowerCase() === `.${kind}`)) {
      models.push({ id: `${kind}/${basename(f)}`, paths: [f, ...extras], expectUnsupported: false });
    }
  }
  return models;
}

export function readModelFiles(model: CorpusModel): { name: string; bytes: Uint8Array }[] {
  return model.paths.map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
}

/** Every .gltf and .glb under the validator corpus, sorted; empty when the corpus is absent. */
export function listValidatorModels(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(gltf|glb)$/i.test(name)) out.push(path);
    }
  };
  if (existsSync(validatorRoot)) walk(validatorRoot);
  return out.sort();
}

/** A validator model with the non-model files of its folder (buffers, images), as a person would drop them. */
export function readValidatorFiles(path: string): { name: string; bytes: Uint8Array }[] {
  const siblings = readdirSync(dirname(path)).filter((n) => !/\.(gltf|glb|json)$/i.test(n)).map((n) => join(dirname(path), n));
  return [path, ...siblings].map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
}

/** The same .gltf with every mesh placed in the scene, so malformed accessors and primitives are really read; null otherwise. */
export function withEveryMeshShown(file: { name: string; bytes: Uint8Array }): { name: string; bytes: Uint8Array } | null {
  if (!file.name.endsWith('.gltf')) return null;
  let json: { meshes?: unknown; nodes?: unknown; scenes?: unknown; scene?: unknown };
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    return null;
  }
  if (!Array.isArray(json.meshes) || json.meshes.length === 0) return null;
  const nodes: unknown[] = Array.isArray(json.nodes) ? json.nodes : [];
  const first = nodes.length;
  json.meshes.forEach((_, i) => nodes.push({ mesh: i }));
  json.nodes = nodes;
  json.scenes = [{ nodes: json.meshes.map((_, i) => first + i) }];
  json.scene = 0;
  return { name: file.name, bytes: new TextEncoder().encode(JSON.stringify(json)) };
}
