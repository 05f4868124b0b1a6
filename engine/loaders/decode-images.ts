// Turns a scene's still-encoded images into ImageBitmaps (in the worker); an image that fails to decode
// drops its texture references and becomes a warning, so the model still shows.
import type { BitmapImage, EncodedImage, Scene, Texture } from '../scene/types';
import { displayName } from './errors';
import { TEXTURE_SLOTS, sceneParts } from './scene-walk';

export type ImageDecoder = (image: EncodedImage) => Promise<BitmapImage>;

/** The browser's decoder: straight alpha and the file's own colour values, so the shaders do the colour maths. */
export const browserImageDecoder: ImageDecoder = async (image) => {
  const blob = new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.mimeType });
  const bitmap = await createImageBitmap(blob, { premultiplyAlpha: 'none', colorSpaceConversion: 'none' });
  return { kind: 'bitmap', width: bitmap.width, height: bitmap.height, bitmap };
};

/** Decodes every encoded image once (shared images and textures included); returns the bitmaps made. */
export async function decodeImages(scene: Scene, decode: ImageDecoder = browserImageDecoder): Promise<ImageBitmap[]> {
  const { materials } = sceneParts(scene);
  const textures = new Set<Texture>();
  for (const m of materials) for (const slot of TEXTURE_SLOTS) if (m[slot]?.texture.image.kind === 'encoded') textures.add(m[slot]!.texture);
  const byImage = new Map<EncodedImage, Promise<BitmapImage | null>>();
  const failed = new Set<Texture>();
  await Promise.all(
    [...textures].map(async (texture) => {
      const image = texture.image as EncodedImage;
      let pending = byImage.get(image);
      if (!pending) {
        pending = decode(image).catch(() => null);
        byImage.set(image, pending);
      }
      const bitmap = await pending;
      if (bitmap) texture.image = bitmap;
      else failed.add(texture);
    }),
  );
  for (const m of materials) {
    for (const slot of TEXTURE_SLOTS) {
      const ref = m[slot];
      if (ref && failed.has(ref.texture)) m[slot] = null;
    }
  }
  for (const texture of failed) {
    const message = `The texture "${displayName(texture.name, 60)}" could not be decoded, so the model is shown without it.`;
    if (!scene.warnings.includes(message)) scene.warnings.push(message);
  }
  const bitmaps: ImageBitmap[] = [];
  for (const pending of byImage.values()) {
    const image = await pending;
    if (image) bitmaps.push(image.bitmap);
  }
  return bitmaps;
}
