// glTF buffers and buffer views, resolved on first use from the GLB chunk, data: URIs or the dropped files.
import { ModelLoadError, displayName } from '../errors';
import { DroppedFiles, classifyUri, decodeDataUri, externalReferenceError } from '../files';
import type { LoadContext } from '../context';
import { checkDataUriSize } from './uris';
import { arrayOf, invalid, objectAt, requiredIndex, uintProp, type JsonObject } from './json';

export interface BufferViewData {
  bytes: Uint8Array;
  /** Declared stride in bytes, or 0 when the elements are tightly packed. */
  byteStride: number;
}

export class GltfBuffers {
  private readonly buffers: unknown[];
  private readonly views: unknown[];
  private readonly bufferCache = new Map<number, Uint8Array>();

  constructor(
    json: JsonObject,
    private readonly bin: Uint8Array | null,
    private readonly files: DroppedFiles,
    private readonly mainName: string,
    private readonly ctx: LoadContext,
  ) {
    this.buffers = arrayOf(json, 'buffers');
    this.views = arrayOf(json, 'bufferViews');
    // Outside addresses are refused up front, before anything else is read.
    for (let i = 0; i < this.buffers.length; i++) {
      const uri = objectAt(this.buffers, i, 'Buffer').uri;
      if (typeof uri === 'string' && classifyUri(uri) === 'external') throw externalReferenceError('geometry data', uri);
    }
  }

  get viewCount(): number {
    return this.views.length;
  }

  buffer(index: number): Uint8Array {
    const cached = this.bufferCache.get(index);
    if (cached) return cached;
    const def = objectAt(this.buffers, index, 'Buffer');
    const byteLength = uintProp(def, 'byteLength', `Buffer ${index}`);
    const data = this.load(def, index);
    if (data.length < byteLength) {
      throw invalid(`buffer ${index} holds ${data.length} bytes but the model expects ${byteLength}.`);
    }
    const bytes = data.subarray(0, byteLength);
    this.bufferCache.set(index, bytes);
    return bytes;
  }

  private load(def: JsonObject, index: number): Uint8Array {
    const uri = def.uri;
    if (uri === undefined) {
      if (this.bin && index === 0) return this.bin;
      throw invalid(`buffer ${index} has no data (no file name and no binary chunk).`);
    }
    if (typeof uri !== 'string') throw invalid(`buffer ${index} has a file name that is not text.`);
    if (classifyUri(uri) === 'data') {
      checkDataUriSize(uri, `buffer ${index}`, this.ctx);
      const decoded = decodeDataUri(uri);
      if (!decoded) throw invalid(`the data embedded in buffer ${index} cannot be decoded.`);
      return decoded.bytes;
    }
    const file = this.files.find(uri, this.mainName, 'uri');
    if (!file) {
      const name = DroppedFiles.missingName(uri, 'uri');
      throw new ModelLoadError(
        'MISSING_FILE',
        `The model needs the file "${name}", which was not dropped. Add "${name}" and drop it together with "${displayName(this.mainName, 60)}".`,
      );
    }
    return file.bytes;
  }

  bufferView(index: number): BufferViewData {
    const def = objectAt(this.views, index, 'Buffer view');
    const what = `Buffer view ${index}`;
    const bufferIndex = requiredIndex(def, 'buffer', this.buffers.length, what);
    const byteOffset = uintProp(def, 'byteOffset', what, 0);
    const byteLength = uintProp(def, 'byteLength', what);
    const byteStride = uintProp(def, 'byteStride', what, 0);
    if (byteStride !== 0 && (byteStride < 4 || byteStride > 252)) throw invalid(`${what.toLowerCase()} has an impossible byteStride (${byteStride}).`);
    const buffer = this.buffer(bufferIndex);
    if (byteOffset + byteLength > buffer.length) {
      throw invalid(`${what.toLowerCase()} reaches past the end of buffer ${bufferIndex}.`);
    }
    return { bytes: buffer.subarray(byteOffset, byteOffset + byteLength), byteStride };
  }

  /** A view's bytes for images, which need no stride. */
  viewBytes(index: number): Uint8Array {
    return this.bufferView(index).bytes;
  }
}
