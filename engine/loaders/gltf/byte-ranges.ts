// Every buffer, buffer view and accessor byte range checked against the declared lengths before any data is
// read; the sums stay below 2^41, exact in doubles, so no comparison can overflow.
import type { LoadBudget } from '../limits';
import { COMPONENT_SIZE, TYPE_COMPONENTS } from './accessors';
import { arrayOf, invalid, isObject, objectAt, uintProp, type JsonObject } from './json';

/** Bytes of one element, matrix columns padded to 4 bytes as the format lays them out. */
export function elementBytes(componentType: number, type: string): number {
  const size = COMPONENT_SIZE[componentType];
  const components = TYPE_COMPONENTS[type];
  if (!type.startsWith('MAT')) return components * size;
  const n = Math.round(Math.sqrt(components));
  return Math.ceil((n * size) / 4) * 4 * n;
}

export function checkByteRanges(json: JsonObject, bin: Uint8Array | null, budget: LoadBudget): void {
  const buffers = arrayOf(json, 'buffers');
  const bufferLengths = buffers.map((_, i) => {
    const def = objectAt(buffers, i, 'Buffer');
    const length = uintProp(def, 'byteLength', `Buffer ${i}`);
    budget.chargeBufferBytes(length, 'its buffers');
    // A buffer with no uri and no binary chunk is a placeholder (extensions fill it): an error only once read.
    if (def.uri === undefined && i === 0 && bin && length > bin.length) {
      throw invalid(`buffer 0 declares ${length} bytes, but the .glb binary chunk holds ${bin.length}.`);
    }
    return length;
  });

  const views = arrayOf(json, 'bufferViews');
  const viewLengths = views.map((_, i) => {
    const def = objectAt(views, i, 'Buffer view');
    const what = `Buffer view ${i}`;
    const offset = uintProp(def, 'byteOffset', what, 0);
    const length = uintProp(def, 'byteLength', what);
    const stride = uintProp(def, 'byteStride', what, 0);
    if (stride !== 0 && (stride < 4 || stride > 252 || stride % 4 !== 0)) throw invalid(`buffer view ${i} has an impossible byteStride (${stride}).`);
    const bufferLength = bufferLengths[def.buffer as number];
    if (offset + length > bufferLength) {
      throw invalid(`buffer view ${i} covers bytes ${offset} to ${offset + length}, past the end of buffer ${def.buffer as number} (${bufferLength} bytes).`);
    }
    return { length, stride };
  });

  const accessors = arrayOf(json, 'accessors');
  accessors.forEach((_, i) => {
    const def = objectAt(accessors, i, 'Accessor');
    const what = `Accessor ${i}`;
    const componentType = def.componentType as number;
    if (!(componentType in COMPONENT_SIZE)) throw invalid(`accessor ${i} has an unknown component type.`);
    if (typeof def.type !== 'string' || !(def.type in TYPE_COMPONENTS)) throw invalid(`accessor ${i} has an unknown type.`);
    const count = uintProp(def, 'count', what);
    const bytes = elementBytes(componentType, def.type);
    if (def.bufferView !== undefined) {
      const view = viewLengths[def.bufferView as number];
      const offset = uintProp(def, 'byteOffset', what, 0);
      const stride = view.stride || bytes;
      if (stride < bytes) throw invalid(`accessor ${i} has elements (${bytes} bytes) larger than the stride of its buffer view (${stride}).`);
      const end = count === 0 ? offset : offset + stride * (count - 1) + bytes;
      if (end > view.length) {
        throw invalid(`accessor ${i} claims ${count} elements, which need ${end} bytes of buffer view ${def.bufferView as number}; it holds ${view.length}.`);
      }
    }
    if (isObject(def.sparse)) checkSparse(def.sparse, i, count, bytes, viewLengths);
  });
}

function checkSparse(sparse: JsonObject, accessor: number, count: number, bytes: number, views: { length: number }[]): void {
  const what = `The sparse part of accessor ${accessor}`;
  const changed = uintProp(sparse, 'count', what);
  if (changed < 1 || changed > count) throw invalid(`the sparse part of accessor ${accessor} changes ${changed} of its ${count} elements.`);
  const indices = sparse.indices;
  const values = sparse.values;
  if (!isObject(indices) || !isObject(values) || indices.bufferView === undefined || values.bufferView === undefined) {
    throw invalid(`the sparse part of accessor ${accessor} lacks its indices or values.`);
  }
  const indexType = indices.componentType as number;
  if (indexType !== 5121 && indexType !== 5123 && indexType !== 5125) throw invalid(`the sparse indices of accessor ${accessor} are not unsigned integers.`);
  const indexEnd = uintProp(indices, 'byteOffset', what, 0) + changed * COMPONENT_SIZE[indexType];
  if (indexEnd > views[indices.bufferView as number].length) throw invalid(`the sparse indices of accessor ${accessor} reach past their buffer view.`);
  const valueEnd = uintProp(values, 'byteOffset', what, 0) + changed * bytes;
  if (valueEnd > views[values.bufferView as number].length) throw invalid(`the sparse values of accessor ${accessor} reach past their buffer view.`);
}
