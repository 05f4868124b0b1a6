// @ts-check
// One model argument as the files a person would drop together: the model first, then for .gltf and .obj the
// buffers, materials and textures beside it (the loader picks the ones the model names and ignores the rest).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { ModelFailure } from './model-failure.mjs';

/** Files a .gltf or .obj can name; other models in the same folder are left out. */
const COMPANION = /\.(bin|mtl|png|jpe?g|webp|gif|bmp|avif|tga|ktx2|dds)$/i;
const NEEDS_COMPANIONS = new Set(['.gltf', '.obj']);

/** @typedef {{ name: string, path: string }} ModelFile */

/** @param {string} path @returns {ModelFile[]} */
export function modelFiles(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ModelFailure('There is no such file.');
  }
  if (stats.isDirectory()) throw new ModelFailure('This is a folder; name the model file inside it.');
  const model = { name: basename(path), path };
  if (!NEEDS_COMPANIONS.has(extname(path).toLowerCase())) return [model];
  const folder = dirname(path);
  const companions = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPANION.test(entry.name))
    .map((entry) => ({ name: entry.name, path: join(folder, entry.name) }));
  return [model, ...companions];
}
