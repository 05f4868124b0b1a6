// SceneData → the bytes of a GLB file, so every engine starts from the same file, as a person's model would arrive.
// Geometry accessors are shared between the meshes that use them; textures are PNG-encoded, as exporters write them.
import { Document, WebIO, type Accessor, type Material, type Mesh, type Texture } from '@gltf-transform/core';
import { encode } from 'fast-png';
import type { MeshData, SceneData, TextureData } from './scene-data';

interface GeometryAccessors {
  position: Accessor;
  normal: Accessor;
  uv: Accessor;
  indices: Accessor;
}

function accessors(doc: Document, mesh: MeshData, k: number): GeometryAccessors {
  const buffer = doc.getRoot().listBuffers()[0];
  const make = (name: string, type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>) =>
    doc.createAccessor(`${name}-${k}`).setType(type).setArray(array).setBuffer(buffer);
  return {
    position: make('position', 'VEC3', mesh.positions),
    normal: make('normal', 'VEC3', mesh.normals),
    uv: make('uv', 'VEC2', mesh.uvs),
    indices: make('indices', 'SCALAR', mesh.indices),
  };
}

function pngTexture(doc: Document, texture: TextureData, k: number): Texture {
  const png = encode({ width: texture.width, height: texture.height, data: texture.data, channels: 4, depth: 8 });
  return doc.createTexture(`texture-${k}`).setImage(png).setMimeType('image/png');
}

export async function sceneToGlb(data: SceneData): Promise<Uint8Array> {
  const doc = new Document();
  doc.createBuffer('data');
  const geometries = data.meshes.map((m, k) => accessors(doc, m, k));
  const textures = data.textures.map((t, k) => pngTexture(doc, t, k));
  const materials: Material[] = data.materials.map((m, k) => {
    const material = doc.createMaterial(`material-${k}`).setBaseColorFactor([...m.color, 1]).setMetallicFactor(m.metallic).setRoughnessFactor(m.roughness);
    return m.texture === null ? material : material.setBaseColorTexture(textures[m.texture]);
  });
  const meshes = new Map<string, Mesh>(); // one mesh per geometry × material pair, as exporters write instanced parts
  const scene = doc.createScene(data.name);
  data.instances.forEach((instance, k) => {
    const key = `${instance.mesh}/${instance.material}`;
    let mesh = meshes.get(key);
    if (!mesh) {
      const g = geometries[instance.mesh];
      const primitive = doc.createPrimitive().setAttribute('POSITION', g.position).setAttribute('NORMAL', g.normal).setAttribute('TEXCOORD_0', g.uv).setIndices(g.indices).setMaterial(materials[instance.material]);
      meshes.set(key, (mesh = doc.createMesh(key).addPrimitive(primitive)));
    }
    const s = instance.scale;
    scene.addChild(doc.createNode(`instance-${k}`).setMesh(mesh).setTranslation(instance.translation).setScale([s, s, s]));
  });
  doc.getRoot().setDefaultScene(scene);
  return new WebIO().writeBinary(doc);
}
