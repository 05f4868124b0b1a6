// glTF images, samplers and textures; an image that is missing or undecodable drops its texture with a warning.
import type { LoadContext } from '../context';
import { ModelLoadError, displayName } from '../errors';
import { checkDataUriSize } from './uris';
import { DroppedFiles, classifyUri, decodeDataUri } from '../files';
import { checkedImage } from '../checked-image';
import { createSampler } from '../../scene/factory';
import type { EncodedImage, Sampler, Texture, TextureRef, TextureTransform } from '../../scene/types';
import type { FilterMode, AddressMode } from '../../gpu/types';
import type { GltfBuffers } from './buffers';
import { arrayOf, extension, indexProp, isObject, numberProp, numbersProp, objectAt, stringProp, type JsonObject } from './json';

const WRAP: Record<number, AddressMode> = { 33071: 'clamp-to-edge', 33648: 'mirror-repeat', 10497: 'repeat' };
const MIN_FILTER: Record<number, [FilterMode, FilterMode | 'none']> = {
  9728: ['nearest', 'none'],
  9729: ['linear', 'none'],
  9984: ['nearest', 'nearest'],
  9985: ['linear', 'nearest'],
  9986: ['nearest', 'linear'],
  9987: ['linear', 'linear'],
};

export function samplerFromGltf(def: JsonObject | undefined): Sampler {
  if (!def) return createSampler();
  const min = MIN_FILTER[def.minFilter as number];
  return createSampler({
    magFilter: def.magFilter === 9728 ? 'nearest' : 'linear',
    minFilter: min ? min[0] : 'linear',
    mipmapFilter: min ? min[1] : 'linear',
    wrapU: WRAP[def.wrapS as number] ?? 'repeat',
    wrapV: WRAP[def.wrapT as number] ?? 'repeat',
  });
}

export class GltfTextures {
  private readonly images: unknown[];
  private readonly textures: unknown[];
  private readonly samplers: unknown[];
  private readonly imageCache = new Map<number, EncodedImage | null>();
  private readonly textureCache = new Map<number, Texture | null>();

  constructor(
    json: JsonObject,
    private readonly buffers: GltfBuffers,
    private readonly files: DroppedFiles,
    private readonly mainName: string,
    private readonly ctx: LoadContext,
  ) {
    this.images = arrayOf(json, 'images');
    this.textures = arrayOf(json, 'textures');
    this.samplers = arrayOf(json, 'samplers');
  }

  /** A material's textureInfo as a TextureRef, or null when absent or not loadable. */
  textureRef(info: unknown, what: string): TextureRef | null {
    if (!isObject(info)) return null;
    const index = indexProp(info, 'index', this.textures.length, what);
    if (index === undefined) return null;
    const texture = this.texture(index);
    if (!texture) return null;
    const transformDef = extension(info, 'KHR_texture_transform');
    let texCoord = numberProp(info, 'texCoord', 0);
    if (transformDef && Number.isInteger(transformDef.texCoord)) texCoord = transformDef.texCoord as number;
    if (texCoord !== 0 && texCoord !== 1) {
      this.ctx.warn(`A texture uses uv set ${displayName(String(texCoord), 10)}; only the first two are supported, so it uses the first.`);
      texCoord = 0;
    }
    let transform: TextureTransform | null = null;
    if (transformDef) {
      transform = {
        offset: numbersProp(transformDef, 'offset', [0, 0]),
        rotation: numberProp(transformDef, 'rotation', 0),
        scale: numbersProp(transformDef, 'scale', [1, 1]),
      };
    }
    return { texture, texCoord: texCoord as 0 | 1, transform };
  }

  private texture(index: number): Texture | null {
    if (this.textureCache.has(index)) return this.textureCache.get(index)!;
    const def = objectAt(this.textures, index, 'Texture');
    const what = `Texture ${index}`;
    const webp = extension(def, 'EXT_texture_webp');
    let source = webp ? indexProp(webp, 'source', this.images.length, what) : undefined;
    source ??= indexProp(def, 'source', this.images.length, what);
    let texture: Texture | null = null;
    if (source === undefined) {
      if (extension(def, 'KHR_texture_basisu')) this.ctx.warn('Some textures are KTX2 / Basis Universal images, which this app cannot show; the model is shown without them.');
    } else {
      const image = this.image(source);
      const samplerIndex = indexProp(def, 'sampler', this.samplers.length, what);
      const sampler = samplerFromGltf(samplerIndex === undefined ? undefined : objectAt(this.samplers, samplerIndex, 'Sampler'));
      if (image) texture = { name: stringProp(def, 'name') || this.imageName(source), image, sampler };
    }
    this.textureCache.set(index, texture);
    return texture;
  }

  private imageName(index: number): string {
    const def = objectAt(this.images, index, 'Image');
    const uri = stringProp(def, 'uri');
    return stringProp(def, 'name') || (uri && classifyUri(uri) === 'local' ? DroppedFiles.missingName(uri, 'uri') : `image ${index}`);
  }

  private image(index: number): EncodedImage | null {
    if (this.imageCache.has(index)) return this.imageCache.get(index)!;
    const image = this.loadImage(index);
    this.imageCache.set(index, image);
    return image;
  }

  /** Images no shown texture uses: damage in them is reported, since the file is not as it should be. */
  checkUnusedImages(): void {
    for (let i = 0; i < this.images.length; i++) {
      if (this.imageCache.has(i)) continue;
      try {
        this.loadImage(i, true);
      } catch (error) {
        if (!(error instanceof ModelLoadError)) throw error;
        this.ctx.warn(`Image ${i}, which nothing shown uses, is damaged: ${error.message}`);
      }
    }
  }

  private loadImage(index: number, unused = false): EncodedImage | null {
    const def = objectAt(this.images, index, 'Image');
    let declared = stringProp(def, 'mimeType') || undefined;
    let bytes: Uint8Array | null = null;
    let label = this.imageName(index);
    const viewIndex = indexProp(def, 'bufferView', this.buffers.viewCount, `Image ${index}`);
    if (viewIndex !== undefined) {
      // A copy, so the scene does not keep the whole binary buffer alive (and can be transferred).
      bytes = unused ? this.buffers.viewBytes(viewIndex) : this.buffers.viewBytes(viewIndex).slice();
    } else if (typeof def.uri === 'string') {
      const uri = def.uri;
      const kind = classifyUri(uri);
      if (kind === 'external') {
        this.ctx.warn(`The model refers to an outside address for a texture (${displayName(uri, 80)}). Outside addresses are never loaded, so the model is shown without that texture.`);
        return null;
      }
      if (kind === 'data') {
        checkDataUriSize(uri, `image ${index}`, this.ctx);
        const decoded = decodeDataUri(uri);
        if (!decoded) {
          this.ctx.warn(`An embedded texture (${displayName(label, 60)}) cannot be decoded; the model is shown without it.`);
          return null;
        }
        bytes = decoded.bytes;
        declared ??= decoded.mimeType;
        label = stringProp(def, 'name') || `embedded image ${index}`;
      } else {
        const file = this.files.find(uri, this.mainName, 'uri');
        if (!file) {
          const name = DroppedFiles.missingName(uri, 'uri');
          this.ctx.warn(`The texture "${name}" was not dropped, so the model is shown without it. Add "${name}" to see it.`);
          return null;
        }
        bytes = file.bytes;
      }
    }
    if (!bytes) return null;
    return checkedImage(bytes, declared, label, this.ctx, unused);
  }
}
