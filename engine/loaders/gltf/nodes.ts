// The glTF node hierarchy, walked without recursion: loops are rejected, only the shown scene's meshes are read.
import type { LoadContext } from '../context';
import { createNode } from '../../scene/factory';
import type { Light, Node, SceneCamera } from '../../scene/types';
import type { GltfMeshes } from './meshes';
import {
  arrayOf, extension, indexProp, invalid, isObject, numberProp, numbersProp, objectAt, objectProp, stringProp, type JsonObject,
} from './json';

export interface GltfSceneGraph {
  name: string;
  roots: Node[];
}

/** Child lists checked, then a depth-first walk with an explicit stack that finds any loop. */
function childLists(nodes: unknown[]): number[][] {
  // A node has one parent at most: a shared child would be drawn twice and make the hierarchy a graph.
  const parent = new Int32Array(nodes.length).fill(-1);
  let shared: string | null = null;
  const children = nodes.map((_, i) => {
    const def = objectAt(nodes, i, 'Node');
    if (def.children === undefined) return [];
    if (!Array.isArray(def.children)) throw invalid(`node ${i} has a children list that is not a list.`);
    return def.children.map((c) => {
      if (!Number.isInteger(c) || c < 0 || c >= nodes.length) throw invalid(`node ${i} has a child that does not exist.`);
      if (parent[c] === i) shared ??= `node ${i} lists node ${c} as its child twice.`;
      else if (parent[c] >= 0) shared ??= `node ${c} is a child of both node ${parent[c]} and node ${i}; a node may have one parent only.`;
      parent[c] = i;
      return c as number;
    });
  });
  const state = new Uint8Array(nodes.length); // 0 unvisited, 1 on the current path, 2 done
  for (let start = 0; start < nodes.length; start++) {
    if (state[start]) continue;
    const stack: [number, number][] = [[start, 0]];
    state[start] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [node, next] = top;
      if (next >= children[node].length) {
        state[node] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      const child = children[node][next];
      if (state[child] === 1) throw invalid('its node hierarchy contains a loop (a node is its own ancestor).');
      if (state[child] === 0) {
        state[child] = 1;
        stack.push([child, 0]);
      }
    }
  }
  // Reported after the loop search, so a loop is named as such even when it also shares a node.
  if (shared) throw invalid(shared);
  return children;
}

function rootIndices(json: JsonObject, nodeCount: number, children: number[][]): { indices: number[]; name: string } {
  const scenes = arrayOf(json, 'scenes');
  const chosen = indexProp(json, 'scene', scenes.length, 'The file') ?? (scenes.length > 0 ? 0 : undefined);
  if (chosen !== undefined) {
    const scene = objectAt(scenes, chosen, 'Scene');
    const list = Array.isArray(scene.nodes) ? scene.nodes : [];
    for (const n of list) if (!Number.isInteger(n) || n < 0 || n >= nodeCount) throw invalid(`scene ${chosen} lists a node that does not exist.`);
    return { indices: list as number[], name: stringProp(scene, 'name') };
  }
  // No scenes at all: show every node that is nobody's child.
  const isChild = new Uint8Array(nodeCount);
  for (const list of children) for (const c of list) isChild[c] = 1;
  const indices: number[] = [];
  for (let i = 0; i < nodeCount; i++) if (!isChild[i]) indices.push(i);
  return { indices, name: '' };
}

export async function buildSceneGraph(json: JsonObject, meshes: GltfMeshes, ctx: LoadContext, progress: [number, number]): Promise<GltfSceneGraph> {
  const defs = arrayOf(json, 'nodes');
  const children = childLists(defs);
  const roots = rootIndices(json, defs.length, children);
  const cameras = new GltfCameras(json, ctx);
  const lights = new GltfLights(json, ctx);

  // Only nodes reachable from the shown scene are built, parents before children.
  const built = new Map<number, Node>();
  const order: number[] = [];
  const stack = roots.indices.slice().reverse();
  while (stack.length) {
    const i = stack.pop()!;
    if (built.has(i)) continue;
    const def = objectAt(defs, i, 'Node');
    built.set(i, nodeFromGltf(def, i, cameras, lights));
    order.push(i);
    for (let c = children[i].length - 1; c >= 0; c--) stack.push(children[i][c]);
  }
  for (const i of order) built.get(i)!.children = children[i].map((c) => built.get(c)!);

  const withMesh = order.filter((i) => objectAt(defs, i, 'Node').mesh !== undefined);
  for (let k = 0; k < withMesh.length; k++) {
    const i = withMesh[k];
    const meshIndex = indexProp(objectAt(defs, i, 'Node'), 'mesh', meshes.length, `Node ${i}`)!;
    built.get(i)!.mesh = meshes.mesh(meshIndex);
    await ctx.maybeYield(progress[0] + ((progress[1] - progress[0]) * (k + 1)) / withMesh.length);
  }
  return { name: roots.name, roots: roots.indices.map((i) => built.get(i)!) };
}

function nodeFromGltf(def: JsonObject, index: number, cameras: GltfCameras, lights: GltfLights): Node {
  const cameraIndex = indexProp(def, 'camera', cameras.length, `Node ${index}`);
  const lightDef = extension(def, 'KHR_lights_punctual');
  const lightIndex = lightDef ? indexProp(lightDef, 'light', lights.length, `Node ${index}`) : undefined;
  return createNode({
    name: stringProp(def, 'name') || `node ${index}`,
    translation: numbersProp(def, 'translation', [0, 0, 0]),
    rotation: numbersProp(def, 'rotation', [0, 0, 0, 1]),
    scale: numbersProp(def, 'scale', [1, 1, 1]),
    matrix: Array.isArray(def.matrix) ? readMatrix(def.matrix) : null,
    camera: cameraIndex === undefined ? null : cameras.camera(cameraIndex),
    light: lightIndex === undefined ? null : lights.light(lightIndex),
  });
}

/** A node matrix: 16 finite numbers, or null (TRS then applies) when malformed. */
function readMatrix(value: unknown[]): number[] | null {
  if (value.length !== 16 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  return value as number[];
}

class GltfCameras {
  private readonly defs: unknown[];
  private readonly cache = new Map<number, SceneCamera | null>();
  constructor(json: JsonObject, private readonly ctx: LoadContext) {
    this.defs = arrayOf(json, 'cameras');
  }
  get length(): number {
    return this.defs.length;
  }
  camera(index: number): SceneCamera | null {
    if (!this.cache.has(index)) this.cache.set(index, this.convert(objectAt(this.defs, index, 'Camera'), index));
    return this.cache.get(index)!;
  }
  private convert(def: JsonObject, index: number): SceneCamera | null {
    const name = stringProp(def, 'name') || `camera ${index}`;
    const p = objectProp(def, 'perspective');
    const o = objectProp(def, 'orthographic');
    if (def.type === 'perspective' && p) {
      const yfov = numberProp(p, 'yfov', 0);
      const znear = numberProp(p, 'znear', 0);
      const zfar = typeof p.zfar === 'number' && Number.isFinite(p.zfar) && p.zfar > znear ? p.zfar : null;
      const aspect = typeof p.aspectRatio === 'number' && p.aspectRatio > 0 && Number.isFinite(p.aspectRatio) ? p.aspectRatio : null;
      if (yfov > 0 && yfov < Math.PI && znear > 0) return { type: 'perspective', name, yfov, aspectRatio: aspect, znear, zfar };
    } else if (def.type === 'orthographic' && o) {
      const camera = { type: 'orthographic' as const, name, xmag: numberProp(o, 'xmag', 0), ymag: numberProp(o, 'ymag', 0), znear: numberProp(o, 'znear', -1), zfar: numberProp(o, 'zfar', 0) };
      if (camera.xmag !== 0 && camera.ymag !== 0 && camera.znear >= 0 && camera.zfar > camera.znear) return camera;
    }
    this.ctx.warn('A camera in the model has impossible settings and is ignored.');
    return null;
  }
}

class GltfLights {
  private readonly defs: unknown[];
  private readonly cache = new Map<number, Light | null>();
  constructor(json: JsonObject, private readonly ctx: LoadContext) {
    const ext = extension(json, 'KHR_lights_punctual');
    this.defs = ext && Array.isArray(ext.lights) ? ext.lights : [];
  }
  get length(): number {
    return this.defs.length;
  }
  light(index: number): Light | null {
    if (!this.cache.has(index)) this.cache.set(index, this.convert(this.defs[index], index));
    return this.cache.get(index)!;
  }
  private convert(def: unknown, index: number): Light | null {
    if (!isObject(def) || (def.type !== 'directional' && def.type !== 'point' && def.type !== 'spot')) {
      this.ctx.warn('A light in the model has an unknown type and is ignored.');
      return null;
    }
    const spot = objectProp(def, 'spot') ?? {};
    const range = numberProp(def, 'range', 0);
    return {
      type: def.type,
      name: stringProp(def, 'name') || `light ${index}`,
      color: numbersProp(def, 'color', [1, 1, 1]),
      intensity: Math.max(0, numberProp(def, 'intensity', 1)),
      range: range > 0 ? range : null,
      innerConeAngle: numberProp(spot, 'innerConeAngle', 0),
      outerConeAngle: numberProp(spot, 'outerConeAngle', Math.PI / 4),
    };
  }
}
