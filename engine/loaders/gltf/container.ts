// The glTF JSON and, for .glb, its binary chunk: header, version and chunk lengths checked before use.
import { ModelLoadError } from '../errors';
import { invalid, isObject, type JsonObject } from './json';
import { jsonErrorOffset, lineAndColumn } from './json-syntax';

const GLB_MAGIC = 0x46546c67; // 'glTF'
const CHUNK_JSON = 0x4e4f534a; // 'JSON'
const CHUNK_BIN = 0x004e4942; // 'BIN\0'

export interface GltfContainer {
  json: JsonObject;
  /** The GLB's binary chunk, which buffer 0 without a uri refers to. */
  bin: Uint8Array | null;
}

export function readGlb(bytes: Uint8Array): GltfContainer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== GLB_MAGIC) throw invalid('the .glb file does not start with the glTF signature.');
  if (bytes.length < 20) throw invalid('the .glb file is too short to hold a model.');
  const version = view.getUint32(4, true);
  if (version !== 2) {
    throw new ModelLoadError('UNSUPPORTED_FORMAT', `This is a glTF ${version === 1 ? '1.0' : `version ${version}`} binary file; only glTF 2.0 is supported.`);
  }
  const declared = view.getUint32(8, true);
  if (declared > bytes.length) throw invalid(`the .glb file is cut short (it should be ${declared} bytes, it is ${bytes.length}).`);
  if (declared < 20) throw invalid('the .glb header gives an impossible length.');
  let json: Uint8Array | null = null;
  let bin: Uint8Array | null = null;
  let offset = 12;
  let chunkIndex = 0;
  while (offset < declared) {
    if (declared - offset < 8) throw invalid(`the .glb file ends inside the header of chunk ${chunkIndex}.`);
    const length = view.getUint32(offset, true);
    const type = view.getUint32(offset + 4, true);
    const start = offset + 8;
    // Subtraction, not start + length: both are below 2^32, so neither side can overflow.
    if (length > declared - start) {
      throw invalid(`chunk ${chunkIndex} of the .glb file claims ${length} bytes, but only ${declared - start} follow it.`);
    }
    const data = bytes.subarray(start, start + length);
    if (chunkIndex === 0 && type !== CHUNK_JSON) throw invalid('the .glb file does not begin with its JSON chunk.');
    if (chunkIndex === 0) json = data;
    else if (type === CHUNK_JSON) throw invalid('the .glb file has a second JSON chunk.');
    else if (type === CHUNK_BIN && (chunkIndex !== 1 || bin !== null)) throw invalid('the .glb file has a binary chunk out of place (it must come second, once).');
    else if (type === CHUNK_BIN) bin = data;
    // Other chunk types are skipped, as the format asks. Writers pad chunks to 4 bytes; a missing pad is tolerated.
    offset = start + length;
    chunkIndex++;
  }
  if (json === null || json.length === 0) throw invalid('the .glb file has no JSON content.');
  return { json: parseJson(json), bin };
}

export function readGltfJson(bytes: Uint8Array): GltfContainer {
  return { json: parseJson(bytes), bin: null };
}

function parseJson(bytes: Uint8Array): JsonObject {
  let value: unknown;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(text);
  } catch {
    const offset = jsonErrorOffset(text);
    if (offset < 0) throw invalid('its JSON text is too deeply nested to read.');
    const { line, column } = lineAndColumn(text, offset);
    const where = offset >= text.length ? 'it ends too early' : `line ${line}, column ${column}`;
    throw invalid(`its JSON text is not valid (${where}).`);
  }
  if (!isObject(value)) throw invalid('its JSON text is not an object.');
  const asset = value.asset;
  if (!isObject(asset) || typeof asset.version !== 'string') throw invalid('it has no "asset.version".');
  if (!/^2(\.|$)/.test(asset.version)) {
    const shown = /^[0-9]{1,3}\.[0-9]{1,3}$/.test(asset.version) ? `a glTF ${asset.version} file` : 'a file of an unknown glTF version';
    throw new ModelLoadError('UNSUPPORTED_FORMAT', `This is ${shown}; only glTF 2.0 is supported.`);
  }
  return value;
}
