// glTF accessors: every component type, normalization, strides, sparse data, index widening and bounds checks.
import { describe, expect, it } from 'vitest';
import { Document, NodeIO } from '@gltf-transform/core';
import { parseModel } from '../../../engine/loaders/index';
import { BinBuilder, docToGlb, expectLoadError, gltfFiles, items, only, round } from './helpers';

const FLOAT = 5126;

/** One primitive in one node, built from accessors over the builder's views. */
function onePrimitive(bin: BinBuilder, accessors: object[], primitive: Record<string, unknown>) {
  return gltfFiles({ accessors, meshes: [{ primitives: [primitive] }], nodes: [{ mesh: 0 }], scenes: [{ nodes: [0] }], scene: 0 }, bin);
}

describe('glTF accessor component types', () => {
  const cases: [string, number, ArrayBufferView, number[]][] = [
    ['byte', 5120, new Int8Array([-3, 2, 1, 0, 0, 0, 0, 0]), [-3, 2, 1, 0, 0, 0]],
    ['unsigned byte', 5121, new Uint8Array([200, 2, 1, 0, 0, 0, 0, 0]), [200, 2, 1, 0, 0, 0]],
    ['short', 5122, new Int16Array([-300, 2, 1, 0, 0, 0]), [-300, 2, 1, 0, 0, 0]],
    ['unsigned short', 5123, new Uint16Array([60000, 2, 1, 0, 0, 0]), [60000, 2, 1, 0, 0, 0]],
    ['unsigned int', 5125, new Uint32Array([70000, 2, 1, 0, 0, 0]), [70000, 2, 1, 0, 0, 0]],
    ['float', FLOAT, new Float32Array([1.5, -2.25, 3, 0, 0, 0]), [1.5, -2.25, 3, 0, 0, 0]],
  ];
  for (const [label, componentType, data, expected] of cases) {
    it(`reads ${label} positions (padded per element where needed)`, async () => {
      const bin = new BinBuilder();
      // 1-byte components in a VEC3 attribute are padded to 4 bytes per element (stride 4).
      const size = (data as Uint8Array).BYTES_PER_ELEMENT;
      const view = bin.add(data, size === 1 ? 4 : undefined);
      const scene = await parseModel(onePrimitive(bin, [{ bufferView: view, componentType, count: 2, type: 'VEC3' }], { attributes: { POSITION: 0 }, mode: 0 }));
      const { geometry } = only(scene).primitive;
      expect(geometry.topology).toBe('point-list');
      expect(round(geometry.positions)).toEqual(expected);
    });
  }

  // tightly packed values are copied in one call, strided ones element by element: both must read alike
  it('reads packed and interleaved values alike, at an offset into their view', async () => {
    const values = [-300, 2, 1, 7, -8, 9, 32767, -32768, 5];
    const packed = new Int16Array([0, 0, ...values]); // the accessor starts 4 bytes in
    const interleaved = new Int16Array(4 * 3 + 2);
    for (let e = 0; e < 3; e++) interleaved.set(values.slice(e * 3, e * 3 + 3), 2 + e * 4); // 8-byte stride, 2 bytes unused
    const bin = new BinBuilder();
    const a = bin.add(packed);
    const b = bin.add(interleaved, 8);
    const accessors = [
      { bufferView: a, byteOffset: 4, componentType: 5122, count: 3, type: 'VEC3' },
      { bufferView: b, byteOffset: 4, componentType: 5122, count: 3, type: 'VEC3' },
    ];
    const scene = await parseModel(gltfFiles({
      accessors,
      meshes: [{ primitives: [{ attributes: { POSITION: 0 }, mode: 0 }] }, { primitives: [{ attributes: { POSITION: 1 }, mode: 0 }] }],
      nodes: [{ mesh: 0 }, { mesh: 1 }], scenes: [{ nodes: [0, 1] }], scene: 0,
    }, bin));
    const [first, second] = items(scene).map((item) => [...item.primitive.geometry.positions]);
    expect(first).toEqual(values);
    expect(second).toEqual(values);
  });

  it('maps normalized integers to [0,1] and [-1,1] as the spec says', async () => {
    const bin = new BinBuilder();
    const i8 = bin.add(new Int8Array([-128, -127, 127, 0]));
    const u8 = bin.add(new Uint8Array([0, 255, 51, 0]));
    const i16 = bin.add(new Int16Array([-32768, 32767, 0]));
    const u16 = bin.add(new Uint16Array([65535, 0, 13107]));
    const files = onePrimitive(
      bin,
      [
        { bufferView: i8, componentType: 5120, normalized: true, count: 1, type: 'VEC3' },
        { bufferView: u8, componentType: 5121, normalized: true, count: 1, type: 'VEC3' },
        { bufferView: i16, componentType: 5122, normalized: true, count: 1, type: 'VEC3' },
        { bufferView: u16, componentType: 5123, normalized: true, count: 1, type: 'VEC3' },
      ],
      { attributes: { POSITION: 0 }, mode: 0 },
    );
    const read = async (accessor: number) => {
      const json = JSON.parse(new TextDecoder().decode(files[0].bytes));
      json.meshes[0].primitives[0].attributes.POSITION = accessor;
      const scene = await parseModel([{ name: 'model.gltf', bytes: new TextEncoder().encode(JSON.stringify(json)) }, files[1]]);
      return round(only(scene).primitive.geometry.positions);
    };
    expect(await read(0)).toEqual([-1, -1, 1]);
    expect(await read(1)).toEqual([0, 1, 0.2]);
    expect(await read(2)).toEqual([-1, 1, 0]);
    expect(await read(3)).toEqual([1, 0, 0.2]);
  });

  it('turns COLOR_0 (vec3 unsigned byte, normalized) into linear RGBA floats with alpha 1', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0]));
    const col = bin.add(new Uint8Array([255, 0, 0, 0, 0, 0, 255, 0]), 4);
    const scene = await parseModel(
      onePrimitive(
        bin,
        [
          { bufferView: pos, componentType: FLOAT, count: 2, type: 'VEC3' },
          { bufferView: col, componentType: 5121, normalized: true, count: 2, type: 'VEC3' },
        ],
        { attributes: { POSITION: 0, COLOR_0: 1 }, mode: 0 },
      ),
    );
    expect(round(only(scene).primitive.geometry.colors)).toEqual([1, 0, 0, 1, 0, 0, 1, 1]);
  });

  it('reads TEXCOORD_0 as normalized unsigned shorts and TEXCOORD_1 as floats', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0]));
    const uv0 = bin.add(new Uint16Array([0, 65535, 65535, 0]));
    const uv1 = bin.add(new Float32Array([0.25, 0.5, 0.75, 1]));
    const scene = await parseModel(
      onePrimitive(
        bin,
        [
          { bufferView: pos, componentType: FLOAT, count: 2, type: 'VEC3' },
          { bufferView: uv0, componentType: 5123, normalized: true, count: 2, type: 'VEC2' },
          { bufferView: uv1, componentType: FLOAT, count: 2, type: 'VEC2' },
        ],
        { attributes: { POSITION: 0, TEXCOORD_0: 1, TEXCOORD_1: 2 }, mode: 0 },
      ),
    );
    const { geometry } = only(scene).primitive;
    expect(round(geometry.uvs)).toEqual([0, 1, 1, 0]);
    expect(round(geometry.uvs1)).toEqual([0.25, 0.5, 0.75, 1]);
  });
});

describe('glTF buffer layouts', () => {
  it('reads interleaved positions and normals through byteStride', async () => {
    const bin = new BinBuilder();
    // Per vertex: position xyz, normal xyz.
    const view = bin.add(new Float32Array([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1]), 24);
    const scene = await parseModel(
      onePrimitive(
        bin,
        [
          { bufferView: view, byteOffset: 0, componentType: FLOAT, count: 3, type: 'VEC3' },
          { bufferView: view, byteOffset: 12, componentType: FLOAT, count: 3, type: 'VEC3' },
        ],
        { attributes: { POSITION: 0, NORMAL: 1 } },
      ),
    );
    const { geometry } = only(scene).primitive;
    expect(round(geometry.positions)).toEqual([0, 0, 0, 1, 0, 0, 0, 1, 0]);
    expect(round(geometry.normals)).toEqual([0, 0, 1, 0, 0, 1, 0, 0, 1]);
    expect(geometry.indices).toBeNull();
  });

  it('reads what gltf-transform writes interleaved by default, through a GLB', async () => {
    const doc = new Document();
    const buffer = doc.createBuffer();
    const positions = new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
    const uvs = new Float32Array([0, 1, 1, 1, 1, 0, 0, 0]);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(new Float32Array(12).map((_, i) => (i % 3 === 2 ? 1 : 0))).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(uvs).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint8Array([0, 1, 2, 0, 2, 3])).setBuffer(buffer));
    doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)));
    const glb = await docToGlb(doc);
    const json = await new NodeIO().readBinary(glb[0].bytes).then((d) => new NodeIO().writeJSON(d));
    expect(json.json.bufferViews?.some((v) => v.byteStride)).toBe(true);
    const { geometry } = only(await parseModel(glb)).primitive;
    expect(Array.from(geometry.positions)).toEqual(Array.from(positions));
    expect(Array.from(geometry.uvs!)).toEqual(Array.from(uvs));
    expect(geometry.indices).toBeInstanceOf(Uint32Array);
    expect(Array.from(geometry.indices!)).toEqual([0, 1, 2, 0, 2, 3]);
  });

  it('widens unsigned byte indices to Uint32Array', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0]));
    const nrm = bin.add(new Float32Array(12).fill(0).map((_, i) => (i % 3 === 2 ? 1 : 0)));
    const idx = bin.add(new Uint8Array([0, 1, 2, 2, 1, 3]));
    const scene = await parseModel(
      onePrimitive(
        bin,
        [
          { bufferView: pos, componentType: FLOAT, count: 4, type: 'VEC3' },
          { bufferView: nrm, componentType: FLOAT, count: 4, type: 'VEC3' },
          { bufferView: idx, componentType: 5121, count: 6, type: 'SCALAR' },
        ],
        { attributes: { POSITION: 0, NORMAL: 1 }, indices: 2 },
      ),
    );
    const { geometry } = only(scene).primitive;
    expect(geometry.indices).toBeInstanceOf(Uint32Array);
    expect(Array.from(geometry.indices!)).toEqual([0, 1, 2, 2, 1, 3]);
    expect(geometry.bounds).toEqual({ min: [0, 0, 0], max: [1, 1, 0] });
  });
});

describe('glTF sparse accessors', () => {
  it('applies sparse values over a buffer view', async () => {
    const bin = new BinBuilder();
    const base = bin.add(new Float32Array([0, 0, 0, 1, 0, 0, 2, 0, 0, 3, 0, 0]));
    const sIdx = bin.add(new Uint16Array([1, 3]));
    const sVal = bin.add(new Float32Array([1, 5, 0, 3, 7, 0]));
    const scene = await parseModel(
      onePrimitive(
        bin,
        [{ bufferView: base, componentType: FLOAT, count: 4, type: 'VEC3', sparse: { count: 2, indices: { bufferView: sIdx, componentType: 5123 }, values: { bufferView: sVal } } }],
        { attributes: { POSITION: 0 }, mode: 0 },
      ),
    );
    expect(round(only(scene).primitive.geometry.positions)).toEqual([0, 0, 0, 1, 5, 0, 2, 0, 0, 3, 7, 0]);
  });

  it('applies sparse values over zeros when there is no buffer view', async () => {
    const bin = new BinBuilder();
    const sIdx = bin.add(new Uint8Array([2]));
    const sVal = bin.add(new Float32Array([4, 5, 6]));
    const scene = await parseModel(
      onePrimitive(
        bin,
        [{ componentType: FLOAT, count: 3, type: 'VEC3', sparse: { count: 1, indices: { bufferView: sIdx, componentType: 5121 }, values: { bufferView: sVal } } }],
        { attributes: { POSITION: 0 }, mode: 0 },
      ),
    );
    expect(round(only(scene).primitive.geometry.positions)).toEqual([0, 0, 0, 0, 0, 0, 4, 5, 6]);
  });

  it('reads the sparse accessors gltf-transform writes', async () => {
    const doc = new Document();
    const buffer = doc.createBuffer();
    const positions = new Float32Array(30);
    positions.set([1, 2, 3], 9);
    positions.set([-1, -2, -3], 27);
    const accessor = doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer).setSparse(true);
    const prim = doc.createPrimitive().setAttribute('POSITION', accessor).setMode(0);
    doc.createScene().addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(prim)));
    const glb = await docToGlb(doc);
    const { json } = await new NodeIO().writeJSON(await new NodeIO().readBinary(glb[0].bytes));
    expect(json.accessors?.[0].sparse).toBeDefined();
    expect(Array.from(only(await parseModel(glb)).primitive.geometry.positions)).toEqual(Array.from(positions));
  });

  it('rejects a sparse index past the accessor', async () => {
    const bin = new BinBuilder();
    const sIdx = bin.add(new Uint8Array([9]));
    const sVal = bin.add(new Float32Array([4, 5, 6]));
    await expectLoadError(
      onePrimitive(
        bin,
        [{ componentType: FLOAT, count: 3, type: 'VEC3', sparse: { count: 1, indices: { bufferView: sIdx, componentType: 5121 }, values: { bufferView: sVal } } }],
        { attributes: { POSITION: 0 }, mode: 0 },
      ),
      'INVALID_GLTF',
    );
  });
});

describe('glTF bounds checks before allocation', () => {
  it('rejects an accessor claiming 2^28 elements over a small buffer, quickly', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array(9));
    const start = performance.now();
    await expectLoadError(onePrimitive(bin, [{ bufferView: pos, componentType: FLOAT, count: 2 ** 28, type: 'VEC3' }], { attributes: { POSITION: 0 } }), 'INVALID_GLTF', /claims 268435456 elements/);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('rejects a huge accessor with no data behind it', async () => {
    const start = performance.now();
    await expectLoadError(onePrimitive(new BinBuilder(), [{ componentType: FLOAT, count: 2 ** 30, type: 'VEC3' }], { attributes: { POSITION: 0 } }), 'TOO_LARGE', /vertices/);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('rejects an offset that pushes the accessor past its view', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array(9));
    await expectLoadError(onePrimitive(bin, [{ bufferView: pos, byteOffset: 4, componentType: FLOAT, count: 3, type: 'VEC3' }], { attributes: { POSITION: 0 } }), 'INVALID_GLTF');
  });

  it('rejects a buffer view reaching past its buffer', async () => {
    const bin = new BinBuilder();
    bin.add(new Float32Array(9));
    const files = onePrimitive(bin, [{ bufferView: 0, componentType: FLOAT, count: 3, type: 'VEC3' }], { attributes: { POSITION: 0 } });
    const json = JSON.parse(new TextDecoder().decode(files[0].bytes));
    json.bufferViews[0].byteLength = 4000;
    await expectLoadError([{ name: 'model.gltf', bytes: new TextEncoder().encode(JSON.stringify(json)) }, files[1]], 'INVALID_GLTF', /past the end of buffer/);
  });

  it('rejects indices pointing past the vertex count', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array(9));
    const idx = bin.add(new Uint16Array([0, 1, 7]));
    await expectLoadError(
      onePrimitive(
        bin,
        [
          { bufferView: pos, componentType: FLOAT, count: 3, type: 'VEC3' },
          { bufferView: idx, componentType: 5123, count: 3, type: 'SCALAR' },
        ],
        { attributes: { POSITION: 0 }, indices: 1 },
      ),
      'INVALID_GLTF',
      /index \(7\)/,
    );
  });

  it('rejects float indices', async () => {
    const bin = new BinBuilder();
    const pos = bin.add(new Float32Array(9));
    await expectLoadError(
      onePrimitive(bin, [{ bufferView: pos, componentType: FLOAT, count: 3, type: 'VEC3' }, { bufferView: pos, componentType: FLOAT, count: 3, type: 'SCALAR' }], {
        attributes: { POSITION: 0 },
        indices: 1,
      }),
      'INVALID_GLTF',
    );
  });
});
