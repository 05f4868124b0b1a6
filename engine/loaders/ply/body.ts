// Reading PLY body values one at a time, from text or from little/big-endian binary, never past the end.
import { SCALAR_SIZE, invalidPly, type PlyElement, type PlyScalar } from './header';

export interface PlyValueReader {
  read(type: PlyScalar): number;
  /** Throws when `count` rows of `element` cannot possibly fit in what is left, before anything is allocated. */
  checkRoom(element: PlyElement): void;
}

export class BinaryPlyReader implements PlyValueReader {
  private readonly view: DataView;
  private offset: number;

  constructor(bytes: Uint8Array, bodyOffset: number, private readonly little: boolean) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = bodyOffset;
  }

  read(type: PlyScalar): number {
    const size = SCALAR_SIZE[type];
    if (this.offset + size > this.view.byteLength) throw invalidPly('the file ends before all of its data.');
    const o = this.offset;
    this.offset += size;
    const v = this.view, le = this.little;
    switch (type) {
      case 'int8': return v.getInt8(o);
      case 'uint8': return v.getUint8(o);
      case 'int16': return v.getInt16(o, le);
      case 'uint16': return v.getUint16(o, le);
      case 'int32': return v.getInt32(o, le);
      case 'uint32': return v.getUint32(o, le);
      case 'float32': return v.getFloat32(o, le);
      default: return v.getFloat64(o, le);
    }
  }

  checkRoom(element: PlyElement): void {
    // Each row holds at least its scalars and its list counts.
    let rowBytes = 0;
    for (const p of element.properties) rowBytes += SCALAR_SIZE[p.countType ?? p.type];
    if (element.count * rowBytes > this.view.byteLength - this.offset) {
      throw invalidPly(`it says it has ${element.count} ${element.name} entries, more than the file holds.`);
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class AsciiPlyReader implements PlyValueReader {
  private readonly text: string;
  private pos = 0;
  private line: number;

  constructor(bytes: Uint8Array, bodyOffset: number, headerLines: number) {
    this.text = new TextDecoder('latin1').decode(bytes.subarray(bodyOffset));
    this.line = headerLines + 1;
  }

  read(type: PlyScalar): number {
    const token = this.token();
    const value = Number(token);
    if (!Number.isFinite(value) || (type !== 'float32' && type !== 'float64' && !Number.isInteger(value))) {
      throw invalidPly(`line ${this.line} has a value that is not a valid number.`);
    }
    return value;
  }

  /** The next whitespace-separated token; "comment" lines inside the body (some writers add them) are skipped. */
  private token(): string {
    const t = this.text;
    for (;;) {
      while (this.pos < t.length && isSpace(t.charCodeAt(this.pos))) {
        if (t.charCodeAt(this.pos) === 10) this.line++;
        this.pos++;
      }
      if (this.pos >= t.length) throw invalidPly('the file ends before all of its data.');
      const start = this.pos;
      while (this.pos < t.length && !isSpace(t.charCodeAt(this.pos))) this.pos++;
      const token = t.slice(start, this.pos);
      if (token !== 'comment') return token;
      while (this.pos < t.length && t.charCodeAt(this.pos) !== 10) this.pos++;
    }
  }

  checkRoom(element: PlyElement): void {
    // Every value takes at least one character and one separator.
    if (element.count * element.properties.length * 2 > this.text.length - this.pos + 1) {
      throw invalidPly(`it says it has ${element.count} ${element.name} entries, more than the file holds.`);
    }
  }
}
