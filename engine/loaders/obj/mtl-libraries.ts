// The material libraries an OBJ names (mtllib), read from the dropped files, as a lookup by material name.
import type { LoadContext } from '../context';
import { DroppedFiles, classifyUri, externalReferenceWarning, type InputFile } from '../files';
import { greyMaterial, vertexColorMaterial } from '../default-material';
import type { Material } from '../../scene/types';
import { MtlTextures, parseMtl } from './parse-mtl';

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Reads the referenced .mtl files (or one named like the .obj) and returns a lookup by material name. */
export function loadMaterials(libraries: string[], objFile: InputFile, files: DroppedFiles, ctx: LoadContext): (name: string, hasColors: boolean) => Material {
  const textures = new MtlTextures(files, ctx);
  const library = new Map<string, Material>();
  const references = libraries.slice();
  if (references.length === 0) references.push(objFile.name.replace(/\.[^./\\]*$/, '') + '.mtl');
  let loadedAny = false;
  for (const reference of references) {
    if (classifyUri(reference) === 'external') {
      ctx.warn(externalReferenceWarning('its materials', reference));
      continue;
    }
    // "mtllib a.mtl b.mtl" names two files, "mtllib my file.mtl" one with a space: try the whole name
    // first, then each word when every word is itself an .mtl name.
    const words = reference.split(/\s+/);
    const several = words.length > 1 && words.every((w) => /\.mtl$/i.test(w));
    const candidates = [reference, ...(several ? words : [])];
    let found = false;
    for (const candidate of candidates) {
      const mtl = files.find(candidate, objFile.name, 'path');
      if (!mtl || mtl === objFile) continue;
      for (const [n, m] of parseMtl(mtl.bytes, mtl.name, textures, ctx)) if (!library.has(n)) library.set(n, m);
      found = loadedAny = true;
      if (candidate === reference) break;
    }
    if (!found && libraries.length > 0) {
      const missing = DroppedFiles.missingName(reference, 'path');
      ctx.warn(`The material file "${missing}" was not dropped, so the model is shown in grey. Add "${missing}" (and its textures) to see its materials.`);
    }
  }
  const byNormalized = new Map<string, Material>();
  for (const [n, m] of library) if (!byNormalized.has(normalizeName(n))) byNormalized.set(normalizeName(n), m);
  const fallbacks = new Map<string, Material>();
  return (name, hasColors) => {
    const found = library.get(name) ?? byNormalized.get(normalizeName(name));
    if (found) return found;
    if (name && loadedAny) ctx.warn(`Some materials named by the OBJ file are not in its material files; those parts are shown in grey.`);
    let fallback = fallbacks.get(name);
    if (!fallback) {
      fallback = hasColors ? vertexColorMaterial(name || undefined) : greyMaterial(name || undefined);
      fallbacks.set(name, fallback);
    }
    return fallback;
  };
}
