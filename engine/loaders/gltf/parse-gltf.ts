// glTF 2.0 (.gltf + files, .glb, data: URIs) to the engine scene.
// Hand-parsed rather than through loaders.gl: the JSON and GLB container are small to read, and owning the
// parser lets every reference be resolved from the dropped files only (never fetched) and every byte range
// be checked before anything is allocated, with messages a person can act on.
import type { LoadContext } from '../context';
import { createScene } from '../../scene/factory';
import type { Scene } from '../../scene/types';
import type { DroppedFiles, InputFile } from '../files';
import { GltfAccessors } from './accessors';
import { GltfBuffers } from './buffers';
import { checkByteRanges } from './byte-ranges';
import { checkReferences } from './references';
import { checkUris } from './uris';
import { readGlb, readGltfJson } from './container';
import { checkExtensions } from './extensions';
import { GltfMaterials } from './materials';
import { GltfMeshes } from './meshes';
import { buildSceneGraph } from './nodes';
import { GltfTextures } from './textures';

export async function parseGltf(main: InputFile, binary: boolean, files: DroppedFiles, ctx: LoadContext, fallbackName: string): Promise<Scene> {
  const { json, bin } = binary ? readGlb(main.bytes) : readGltfJson(main.bytes);
  checkExtensions(json, ctx);
  // The whole document is checked before any data is read: references, addresses, byte ranges and sizes.
  checkReferences(json);
  checkUris(json, ctx);
  checkByteRanges(json, bin, ctx.budget);
  await ctx.yieldStep(0.1);
  const buffers = new GltfBuffers(json, bin, files, main.name, ctx);
  const textures = new GltfTextures(json, buffers, files, main.name, ctx);
  const materials = new GltfMaterials(json, textures);
  const accessors = new GltfAccessors(json, buffers, ctx.budget);
  const meshes = new GltfMeshes(json, accessors, materials, ctx);
  const graph = await buildSceneGraph(json, meshes, ctx, [0.1, 0.95]);
  textures.checkUnusedImages();
  return createScene(graph.name || fallbackName, graph.roots, ctx.warnings);
}
