// glTF scenes: node transforms and hierarchy, scene choice, materials, textures, samplers, cameras and lights.
import { describe, expect, it } from 'vitest';
import { Document } from '@gltf-transform/core';
import { parseModel } from '../../../engine/loaders/index';
import { encodePng } from '../../fixtures/png';
import { BinBuilder, docToFiles, expectLoadError, file, gltfFiles, items, only, round } from './helpers';

const PNG = encodePng(2, 2, new Uint8Array(16).fill(200));

/** A document with one unit quad (positions, normals, uvs) under `node`, using `material`. */
function quadDoc(setup: (doc: Document) => { material?: ReturnType<Document['createMaterial']>; withNormals?: boolean } = () => ({})) {
  const doc = new Document();
  const buffer = doc.createBuffer('data').setURI('model.bin');
  const { material, withNormals = true } = setup(doc);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0])).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array([0, 1, 1, 1, 1, 0, 0, 0])).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 2, 0, 2, 3])).setBuffer(buffer));
  if (withNormals) prim.setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1])).setBuffer(buffer));
  if (material) prim.setMaterial(material);
  const mesh = doc.createMesh('quad').addPrimitive(prim);
  doc.createScene('main').addChild(doc.createNode('quad').setMesh(mesh));
  return doc;
}

describe('glTF nodes and scenes', () => {
  it('keeps TRS, matrices and hierarchy, and a negative scale stays mirrored', async () => {
    const doc = quadDoc();
    const mesh = doc.getRoot().listMeshes()[0];
    const scene = doc.getRoot().listScenes()[0];
    const mirrored = doc.createNode('mirrored').setScale([-1, 1, 1]).setMesh(mesh);
    const child = doc.createNode('child').setTranslation([0, 0, 5]).setMesh(mesh);
    scene.addChild(doc.createNode('parent').setTranslation([10, 0, 0]).addChild(child));
    scene.addChild(mirrored);
    const files = await docToFiles(doc, (json) => {
      json.nodes.push({ name: 'matrix', matrix: [2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 1, 2, 3, 1], mesh: 0 });
      json.scenes[0].nodes.push(json.nodes.length - 1);
    });
    const loaded = await parseModel(files);
    const byName = new Map(items(loaded).map((i) => [i.node.name, i]));
    expect(Array.from(byName.get('child')!.world.slice(12, 15))).toEqual([10, 0, 5]);
    expect(byName.get('mirrored')!.mirrored).toBe(true);
    expect(byName.get('child')!.mirrored).toBe(false);
    expect(Array.from(byName.get('matrix')!.world)).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 1, 2, 3, 1]);
    // The mesh is shared, not converted once per node.
    expect(byName.get('child')!.primitive).toBe(byName.get('mirrored')!.primitive);
  });

  it('shows the default scene, else scene 0, else every root node', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]));
    const base = {
      accessors: [{ bufferView: pos, componentType: 5126, count: 3, type: 'VEC3' }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ name: 'a', mesh: 0 }, { name: 'b', mesh: 0 }, { name: 'c', mesh: 0, children: [3] }, { name: 'd', mesh: 0 }],
    };
    const names = async (json: object) => items(await parseModel(gltfFiles({ ...base, ...json }, bin))).map((i) => i.node.name);
    expect(await names({ scenes: [{ nodes: [0] }, { nodes: [1] }], scene: 1 })).toEqual(['b']);
    expect(await names({ scenes: [{ nodes: [0] }, { nodes: [1] }] })).toEqual(['a']);
    expect(await names({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects node loops', async () => {
    const nodes = (children: number[][]) => gltfFiles({ nodes: children.map((c) => ({ children: c })), scenes: [{ nodes: [0] }] }, new BinBuilder());
    await expectLoadError(nodes([[1], [0]]), 'INVALID_GLTF', /loop/);
    await expectLoadError(nodes([[0]]), 'INVALID_GLTF', /loop/);
    await expectLoadError(nodes([[1], [2], [1]]), 'INVALID_GLTF', /loop/);
  });

  it('walks a very deep hierarchy without recursion', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]));
    const depth = 20000;
    const nodes = Array.from({ length: depth }, (_, i) => (i < depth - 1 ? { children: [i + 1], translation: [1, 0, 0] } : { mesh: 0 }));
    const scene = await parseModel(
      gltfFiles({ accessors: [{ bufferView: pos, componentType: 5126, count: 3, type: 'VEC3' }], meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }], nodes, scenes: [{ nodes: [0] }] }, bin),
    );
    expect(scene.roots.length).toBe(1);
  });

  it('reads cameras and KHR_lights_punctual lights', async () => {
    const files = await docToFiles(quadDoc(), (json) => {
      json.cameras = [{ type: 'perspective', perspective: { yfov: 0.8, znear: 0.1, aspectRatio: 1.5 } }, { type: 'orthographic', orthographic: { xmag: 2, ymag: 1, znear: 0, zfar: 10 } }];
      json.extensionsUsed = ['KHR_lights_punctual'];
      json.extensions = { KHR_lights_punctual: { lights: [{ type: 'spot', color: [1, 0.5, 0], intensity: 3, spot: { outerConeAngle: 0.5 } }] } };
      json.nodes.push({ camera: 0 }, { camera: 1 }, { extensions: { KHR_lights_punctual: { light: 0 } } });
      json.scenes[0].nodes.push(1, 2, 3);
    });
    const scene = await parseModel(files);
    expect(scene.warnings).toEqual([]);
    const [, persp, ortho, light] = scene.roots;
    expect(persp.camera).toEqual({ type: 'perspective', name: 'camera 0', yfov: 0.8, aspectRatio: 1.5, znear: 0.1, zfar: null });
    expect(ortho.camera).toMatchObject({ type: 'orthographic', xmag: 2, ymag: 1, znear: 0, zfar: 10 });
    expect(light.light).toEqual({ type: 'spot', name: 'light 0', color: [1, 0.5, 0], intensity: 3, range: null, innerConeAngle: 0, outerConeAngle: 0.5 });
  });
});

describe('glTF materials and textures', () => {
  it('reads factors, all five textures with their uv sets, transforms, samplers and material extensions', async () => {
    const doc = quadDoc((d) => {
      const tex = (name: string) => d.createTexture(name).setImage(PNG).setMimeType('image/png').setURI(`${name}.png`);
      const material = d
        .createMaterial('full')
        .setBaseColorFactor([0.5, 0.25, 1, 0.8])
        .setBaseColorTexture(tex('base'))
        .setMetallicFactor(0.3)
        .setRoughnessFactor(0.6)
        .setMetallicRoughnessTexture(tex('mr'))
        .setNormalTexture(tex('normal'))
        .setNormalScale(0.7)
        .setOcclusionTexture(tex('ao'))
        .setOcclusionStrength(0.4)
        .setEmissiveTexture(tex('emissive'))
        .setEmissiveFactor([1, 0.5, 0])
        .setAlphaMode('MASK')
        .setAlphaCutoff(0.3)
        .setDoubleSided(true);
      material.getOcclusionTextureInfo()!.setTexCoord(1);
      material.getBaseColorTextureInfo()!.setMagFilter(9728).setMinFilter(9986).setWrapS(33071).setWrapT(33648);
      return { material };
    });
    const files = await docToFiles(doc, (json) => {
      json.extensionsUsed = ['KHR_texture_transform', 'KHR_materials_emissive_strength', 'KHR_materials_unlit'];
      const m = json.materials[0];
      m.pbrMetallicRoughness.baseColorTexture.extensions = { KHR_texture_transform: { offset: [0.5, 0.25], rotation: 0.1, scale: [2, 3], texCoord: 1 } };
      m.extensions = { KHR_materials_emissive_strength: { emissiveStrength: 5 }, KHR_materials_unlit: {} };
    });
    expect(files.map((f) => f.name).sort()).toEqual(['ao.png', 'base.png', 'emissive.png', 'model.bin', 'model.gltf', 'mr.png', 'normal.png']);
    const scene = await parseModel(files);
    expect(scene.warnings).toEqual([]);
    const m = only(scene).primitive.material;
    expect(m).toMatchObject({ name: 'full', metallicFactor: 0.3, roughnessFactor: 0.6, normalScale: 0.7, occlusionStrength: 0.4, emissiveStrength: 5, unlit: true, alphaMode: 'MASK', doubleSided: true });
    expect(round(m.baseColorFactor)).toEqual([0.5, 0.25, 1, 0.8]);
    expect(round(m.emissiveFactor)).toEqual([1, 0.5, 0]);
    expect(m.alphaCutoff).toBeCloseTo(0.3);
    for (const slot of ['baseColorTexture', 'metallicRoughnessTexture', 'normalTexture', 'occlusionTexture', 'emissiveTexture'] as const) {
      expect(m[slot]?.texture.image).toMatchObject({ kind: 'encoded', mimeType: 'image/png' });
    }
    expect(m.occlusionTexture!.texCoord).toBe(1);
    expect(m.baseColorTexture!.texCoord).toBe(1);
    expect(m.baseColorTexture!.transform).toEqual({ offset: [0.5, 0.25], rotation: 0.1, scale: [2, 3] });
    expect(m.baseColorTexture!.texture.sampler).toEqual({ magFilter: 'nearest', minFilter: 'nearest', mipmapFilter: 'linear', wrapU: 'clamp-to-edge', wrapV: 'mirror-repeat' });
    expect(m.emissiveTexture!.transform).toBeNull();
    expect(m.emissiveTexture!.texture.sampler).toEqual({ magFilter: 'linear', minFilter: 'linear', mipmapFilter: 'linear', wrapU: 'repeat', wrapV: 'repeat' });
  });

  it('loads without a missing texture and says which file to add', async () => {
    const doc = quadDoc((d) => ({ material: d.createMaterial('m').setBaseColorTexture(d.createTexture('wood').setImage(PNG).setMimeType('image/png').setURI('textures/wood%20grain.png')) }));
    const files = (await docToFiles(doc)).filter((f) => !f.name.endsWith('.png'));
    const scene = await parseModel(files);
    expect(only(scene).primitive.material.baseColorTexture).toBeNull();
    expect(scene.warnings.join('\n')).toMatch(/"wood grain\.png"/);
  });

  it('finds a texture referenced with a folder even when dropped without it', async () => {
    const doc = quadDoc((d) => ({ material: d.createMaterial('m').setBaseColorTexture(d.createTexture('wood').setImage(PNG).setMimeType('image/png').setURI('textures/wood.png')) }));
    const files = (await docToFiles(doc)).map((f) => (f.name.endsWith('.png') ? file('wood.png', f.bytes) : f));
    const scene = await parseModel(files);
    expect(scene.warnings).toEqual([]);
    expect(only(scene).primitive.material.baseColorTexture?.texture.image.kind).toBe('encoded');
  });

  it('generates tangents where a normal map is used without TANGENT, and only then', async () => {
    const withMap = quadDoc((d) => ({ material: d.createMaterial('n').setNormalTexture(d.createTexture('n').setImage(PNG).setMimeType('image/png')) }));
    const g = only(await parseModel(await docToFiles(withMap))).primitive.geometry;
    expect(g.tangents).not.toBeNull();
    // u grows along +x on this quad, so every tangent is +x with positive handedness.
    for (let i = 0; i < g.tangents!.length; i += 4) expect(round(g.tangents!.slice(i, i + 4))).toEqual([1, 0, 0, 1]);
    const plain = only(await parseModel(await docToFiles(quadDoc()))).primitive.geometry;
    expect(plain.tangents).toBeNull();
  });

  it('uses glTF default material for primitives without one', async () => {
    const m = only(await parseModel(await docToFiles(quadDoc()))).primitive.material;
    expect(m).toMatchObject({ baseColorFactor: [1, 1, 1, 1], metallicFactor: 1, roughnessFactor: 1, alphaMode: 'OPAQUE', doubleSided: false });
  });
});
