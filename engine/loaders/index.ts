// Public entry of the loaders: dropped files in, engine Scene out. Nothing a file names is ever fetched.
import { LoadContext, type LoadOptions } from './context';
import { pickMainFile } from './detect';
import { checkExtent } from './extent';
import { ModelLoadError } from './errors';
import { DroppedFiles, type InputFile } from './files';
import { parseGltf } from './gltf/parse-gltf';
import { parseObj } from './obj/parse-obj';
import { parsePly } from './ply/parse-ply';
import { parseStl } from './stl/parse-stl';
import { isEmptyBounds } from '../scene/bounds';
import { collectWorldItems } from '../scene/world';
import type { Scene } from '../scene/types';

export { ModelLoadError, type ModelLoadErrorCode } from './errors';
export type { InputFile } from './files';
export type { LoadOptions } from './context';
export { DEFAULT_LOAD_LIMITS, type LoadLimits } from './limits';

function stem(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function hasSomethingToDraw(scene: Scene): boolean {
  return collectWorldItems(scene).some((item) => !isEmptyBounds(item.primitive.geometry.bounds));
}

export async function parseModel(files: InputFile[], options: LoadOptions = {}): Promise<Scene> {
  const ctx = new LoadContext(options);
  try {
    ctx.progress(0);
    const { file, format } = pickMainFile(files);
    const dropped = new DroppedFiles(files);
    const name = stem(file.name);
    let scene: Scene;
    switch (format) {
      case 'glb':
      case 'gltf':
        scene = await parseGltf(file, format === 'glb', dropped, ctx, name);
        break;
      case 'obj':
        scene = await parseObj(file, dropped, ctx, name);
        break;
      case 'stl-ascii':
      case 'stl-binary':
        scene = await parseStl(file, format === 'stl-binary', ctx, name);
        break;
      case 'ply':
        scene = await parsePly(file, dropped, ctx, name);
        break;
    }
    if (!hasSomethingToDraw(scene)) {
      // The warnings often say why (an unreadable part was skipped), so they travel with the refusal.
      const why = ctx.warnings.length ? ` Problems found: ${ctx.warnings.slice(0, 3).join(' ')}` : '';
      throw new ModelLoadError('EMPTY_MODEL', `The model contains nothing to draw: it has no triangles, lines or points in its scene.${why}`);
    }
    checkExtent(scene, format, ctx);
    ctx.progress(1);
    return scene;
  } catch (error) {
    if (error instanceof ModelLoadError) throw error;
    const tooLarge = error instanceof RangeError;
    throw new ModelLoadError(
      'INTERNAL',
      tooLarge
        ? 'The model could not be loaded: it is too large for the memory available here, or damaged.'
        : 'The model could not be loaded because of an unexpected problem in the app.',
      { cause: error },
    );
  }
}
