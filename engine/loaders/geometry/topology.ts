// glTF's seven primitive modes turned into the contract's three list topologies.
import type { PrimitiveTopology } from '../../gpu/types';

export const MODE_POINTS = 0;
export const MODE_LINES = 1;
export const MODE_LINE_LOOP = 2;
export const MODE_LINE_STRIP = 3;
export const MODE_TRIANGLES = 4;
export const MODE_TRIANGLE_STRIP = 5;
export const MODE_TRIANGLE_FAN = 6;

export function topologyOfMode(mode: number): PrimitiveTopology {
  if (mode === MODE_POINTS) return 'point-list';
  if (mode === MODE_LINES || mode === MODE_LINE_LOOP || mode === MODE_LINE_STRIP) return 'line-list';
  return 'triangle-list';
}

/** The vertex sequence of a primitive: its indices, or 0..count-1 when it has none. */
function sequence(indices: Uint32Array | null, vertexCount: number): Uint32Array {
  if (indices) return indices;
  const seq = new Uint32Array(vertexCount);
  for (let i = 0; i < vertexCount; i++) seq[i] = i;
  return seq;
}

/**
 * List indices for a mode: lists keep their indices (trimmed to whole primitives; null stays null when
 * already whole), strips/fans/loops become explicit lists.
 */
export function listIndices(mode: number, indices: Uint32Array | null, vertexCount: number): Uint32Array | null {
  const n = indices ? indices.length : vertexCount;
  switch (mode) {
    case MODE_POINTS:
      return indices;
    case MODE_LINES:
      return trimToMultiple(indices, n, 2);
    case MODE_TRIANGLES:
      return trimToMultiple(indices, n, 3);
    case MODE_LINE_STRIP:
    case MODE_LINE_LOOP: {
      const seq = sequence(indices, vertexCount);
      if (seq.length < 2) return new Uint32Array(0);
      const segments = seq.length - 1 + (mode === MODE_LINE_LOOP ? 1 : 0);
      const out = new Uint32Array(segments * 2);
      for (let i = 0; i < seq.length - 1; i++) {
        out[i * 2] = seq[i];
        out[i * 2 + 1] = seq[i + 1];
      }
      if (mode === MODE_LINE_LOOP) {
        out[out.length - 2] = seq[seq.length - 1];
        out[out.length - 1] = seq[0];
      }
      return out;
    }
    case MODE_TRIANGLE_STRIP:
    case MODE_TRIANGLE_FAN: {
      const seq = sequence(indices, vertexCount);
      const out = new Uint32Array(Math.max(0, seq.length - 2) * 3);
      let k = 0;
      for (let i = 0; i + 2 < seq.length; i++) {
        let a: number, b: number, c: number;
        if (mode === MODE_TRIANGLE_FAN) {
          a = seq[i + 1]; b = seq[i + 2]; c = seq[0];
        } else if (i % 2 === 0) {
          a = seq[i]; b = seq[i + 1]; c = seq[i + 2];
        } else {
          // Odd strip triangles swap two corners so every triangle keeps the strip's winding (glTF 2.0 §3.7.2.1).
          a = seq[i]; b = seq[i + 2]; c = seq[i + 1];
        }
        // Strips use repeated vertices as restarts: those triangles have no area and are dropped.
        if (a === b || b === c || a === c) continue;
        out[k++] = a; out[k++] = b; out[k++] = c;
      }
      return k === out.length ? out : out.slice(0, k);
    }
    default:
      return indices;
  }
}

function trimToMultiple(indices: Uint32Array | null, n: number, m: number): Uint32Array | null {
  const whole = n - (n % m);
  if (whole === n) return indices;
  if (indices) return indices.slice(0, whole);
  const seq = new Uint32Array(whole);
  for (let i = 0; i < whole; i++) seq[i] = i;
  return seq;
}
