// glTF accessors read into fresh typed arrays, with every byte range checked before anything is allocated.
import type { LoadBudget } from '../limits';
import type { GltfBuffers } from './buffers';
import { arrayOf, invalid, objectAt, objectProp, indexProp, stringProp, uintProp, type JsonObject } from './json';

export const COMPONENT_SIZE: Record<number, number> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 };
export const TYPE_COMPONENTS: Record<string, number> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4, MAT2: 4, MAT3: 9, MAT4: 16 };
/** Accessors with no buffer view (all zeros, or sparse over zeros) allocate without file data behind them: cap them. */
const MAX_ELEMENTS_WITHOUT_DATA = 1 << 24;

export interface AccessorInfo {
  index: number;
  componentType: number;
  type: string;
  components: number;
  count: number;
  normalized: boolean;
}

interface Layout {
  /** Bytes per matrix column (or per whole element for non-matrices), columns padded to 4 bytes. */
  columnBytes: number;
  columns: number;
  rows: number;
  elementBytes: number;
}

function layoutOf(info: AccessorInfo): Layout {
  const size = COMPONENT_SIZE[info.componentType];
  if (info.type.startsWith('MAT')) {
    const n = Math.round(Math.sqrt(info.components));
    const columnBytes = Math.ceil((n * size) / 4) * 4;
    return { columnBytes, columns: n, rows: n, elementBytes: columnBytes * n };
  }
  return { columnBytes: info.components * size, columns: 1, rows: info.components, elementBytes: info.components * size };
}

/** The map that keeps values as they are; readElements copies whole arrays when it is given this one. */
const UNCHANGED = (v: number): number => v;

/** Typed-array views by component type, for copying a tightly packed accessor in one native call. */
const VIEW_TYPES: Record<number, Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor | Float32ArrayConstructor> = {
  5120: Int8Array, 5121: Uint8Array, 5122: Int16Array, 5123: Uint16Array, 5125: Uint32Array, 5126: Float32Array,
};

function normalizer(componentType: number): (v: number) => number {
  switch (componentType) {
    case 5120: return (v) => Math.max(v / 127, -1);
    case 5121: return (v) => v / 255;
    case 5122: return (v) => Math.max(v / 32767, -1);
    case 5123: return (v) => v / 65535;
    case 5125: return (v) => v / 4294967295;
    default: return UNCHANGED;
  }
}

function getter(view: DataView, componentType: number): (offset: number) => number {
  switch (componentType) {
    case 5120: return (o) => view.getInt8(o);
    case 5121: return (o) => view.getUint8(o);
    case 5122: return (o) => view.getInt16(o, true);
    case 5123: return (o) => view.getUint16(o, true);
    case 5125: return (o) => view.getUint32(o, true);
    default: return (o) => view.getFloat32(o, true);
  }
}

export class GltfAccessors {
  private readonly accessors: unknown[];
  private readonly floatCache = new Map<number, Float32Array>();
  private readonly indexCache = new Map<number, Uint32Array>();

  constructor(json: JsonObject, private readonly buffers: GltfBuffers, private readonly budget: LoadBudget) {
    this.accessors = arrayOf(json, 'accessors');
  }

  get length(): number {
    return this.accessors.length;
  }

  info(index: number): AccessorInfo {
    const def = objectAt(this.accessors, index, 'Accessor');
    const what = `Accessor ${index}`;
    const componentType = def.componentType as number;
    if (!(componentType in COMPONENT_SIZE)) throw invalid(`accessor ${index} has an unknown component type.`);
    const type = stringProp(def, 'type');
    if (!(type in TYPE_COMPONENTS)) throw invalid(`accessor ${index} has an unknown type.`);
    const count = uintProp(def, 'count', what);
    return { index, componentType, type, components: TYPE_COMPONENTS[type], count, normalized: def.normalized === true };
  }

  /** Values as floats, normalized integers mapped to [0,1] or [-1,1]. The array is shared: copy before changing it. */
  floats(index: number): Float32Array {
    let out = this.floatCache.get(index);
    if (!out) {
      const info = this.info(index);
      const length = this.checkedElements(info) * info.components;
      this.budget.chargeGeometryBytes(length * 4);
      out = new Float32Array(length);
      this.fill(info, out, info.normalized ? normalizer(info.componentType) : UNCHANGED);
      this.floatCache.set(index, out);
    }
    return out;
  }

  /** Index values widened to 32 bits. The array is shared: copy before changing it. */
  indices(index: number): Uint32Array {
    let out = this.indexCache.get(index);
    if (!out) {
      const info = this.info(index);
      if (info.type !== 'SCALAR' || ![5121, 5123, 5125].includes(info.componentType)) {
        throw invalid(`accessor ${index} is used for indices but does not hold unsigned integers.`);
      }
      this.budget.chargeGeometryBytes(this.checkedElements(info) * 4);
      out = new Uint32Array(info.count);
      this.fill(info, out, UNCHANGED);
      this.indexCache.set(index, out);
    }
    return out;
  }

  /** The element count, once the data behind it is known to exist (or the count is modest). */
  private checkedElements(info: AccessorInfo): number {
    const def = objectAt(this.accessors, info.index, 'Accessor');
    if (def.bufferView === undefined && info.count > MAX_ELEMENTS_WITHOUT_DATA) {
      throw invalid(`accessor ${info.index} declares ${info.count} elements with no data behind them.`);
    }
    return info.count;
  }

  private fill(info: AccessorInfo, out: Float32Array | Uint32Array, map: (v: number) => number): void {
    const def = objectAt(this.accessors, info.index, 'Accessor');
    const what = `Accessor ${info.index}`;
    const layout = layoutOf(info);
    const viewIndex = indexProp(def, 'bufferView', this.buffers.viewCount, what);
    if (viewIndex !== undefined) {
      const view = this.buffers.bufferView(viewIndex);
      const byteOffset = uintProp(def, 'byteOffset', what, 0);
      const stride = view.byteStride || layout.elementBytes;
      if (stride < layout.elementBytes) throw invalid(`accessor ${info.index} has elements larger than the stride of its buffer view.`);
      // At most 2^32 * 252 + 2^32: exact in a double, so this comparison cannot overflow.
      if (info.count > 0 && byteOffset + stride * (info.count - 1) + layout.elementBytes > view.bytes.length) {
        throw invalid(`accessor ${info.index} claims ${info.count} elements, more than its buffer view holds.`);
      }
      readElements(view.bytes, byteOffset, stride, info, layout, out, map, 0, info.count);
    }
    const sparse = objectProp(def, 'sparse');
    if (sparse) this.applySparse(sparse, info, layout, out, map);
  }

  private applySparse(sparse: JsonObject, info: AccessorInfo, layout: Layout, out: Float32Array | Uint32Array, map: (v: number) => number): void {
    const what = `The sparse part of accessor ${info.index}`;
    const count = uintProp(sparse, 'count', what);
    if (count < 1 || count > info.count) throw invalid(`the sparse part of accessor ${info.index} changes ${count} of ${info.count} elements.`);
    const indicesDef = objectProp(sparse, 'indices');
    const valuesDef = objectProp(sparse, 'values');
    if (!indicesDef || !valuesDef) throw invalid(`the sparse part of accessor ${info.index} lacks its indices or values.`);
    const indexType = indicesDef.componentType as number;
    if (![5121, 5123, 5125].includes(indexType)) throw invalid(`the sparse indices of accessor ${info.index} are not unsigned integers.`);
    const indexView = this.buffers.bufferView(requiredView(indicesDef, this.buffers.viewCount, what));
    const indexOffset = uintProp(indicesDef, 'byteOffset', what, 0);
    const indexSize = COMPONENT_SIZE[indexType];
    if (indexOffset + count * indexSize > indexView.bytes.length) throw invalid(`the sparse indices of accessor ${info.index} reach past their buffer view.`);
    const valueView = this.buffers.bufferView(requiredView(valuesDef, this.buffers.viewCount, what));
    const valueOffset = uintProp(valuesDef, 'byteOffset', what, 0);
    if (valueOffset + count * layout.elementBytes > valueView.bytes.length) throw invalid(`the sparse values of accessor ${info.index} reach past their buffer view.`);

    const indexBytes = indexView.bytes;
    const get = getter(new DataView(indexBytes.buffer, indexBytes.byteOffset, indexBytes.byteLength), indexType);
    const values = new Float64Array(count * info.components);
    readElements(valueView.bytes, valueOffset, layout.elementBytes, info, layout, values, map, 0, count);
    for (let i = 0; i < count; i++) {
      const target = get(indexOffset + i * indexSize);
      if (target >= info.count) throw invalid(`the sparse part of accessor ${info.index} changes element ${target}, which does not exist.`);
      for (let k = 0; k < info.components; k++) out[target * info.components + k] = values[i * info.components + k];
    }
  }
}

function requiredView(def: JsonObject, viewCount: number, what: string): number {
  const index = indexProp(def, 'bufferView', viewCount, what);
  if (index === undefined) throw invalid(`${what.charAt(0).toLowerCase()}${what.slice(1)} has no buffer view.`);
  return index;
}

function readElements(
  bytes: Uint8Array,
  byteOffset: number,
  stride: number,
  info: AccessorInfo,
  layout: Layout,
  out: Float32Array | Uint32Array | Float64Array,
  map: (v: number) => number,
  first: number,
  count: number,
): void {
  const n = info.components;
  const start = bytes.byteOffset + byteOffset;
  const size = COMPONENT_SIZE[info.componentType];
  // Fast path: tightly packed, aligned values kept as they are are copied (and widened) in one native call, where the
  // loop below runs in the interpreter in a fresh worker (every browser is little-endian)
  if (map === UNCHANGED && stride === layout.elementBytes && layout.columns === 1 && start % size === 0) {
    out.set(new VIEW_TYPES[info.componentType](bytes.buffer as ArrayBuffer, start, count * n), first * n);
    return;
  }
  const get = getter(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), info.componentType);
  for (let e = 0; e < count; e++) {
    const base = byteOffset + e * stride;
    let k = (first + e) * n;
    for (let c = 0; c < layout.columns; c++) {
      const column = base + c * layout.columnBytes;
      for (let r = 0; r < layout.rows; r++) out[k++] = map(get(column + r * size));
    }
  }
}
