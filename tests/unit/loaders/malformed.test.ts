// The catalogue of damaged and hostile files: each gives its typed error (or loads with its warning), quickly,
// and no message carries raw bytes.
import { describe, expect, it } from 'vitest';
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
