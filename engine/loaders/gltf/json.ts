// Reading untrusted glTF JSON: every property is checked for its type and range before it is used.
import { ModelLoadError } from '../errors';
import type { Vec2, Vec3, Vec4 } from '../../scene/types';

export type JsonObject = Record<string, unknown>;

export function invalid(message: string): ModelLoadError {
  // Messages often start with a property's label ("Node 3 …"); mid-sentence it reads lower-case.
  const text = /^[A-Z][a-z]/.test(message) ? message[0].toLowerCase() + message.slice(1) : message;
  return new ModelLoadError('INVALID_GLTF', `This glTF file is damaged: ${text}`);
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A top-level array such as "nodes"; absent means empty, anything else is damage. */
export function arrayOf(root: JsonObject, key: string): unknown[] {
  const value = root[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`"${key}" is not a list.`);
  return value;
}

/** An element of a top-level array, which must be an object. */
export function objectAt(list: unknown[], index: number, what: string): JsonObject {
  const value = list[index];
  if (!isObject(value)) throw invalid(`${what} ${index} is not an object.`);
  return value;
}

/** An index into a list of `length` items; undefined when absent and optional. */
export function indexProp(obj: JsonObject, key: string, length: number, what: string): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= length) {
    throw invalid(`${what} refers to ${key} ${formatNumber(value)}, which does not exist.`);
  }
  return value as number;
}

export function requiredIndex(obj: JsonObject, key: string, length: number, what: string): number {
  const index = indexProp(obj, key, length, what);
  if (index === undefined) throw invalid(`${what} has no "${key}".`);
  return index;
}

/** A non-negative integer up to 2^32 (so products of a few stay exact in doubles). */
export function uintProp(obj: JsonObject, key: string, what: string, fallback?: number): number {
  const value = obj[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 0xffffffff) {
    throw invalid(`${what} has an impossible ${key} (${formatNumber(value)}).`);
  }
  return value as number;
}

/** A finite number, or the fallback when absent or not a number. */
export function numberProp(obj: JsonObject, key: string, fallback: number): number {
  const value = obj[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A fixed-length list of finite numbers, or the fallback. */
export function numbersProp(obj: JsonObject, key: string, fallback: Vec2): Vec2;
export function numbersProp(obj: JsonObject, key: string, fallback: Vec3): Vec3;
export function numbersProp(obj: JsonObject, key: string, fallback: Vec4): Vec4;
export function numbersProp(obj: JsonObject, key: string, fallback: number[]): number[] {
  const value = obj[key];
  if (!Array.isArray(value) || value.length !== fallback.length) return fallback;
  if (!value.every((v) => typeof v === 'number' && Number.isFinite(v))) return fallback;
  return value.slice();
}

export function stringProp(obj: JsonObject, key: string, fallback = ''): string {
  const value = obj[key];
  return typeof value === 'string' ? value : fallback;
}

export function objectProp(obj: JsonObject, key: string): JsonObject | undefined {
  const value = obj[key];
  return isObject(value) ? value : undefined;
}

/** An extension's object on a property, if present. */
export function extension(obj: JsonObject, name: string): JsonObject | undefined {
  const extensions = objectProp(obj, 'extensions');
  return extensions ? objectProp(extensions, name) : undefined;
}

function formatNumber(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}
