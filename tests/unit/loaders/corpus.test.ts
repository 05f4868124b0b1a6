// Every model of the shared corpus, dropped with the files of its folder: each must load (or, for Draco
// variants, be refused as UNSUPPORTED_EXTENSION). Skipped, saying so, when ../shared is absent.
import { afterAll, describe, expect, it } from 'vitest';
import { corpusAbsentReason, listCorpusModels, readModelFiles } from '../../corpus';
import { parseModel, ModelLoadError } from '../../../engine/loaders/index';
import { collectWorldItems, sceneBounds } from '../../../engine/scene/world';

const absent = corpusAbsentReason();
if (absent) console.log(absent);
const models = listCorpusModels();

describe.skipIf(absent !== null)('corpus models', () => {
  let covered = 0;
  afterAll(() => console.log(`corpus: ${covered} of ${models.length} models covered`));

  it('lists models', () => {
    expect(models.length).toBeGreaterThan(0);
  });

  for (const model of models) {
    it(model.id, async () => {
      const files = readModelFiles(model);
      if (model.expectUnsupported) {
        const error = await parseModel(files).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ModelLoadError);
        expect((error as ModelLoadError).code).toBe('UNSUPPORTED_EXTENSION');
      } else {
        const scene = await parseModel(files);
        expect(collectWorldItems(scene).length).toBeGreaterThan(0);
        const b = sceneBounds(scene);
        for (const v of [...b.min, ...b.max]) expect(Number.isFinite(v)).toBe(true);
      }
      covered++;
    });
  }
});
