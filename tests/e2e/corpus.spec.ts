// Conformance: every model of the shared corpus loads and renders a non-blank image on both backends,
// with no GPU validation error and no request beyond the page's origin.
import { test, expect } from '@playwright/test';
import { backends } from './browser';
import { Harness } from './harness-client';
import { count } from './pixels';
import { corpusAbsentReason, listCorpusModels, readModelFiles } from '../corpus';

const absent = corpusAbsentReason();
if (absent) console.log(absent);

for (const backend of backends) {
  test(`corpus models render on ${backend}`, async ({ page }) => {
    test.skip(absent !== null, absent ?? '');
    test.setTimeout(600_000);
    const h = await Harness.open(page, backend);
    const models = listCorpusModels();
    let rendered = 0, unsupported = 0;
    const failures: string[] = [];
    for (const model of models) {
      const result = await h.load(readModelFiles(model));
      if (model.expectUnsupported) {
        if (result.ok || result.code !== 'UNSUPPORTED_EXTENSION') failures.push(`${model.id}: expected a clear UNSUPPORTED_EXTENSION error, got ${JSON.stringify(result)}`);
        else unsupported++;
        continue;
      }
      if (!result.ok) { failures.push(`${model.id}: ${result.code} ${result.message}`); continue; }
      const img = await h.render({ width: 128, height: 128, background: [0, 0, 0, 0], frame: true, camera: { position: [1.5, 1, 2.5] } });
      const covered = count(img, (p) => p[3] > 0);
      if (covered < 8) failures.push(`${model.id}: blank image (${covered} covered pixels)`);
      else rendered++;
    }
    console.log(`${backend}: ${rendered} corpus models rendered, ${unsupported} reported as unsupported (Draco), ${failures.length} failed, of ${models.length}`);
    expect(failures).toEqual([]);
    expect(rendered).toBeGreaterThan(0);
    await h.expectNoProblems();
  });
}
