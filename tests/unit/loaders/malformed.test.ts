// The catalogue of damaged and hostile files: each gives its typed error (or loads with its warning), quickly,
// and no message carries raw bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MALFORMED_CASES } from '../../fixtures/malformed';
import { parseModel, ModelLoadError } from '../../../engine/loaders/index';

describe('malformed and hostile files', () => {
  for (const c of MALFORMED_CASES) {
    it(`${c.name} → ${c.code ?? 'loads with a warning or cleanly'}`, async () => {
      const files = c.files();
      const start = performance.now();
      const outcome = await parseModel(files, c.options).then(
        (scene) => ({ scene, error: null }),
        (error: unknown) => ({ scene: null, error }),
      );
      const elapsed = performance.now() - start;
      expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(c.withinMs ?? 2000);
      if (c.code === null) {
        expect(outcome.error, String(outcome.error)).toBeNull();
        if (c.message) expect(outcome.scene!.warnings.join('\n')).toMatch(c.message);
        return;
      }
      expect(outcome.error, 'expected an error').toBeInstanceOf(ModelLoadError);
      const error = outcome.error as ModelLoadError;
      expect(error.code, error.message).toBe(c.code);
      if (c.message) expect(error.message).toMatch(c.message);
      expect(error.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    });
  }
});

/** Files that ask for huge amounts: refusing them must not allocate what they ask for. */
const ASKING_FOR_MUCH = [
  'accessor count 2^28 with no data fails fast',
  'oversized GLB chunk length',
  'binary STL claiming 2^32-1 triangles',
  'PLY vertex count past the bytes',
  'PLY element of 4 billion empty rows',
  'PNG header claiming 30000×30000',
];

const TYPED_ARRAYS = ['Float32Array', 'Float64Array', 'Uint32Array', 'Uint16Array', 'Int32Array'] as const;

describe('refusals allocate nothing like what a file asks for', () => {
  afterEach(() => vi.unstubAllGlobals());

  for (const name of ASKING_FOR_MUCH) {
    it(name, async () => {
      const c = MALFORMED_CASES.find((m) => m.name === name)!;
      const files = c.files();
      let largest = 0;
      // Every typed array the loaders make is counted by its element count.
      for (const type of TYPED_ARRAYS) {
        const original = globalThis[type];
        vi.stubGlobal(
          type,
          new Proxy(original, {
            construct(target, args: unknown[]) {
              const created = Reflect.construct(target, args) as { length: number };
              largest = Math.max(largest, created.length);
              return created;
            },
          }),
        );
      }
      await parseModel(files, c.options).catch(() => null);
      vi.unstubAllGlobals();
      expect(largest, `largest typed array: ${largest} elements`).toBeLessThan(1 << 20);
    });
  }
});
