// @ts-check
// One reader per kind of option value: each returns the value the engine takes or throws a UsageError saying what fits.
import { UsageError } from './usage-error.mjs';

/**
 * @template {string} T
 * @param {string} value
 * @param {readonly T[]} allowed
 * @param {string} option
 * @returns {T}
 */
export function oneOf(value, allowed, option) {
  const found = allowed.find((a) => a === value.toLowerCase());
  if (found === undefined) throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}".`);
  return found;
}

/** @param {string} value @param {string} option */
export function finiteNumber(value, option) {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`${option} must be a number, not "${value}".`);
  return n;
}

/** A number in 0..1. @param {string} value @param {string} option */
export function fraction(value, option) {
  const n = finiteNumber(value, option);
  if (n < 0 || n > 1) throw new UsageError(`${option} must be between 0 and 1, not ${value}.`);
  return n;
}

/** `1024x768`, or `1024` for a square. @param {string} value */
export function imageSize(value) {
  const match = /^(\d+)(?:[x×](\d+))?$/i.exec(value.trim());
  const width = match ? Number(match[1]) : 0;
  const height = match ? Number(match[2] ?? match[1]) : 0;
  if (width < 1 || height < 1) throw new UsageError(`--size must be WIDTHxHEIGHT or one number for a square, e.g. 1024x768 or 512, not "${value}".`);
  return { width, height };
}

/** `transparent` or `#rrggbb` as straight RGBA in 0..1. @param {string} value @returns {[number, number, number, number]} */
export function background(value) {
  if (value.toLowerCase() === 'transparent') return [0, 0, 0, 0];
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (!match) throw new UsageError(`--background must be transparent or a colour as #rrggbb, not "${value}".`);
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return [r, g, b, 1];
}

/** `mask,depth` → { mask: true, depth: true }. @param {string} value */
export function passes(value) {
  /** @type {Record<'mask' | 'depth' | 'normals', boolean>} */
  const chosen = { mask: false, depth: false, normals: false };
  for (const name of value.split(',').filter((part) => part.trim() !== '')) chosen[oneOf(name.trim(), /** @type {const} */ (['mask', 'depth', 'normals']), 'Each of --passes')] = true;
  return chosen;
}

/** `clay,toon`: the names only; the page checks them against the engine's styles. @param {string} value */
export function styleList(value) {
  const names = value.split(',').map((part) => part.trim());
  if (names.some((name) => name === '')) throw new UsageError(`--style must be style names separated by commas, e.g. clay,toon, not "${value}".`);
  return names.join(',');
}

/** `toon.bands=4`, kept as text; the page reads the value by the parameter's kind. @param {string} value */
export function styleSetting(value) {
  if (!/^[^.=\s]+\.[^=\s]+=.+$/.test(value.trim())) throw new UsageError(`--style-param must be STYLE.PARAMETER=VALUE, e.g. toon.bands=4, not "${value}".`);
  return value.trim();
}
