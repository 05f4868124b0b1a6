// Fixture builders for the loader tests: hand-packed glTF JSON + binary, GLB containers, and error checks.
import { expect } from 'vitest';
import { Document, NodeIO } from '@gltf-transform/core';
import { parseModel, ModelLoadError, type InputFile } from '../../../engine/loaders/index';
import { collectWorldItems, type WorldItem } from '../../../engine/scene/world';
import type { Scene } from '../../../engine/scene/types';

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
export const file = (name: string, content: string | Uint8Array): InputFile => ({ name, bytes: typeof content === 'string' ? text(content) : content });

/** Packs typed arrays into one binary buffer (4-byte aligned) and describes each as a bufferView. */
export class BinBuilder {
  readonly bufferViews: Record<string, unknown>[] = [];
  private parts: Uint8Array[] = [];
  private length = 0;

  add(data: ArrayBufferView, byteStride?: number): number {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const pad = (4 - (this.length % 4)) % 4;
    if (pad) this.parts.push(new Uint8Array(pad));
    this.length += pad;
    this.bufferViews.push({ buffer: 0, byteOffset: this.length, byteLength: bytes.length, ...(byteStride ? { byteStride } : {}) });
    this.parts.push(bytes.slice());
    this.length += bytes.length;
    return this.bufferViews.length - 1;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.length / 4) * 4);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

/** A .gltf file plus its .bin, with asset and buffers filled in from the builder. */
export function gltfFiles(json: Record<string, unknown>, bin: BinBuilder, binName = 'model.bin'): InputFile[] {
  const bytes = bin.bytes();
  const full = { asset: { version: '2.0' }, ...json, buffers: [{ uri: binName, byteLength: bytes.length }], bufferViews: bin.bufferViews };
  return [file('model.gltf', JSON.stringify(full)), file(binName, bytes)];
}

/** A GLB container assembled by hand, so its header and chunks can be made wrong on purpose. */
export function glbBytes(json: object, bin: Uint8Array | null): Uint8Array {
  const jsonBytes = text(JSON.stringify(json));
  const jsonPadded = new Uint8Array(Math.ceil(jsonBytes.length / 4) * 4).fill(0x20);
  jsonPadded.set(jsonBytes);
  const binPadded = bin ? new Uint8Array(Math.ceil(bin.length / 4) * 4) : null;
  if (bin && binPadded) binPadded.set(bin);
  const total = 12 + 8 + jsonPadded.length + (binPadded ? 8 + binPadded.length : 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x46546c67, true);
  view.setUint32(4, 2, true);
  view.setUint32(8, total, true);
  view.setUint32(12, jsonPadded.length, true);
  view.setUint32(16, 0x4e4f534a, true);
  out.set(jsonPadded, 20);
  if (binPadded) {
    const o = 20 + jsonPadded.length;
    view.setUint32(o, binPadded.length, true);
    view.setUint32(o + 4, 0x004e4942, true);
    out.set(binPadded, o + 8);
  }
  return out;
}

/** A document written the way a person's .gltf export looks: JSON beside its .bin and image files. */
export async function docToFiles(doc: Document, patch?: (json: Record<string, any>) => void): Promise<InputFile[]> {
  const { json, resources } = await new NodeIO().writeJSON(doc);
  patch?.(json as Record<string, any>);
  return [file('model.gltf', JSON.stringify(json)), ...Object.entries(resources).map(([uri, bytes]) => file(uri, bytes))];
}

/** The same, with every resource embedded as a base64 data: URI. */
export async function docToEmbedded(doc: Document): Promise<InputFile[]> {
  const { json, resources } = await new NodeIO().writeJSON(doc);
  const toData = (uri: string, mime: string): string => `data:${mime};base64,${Buffer.from(resources[uri]).toString('base64')}`;
  for (const b of json.buffers ?? []) if (b.uri) b.uri = toData(b.uri, 'application/octet-stream');
  for (const i of json.images ?? []) if (i.uri) i.uri = toData(i.uri, i.mimeType ?? 'image/png');
  return [file('model.gltf', JSON.stringify(json))];
}

export async function docToGlb(doc: Document): Promise<InputFile[]> {
  return [file('model.glb', await new NodeIO().writeBinary(doc))];
}

export async function expectLoadError(files: InputFile[], code: string, messagePart?: RegExp): Promise<ModelLoadError> {
  const error = await parseModel(files).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(ModelLoadError);
  expect((error as ModelLoadError).code).toBe(code);
  if (messagePart) expect((error as ModelLoadError).message).toMatch(messagePart);
  return error as ModelLoadError;
}

export function items(scene: Scene): WorldItem[] {
  return collectWorldItems(scene);
}

/** The only primitive of a one-primitive scene. */
export function only(scene: Scene): WorldItem {
  const all = collectWorldItems(scene);
  expect(all.length).toBe(1);
  return all[0];
}

export function round(values: ArrayLike<number> | null, digits = 4): number[] {
  return Array.from(values ?? [], (v) => Number(v.toFixed(digits)));
}
