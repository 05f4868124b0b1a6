// The PLY header: format, elements and their properties, checked line by line.
import { ModelLoadError } from '../errors';

export type PlyFormat = 'ascii' | 'binary_little_endian' | 'binary_big_endian';
export type PlyScalar = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

export interface PlyProperty {
  name: string;
  type: PlyScalar;
  /** Set for list properties: the type of the count that precedes the items. */
  countType: PlyScalar | null;
}

export interface PlyElement {
  name: string;
  count: number;
  properties: PlyProperty[];
}

export interface PlyHeader {
  format: PlyFormat;
  elements: PlyElement[];
  comments: string[];
  /** Byte offset of the body. */
  bodyOffset: number;
}

const TYPE_ALIASES: Record<string, PlyScalar> = {
  char: 'int8', int8: 'int8', uchar: 'uint8', uint8: 'uint8',
  short: 'int16', int16: 'int16', ushort: 'uint16', uint16: 'uint16',
  int: 'int32', int32: 'int32', uint: 'uint32', uint32: 'uint32',
  float: 'float32', float32: 'float32', double: 'float64', float64: 'float64',
};

export const SCALAR_SIZE: Record<PlyScalar, number> = {
  int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, float32: 4, float64: 8,
};

export function invalidPly(message: string): ModelLoadError {
  return new ModelLoadError('INVALID_PLY', `This PLY file cannot be read: ${message}`);
}

const MAX_HEADER_BYTES = 1 << 20;

/** Finds "end_header" and its line ending; the body begins right after. */
function headerEnd(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, MAX_HEADER_BYTES);
  const marker = 'end_header';
  outer: for (let i = 0; i + marker.length <= limit; i++) {
    for (let k = 0; k < marker.length; k++) if (bytes[i + k] !== marker.charCodeAt(k)) continue outer;
    let end = i + marker.length;
    while (end < bytes.length && (bytes[end] === 32 || bytes[end] === 9)) end++;
    if (bytes[end] === 13) end++;
    if (bytes[end] === 10) end++;
    return end;
  }
  throw invalidPly('its header never ends (no "end_header" line).');
}

export function readPlyHeader(bytes: Uint8Array): PlyHeader {
  const bodyOffset = headerEnd(bytes);
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, bodyOffset));
  const lines = text.split(/\r\n|\r|\n/);
  let format: PlyFormat | null = null;
  const elements: PlyElement[] = [];
  const comments: string[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (!line || (n === 0 && line === 'ply')) continue;
    const tokens = line.split(/\s+/);
    const where = `line ${n + 1} of its header`;
    switch (tokens[0]) {
      case 'format':
        if (tokens[1] !== 'ascii' && tokens[1] !== 'binary_little_endian' && tokens[1] !== 'binary_big_endian') {
          throw invalidPly(`${where} names an unknown format.`);
        }
        format = tokens[1];
        break;
      case 'element': {
        const count = Number(tokens[2]);
        if (tokens.length < 3 || !Number.isInteger(count) || count < 0 || count > 0xffffffff) throw invalidPly(`${where} has an impossible element count.`);
        elements.push({ name: tokens[1], count, properties: [] });
        break;
      }
      case 'property': {
        const element = elements[elements.length - 1];
        if (!element) throw invalidPly(`${where} has a property outside any element.`);
        if (tokens[1] === 'list') {
          const countType = TYPE_ALIASES[tokens[2]];
          const type = TYPE_ALIASES[tokens[3]];
          if (!countType || !type || !tokens[4] || countType === 'float32' || countType === 'float64') throw invalidPly(`${where} has an unknown list type.`);
          element.properties.push({ name: tokens[4], type, countType });
        } else {
          const type = TYPE_ALIASES[tokens[1]];
          if (!type || !tokens[2]) throw invalidPly(`${where} has an unknown property type.`);
          element.properties.push({ name: tokens[2], type, countType: null });
        }
        break;
      }
      case 'comment':
      case 'obj_info':
        comments.push(line.slice(tokens[0].length).trim());
        break;
      case 'end_header':
        break;
      default:
        throw invalidPly(`${where} is not a header line.`);
    }
  }
  if (!format) throw invalidPly('its header has no "format" line.');
  return { format, elements, comments, bodyOffset };
}
