// JSON errors are reported by line and column from our own scan, which must agree with JSON.parse on what is valid.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonErrorOffset, lineAndColumn } from '../../../engine/loaders/gltf/json-syntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('JSON syntax positions', () => {
  it('points at the first bad character', () => {
    const text = '{\n  "a": [1, 2,, 3]\n}';
    const offset = jsonErrorOffset(text);
    expect(text[offset]).toBe(',');
    expect(lineAndColumn(text, offset)).toEqual({ line: 2, column: 14 });
    expect(jsonErrorOffset('{"a": 1}')).toBe(-1);
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('{"a": "\u0001"}')).toBe(7);
  });

  it('agrees with JSON.parse on valid and mutated documents', () => {
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '-', '0', 'x', '\\', ' ', '[', '{', 'e'), fc.boolean())
      .map(([text, at, insert, remove]) => {
        const i = text.length ? at % text.length : 0;
        return text.slice(0, i) + insert + text.slice(remove ? i + 1 : i);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        expect(jsonErrorOffset(text) === -1).toBe(parses(text));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
