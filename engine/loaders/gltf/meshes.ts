// glTF meshes: each primitive's attributes read, its mode turned into a list, normals and tangents filled in.
import type { LoadContext } from '../context';
import { createGeometry, createMesh } from '../../scene/factory';
import type { Mesh, Primitive } from '../../scene/types';
import { listIndices, topologyOfMode } from '../geometry/topology';
import { withFlatNormals } from '../geometry/normals';
import { generateTangents } from '../geometry/tangents';
import type { VertexStreams } from '../geometry/streams';
import type { GltfAccessors } from './accessors';
import type { GltfMaterials } from './materials';
import { arrayOf, indexProp, invalid, isObject, objectAt, objectProp, stringProp, type JsonObject } from './json';

export class GltfMeshes {
  private readonly meshes: unknown[];
  private readonly cache = new Map<number, Mesh>();

  constructor(
    json: JsonObject,
    private readonly accessors: GltfAccessors,
    private readonly materials: GltfMaterials,
    private readonly ctx: LoadContext,
  ) {
    this.meshes = arrayOf(json, 'meshes');
  }

  get length(): number {
    return this.meshes.length;
  }

  mesh(index: number): Mesh {
    let mesh = this.cache.get(index);
    if (!mesh) {
      const def = objectAt(this.meshes, index, 'Mesh');
      const list = Array.isArray(def.primitives) ? def.primitives : [];
      const primitives: Primitive[] = [];
      for (let p = 0; p < list.length; p++) {
        const def = list[p];
        if (!isObject(def)) throw invalid(`primitive ${p} of mesh ${index} is not an object.`);
        const primitive = this.primitive(def, `mesh ${index}, primitive ${p}`);
        if (primitive) primitives.push(primitive);
      }
      mesh = createMesh(stringProp(def, 'name') || `mesh ${index}`, primitives);
      this.cache.set(index, mesh);
    }
    return mesh;
  }

  private primitive(def: JsonObject, where: string): Primitive | null {
    const attributes = objectProp(def, 'attributes');
    if (!attributes) throw invalid(`${where} has no attributes.`);
    const mode = def.mode === undefined ? 4 : def.mode;
    if (!Number.isInteger(mode) || (mode as number) < 0 || (mode as number) > 6) throw invalid(`${where} has an unknown drawing mode.`);
    const positionIndex = indexProp(attributes, 'POSITION', this.accessors.length, where);
    if (positionIndex === undefined) {
      this.ctx.warn('Some parts of the model have no vertex positions and are not shown.');
      return null;
    }
    const positionInfo = this.accessors.info(positionIndex);
    if (positionInfo.type !== 'VEC3') throw invalid(`the positions of ${where} are not 3D vectors.`);
    const vertexCount = positionInfo.count;
    // Counts come from the declarations, so a file asking for too much is refused before its data is read.
    this.ctx.budget.chargeVertices(vertexCount);
    const indicesIndex = indexProp(def, 'indices', this.accessors.length, where);
    const drawn = indicesIndex === undefined ? vertexCount : this.accessors.info(indicesIndex).count;
    this.ctx.budget.chargeTriangles(triangleCount(mode as number, drawn));
    const read = (name: string, types: string[]): Float32Array | null => {
      const index = indexProp(attributes, name, this.accessors.length, where);
      if (index === undefined) return null;
      const info = this.accessors.info(index);
      if (!types.includes(info.type) || info.count !== vertexCount) {
        this.ctx.warn(`Some parts of the model have a malformed ${name} attribute, which is ignored.`);
        return null;
      }
      const values = this.accessors.floats(index);
      return info.type === 'VEC3' && name.startsWith('COLOR') ? rgbToRgba(values) : values;
    };
    const streams: VertexStreams = {
      positions: this.accessors.floats(positionIndex),
      normals: read('NORMAL', ['VEC3']),
      tangents: read('TANGENT', ['VEC4']),
      uvs: read('TEXCOORD_0', ['VEC2']),
      uvs1: read('TEXCOORD_1', ['VEC2']),
      colors: read('COLOR_0', ['VEC3', 'VEC4']),
    };

    const bad = firstNonFinite(streams.positions);
    if (bad >= 0) throw invalid(`the positions of ${where} are not all numbers (vertex ${bad} is NaN or infinite).`);
    let indices: Uint32Array | null = null;
    if (indicesIndex !== undefined) {
      indices = this.accessors.indices(indicesIndex);
      for (let i = 0; i < indices.length; i++) {
        if (indices[i] >= vertexCount) throw invalid(`${where} has an index (${indices[i]}) past its ${vertexCount} vertices.`);
      }
    }
    const materialIndex = indexProp(def, 'material', this.materials.length, where);
    const material = materialIndex === undefined ? this.materials.defaultMaterial() : this.materials.material(materialIndex);
    const topology = topologyOfMode(mode as number);
    indices = listIndices(mode as number, indices, vertexCount);

    let vertices = streams;
    if (topology === 'triangle-list' && !vertices.normals) ({ streams: vertices, indices } = withFlatNormals(vertices, indices));
    const normalMap = material.normalTexture;
    if (topology === 'triangle-list' && normalMap && !vertices.tangents && vertices.normals) {
      const uvs = normalMap.texCoord === 1 ? vertices.uvs1 : vertices.uvs;
      if (uvs) vertices = { ...vertices, tangents: generateTangents(vertices.positions, vertices.normals, uvs, indices) };
    }
    return { geometry: createGeometry({ topology, ...vertices, indices }), material };
  }
}

/** Triangles a mode draws from `count` vertices or indices (none for points and lines). */
function triangleCount(mode: number, count: number): number {
  if (mode === 4) return Math.floor(count / 3);
  return mode === 5 || mode === 6 ? Math.max(0, count - 2) : 0;
}

function firstNonFinite(values: Float32Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return Math.floor(i / 3);
  return -1;
}

function rgbToRgba(rgb: Float32Array): Float32Array {
  const count = rgb.length / 3;
  const out = new Float32Array(count * 4);
  for (let i = 0; i < count; i++) {
    out[i * 4] = rgb[i * 3];
    out[i * 4 + 1] = rgb[i * 3 + 1];
    out[i * 4 + 2] = rgb[i * 3 + 2];
    out[i * 4 + 3] = 1;
  }
  return out;
}
