// Images decode from the moment the parser finds them: the parser reports each image a texture uses, once, as the
// very object the scene keeps, and the worker's decoder hands decodeImages the decode it already started.
import { Document } from '@gltf-transform/core';
import { describe, expect, it, vi } from 'vitest';
import { decodeImages } from '../../../engine/loaders/decode-images';
import { EarlyDecoder } from '../../../engine/loaders/early-decoder';
import { parseModel } from '../../../engine/loaders/index';
import type { BitmapImage, EncodedImage } from '../../../engine/scene/types';
import { encodePng } from '../../fixtures/png';
import { docToGlb, items } from './helpers';

/** Two triangles with a texture each, a third texture nothing uses, and one texture shared by two slots. */
function texturedDoc(): Document {
  const doc = new Document();
  const buffer = doc.createBuffer();
  const scene = doc.createScene();
  const png = (r: number) => encodePng(1, 1, [r, 0, 0, 255]);
  doc.createTexture('unused').setImage(png(9)).setMimeType('image/png');
  for (const r of [50, 150]) {
    const prim = doc.createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0])).setBuffer(buffer))
      .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(new Float32Array([0, 0, 1, 0, 0, 1])).setBuffer(buffer));
    const texture = doc.createTexture(`t${r}`).setImage(png(r)).setMimeType('image/png');
    prim.setMaterial(doc.createMaterial(`m${r}`).setBaseColorTexture(texture).setEmissiveTexture(texture));
    scene.addChild(doc.createNode(`n${r}`).setMesh(doc.createMesh().addPrimitive(prim)));
  }
  return doc;
}

describe('early image decoding', () => {
  it('reports each image a texture uses once, during the parse, as the object the scene keeps', async () => {
    const found: EncodedImage[] = [];
    const scene = await parseModel(await docToGlb(texturedDoc()), { onImage: (image) => found.push(image) });
    const used = items(scene).map((item) => item.primitive.material.baseColorTexture!.texture.image);
    expect(found).toHaveLength(2); // not the unused image, and the shared one once
    expect(new Set(found)).toEqual(new Set(used));
    expect(found.every((image) => image.kind === 'encoded' && image.mimeType === 'image/png')).toBe(true);
  });

  it('hands decodeImages the decode it started, and decodes an image it was not given', async () => {
    const decode = vi.fn(async (image: EncodedImage): Promise<BitmapImage> => ({ kind: 'bitmap', width: image.bytes.length, height: 1, bitmap: {} as ImageBitmap }));
    const early = new EarlyDecoder(decode);
    const a: EncodedImage = { kind: 'encoded', mimeType: 'image/png', bytes: new Uint8Array(3) };
    const b: EncodedImage = { kind: 'encoded', mimeType: 'image/png', bytes: new Uint8Array(5) };
    early.start(a);
    early.start(a);
    expect(decode).toHaveBeenCalledTimes(1);
    const started = decode.mock.results[0].value;
    expect(early.decoder(a)).toBe(started);
    expect((await early.decoder(b)).width).toBe(5);
    expect(decode).toHaveBeenCalledTimes(2);
  });

  it('keeps a failed early decode for decodeImages to report, with no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const early = new EarlyDecoder(async () => { throw new Error('corrupt'); });
      const scene = await parseModel(await docToGlb(texturedDoc()), { onImage: early.start });
      await new Promise((resolve) => setTimeout(resolve, 10)); // the rejections settle before anyone asks for them
      const bitmaps = await decodeImages(scene, early.decoder);
      expect(bitmaps).toEqual([]);
      expect(items(scene).every((item) => item.primitive.material.baseColorTexture === null)).toBe(true);
      expect(scene.warnings.filter((w) => /could not be decoded/.test(w))).toHaveLength(2);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
