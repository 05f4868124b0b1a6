// Where glTF data comes from: dropped files, GLB chunks or data: URIs only; outside addresses are never fetched.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Document } from '@gltf-transform/core';
import { parseModel } from '../../../engine/loaders/index';
import { gltfWithExternalUris } from '../../fixtures/hostile-gltf';
import { encodePng } from '../../fixtures/png';
import { BinBuilder, docToEmbedded, docToFiles, docToGlb, expectLoadError, file, glbBytes, gltfFiles, only, text } from './helpers';

const fetchSpy = vi.fn(() => {
  throw new Error('fetch must never be called');
});
beforeEach(() => {
  fetchSpy.mockClear();
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  expect(fetchSpy).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
});

function triangleDoc(textured = false): Document {
  const doc = new Document();
  const buffer = doc.createBuffer().setURI('triangle.bin');
  const prim = doc.createPrimitive().setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])).setBuffer(buffer));
  if (textured) {
    prim.setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array([0, 0, 1, 0, 0, 1])).setBuffer(buffer));
    const texture = doc.createTexture('tex').setImage(encodePng(1, 1, [255, 0, 0, 255])).setMimeType('image/png').setURI('tex.png');
    prim.setMaterial(doc.createMaterial('m').setBaseColorTexture(texture));
  }
  doc.createScene().addChild(doc.createNode('tri').setMesh(doc.createMesh().addPrimitive(prim)));
  return doc;
}

function withUri(files: { name: string; bytes: Uint8Array }[], set: (json: any) => void) {
  const json = JSON.parse(new TextDecoder().decode(files[0].bytes));
  set(json);
  return [file(files[0].name, JSON.stringify(json)), ...files.slice(1)];
}

describe('glTF sources', () => {
  it('loads .gltf with its .bin and images dropped together, as .glb, and with data: URIs', async () => {
    for (const files of [await docToFiles(triangleDoc(true)), await docToGlb(triangleDoc(true)), await docToEmbedded(triangleDoc(true))]) {
      const scene = await parseModel(files);
      expect(scene.warnings).toEqual([]);
      const { primitive } = only(scene);
      expect(Array.from(primitive.geometry.positions)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0]);
      expect(primitive.material.baseColorTexture?.texture.image).toMatchObject({ kind: 'encoded', mimeType: 'image/png' });
    }
  });

  it('names the missing .bin file', async () => {
    const files = (await docToFiles(triangleDoc())).filter((f) => !f.name.endsWith('.bin'));
    await expectLoadError(files, 'MISSING_FILE', /"triangle\.bin"/);
  });

  it('refuses outside addresses for buffers: https, http, protocol-relative and file:', async () => {
    await expectLoadError([file('hostile.gltf', gltfWithExternalUris())], 'EXTERNAL_REFERENCE', /outside address/);
    const files = await docToFiles(triangleDoc());
    for (const uri of ['http://127.0.0.2/a.bin', '//example.org/a.bin', 'file:///etc/passwd', 'blob:null/1234', 'HTTPS://EXAMPLE.COM/x.bin']) {
      await expectLoadError(withUri(files, (j) => (j.buffers[0].uri = uri)), 'EXTERNAL_REFERENCE', /never loaded/);
    }
  });

  it('loads without a texture at an outside address, with a warning', async () => {
    const files = withUri(await docToFiles(triangleDoc(true)), (j) => (j.images[0].uri = 'https://example.com/tex.png'));
    const scene = await parseModel(files);
    expect(only(scene).primitive.material.baseColorTexture).toBeNull();
    expect(scene.warnings.join(' ')).toMatch(/outside address/);
  });

  it('rejects malformed data: URIs as damage, not as a fetch', async () => {
    const files = withUri(await docToFiles(triangleDoc()), (j) => (j.buffers[0].uri = 'data:application/octet-stream;base64,@@@@'));
    await expectLoadError(files, 'INVALID_GLTF', /cannot be decoded|base64/);
  });

  it('detects a GLB by its bytes whatever its name, and a .gltf by its JSON', async () => {
    const glb = (await docToGlb(triangleDoc()))[0];
    expect(only(await parseModel([file('model.gltf', glb.bytes)])).primitive.geometry.positions.length).toBe(9);
  });

  it('refuses formats it does not know, naming what it supports', async () => {
    await expectLoadError([file('model.fbx', 'Kaydara FBX Binary')], 'UNSUPPORTED_FORMAT', /glTF.*OBJ.*STL.*PLY/);
    await expectLoadError([], 'UNSUPPORTED_FORMAT');
  });
});

describe('GLB container checks', () => {
  const json = {
    asset: { version: '2.0' },
    buffers: [{ byteLength: 36 }],
    bufferViews: [{ buffer: 0, byteLength: 36 }],
    accessors: [{ bufferView: 0, componentType: 5126, count: 3, type: 'VEC3' }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    nodes: [{ mesh: 0 }],
  };
  const bin = new Uint8Array(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer);

  it('reads a hand-made GLB', async () => {
    expect(only(await parseModel([file('a.glb', glbBytes(json, bin))])).primitive.geometry.positions.length).toBe(9);
  });

  it('rejects a wrong version, a length past the file, an oversized chunk and a truncated file', async () => {
    const v1 = glbBytes(json, bin);
    new DataView(v1.buffer).setUint32(4, 1, true);
    await expectLoadError([file('a.glb', v1)], 'UNSUPPORTED_FORMAT', /1\.0/);
    const long = glbBytes(json, bin);
    new DataView(long.buffer).setUint32(8, long.length + 100, true);
    await expectLoadError([file('a.glb', long)], 'INVALID_GLTF', /cut short/);
    const chunk = glbBytes(json, bin);
    new DataView(chunk.buffer).setUint32(12, 0x7fffffff, true);
    await expectLoadError([file('a.glb', chunk)], 'INVALID_GLTF', /chunk/);
    const whole = glbBytes(json, bin);
    await expectLoadError([file('a.glb', whole.slice(0, whole.length - 8))], 'INVALID_GLTF');
  });

  it('rejects a buffer longer than the binary chunk', async () => {
    await expectLoadError([file('a.glb', glbBytes({ ...json, buffers: [{ byteLength: 4000 }] }, bin))], 'INVALID_GLTF', /buffer 0/);
  });
});

describe('glTF extensions', () => {
  const base = () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]));
    return { bin, json: { accessors: [{ bufferView: pos, componentType: 5126, count: 3, type: 'VEC3' }], meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }], nodes: [{ mesh: 0 }] } };
  };

  it('says plainly that Draco compression cannot be decoded', async () => {
    const { bin, json } = base();
    await expectLoadError(gltfFiles({ ...json, extensionsUsed: ['KHR_draco_mesh_compression'], extensionsRequired: ['KHR_draco_mesh_compression'] }, bin), 'UNSUPPORTED_EXTENSION', /Draco/);
  });

  it('warns about optional extensions it ignores and loads supported required ones', async () => {
    const { bin, json } = base();
    const scene = await parseModel(
      gltfFiles({ ...json, extensionsUsed: ['KHR_materials_sheen', 'KHR_texture_transform'], extensionsRequired: ['KHR_texture_transform'] }, bin),
    );
    expect(scene.warnings).toHaveLength(1);
    expect(scene.warnings[0]).toMatch(/KHR_materials_sheen/);
  });
});

describe('progress and cancellation', () => {
  it('reports progress from 0 to 1, never backwards', async () => {
    const seen: number[] = [];
    await parseModel(await docToGlb(triangleDoc()), { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

  it('stops with ABORTED when cancelled before or while loading', async () => {
    const files = await docToGlb(triangleDoc());
    const before = new AbortController();
    before.abort();
    const e1 = await parseModel(files, { signal: before.signal }).catch((e) => e);
    expect(e1.code).toBe('ABORTED');
    const during = new AbortController();
    const pending = parseModel(files, { signal: during.signal, onProgress: (f) => f > 0 && during.abort() });
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('never echoes raw bytes in its messages', async () => {
    const json = {
      asset: { version: '2.0' },
      buffers: [{ uri: '\u0001\u0002evil\u0007\u001b[31m.bin', byteLength: 12 }],
      bufferViews: [{ buffer: 0, byteLength: 12 }],
      accessors: [{ bufferView: 0, componentType: 5126, count: 1, type: 'VEC3' }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
      nodes: [{ mesh: 0 }],
    };
    const e = await expectLoadError([file('x.gltf', text(JSON.stringify(json)))], 'MISSING_FILE', /evil/);
    expect(e.message).not.toMatch(/[\u0000-\u001f]/);
  });
});
