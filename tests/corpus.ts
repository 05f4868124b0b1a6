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
