// The Khronos glTF-Validator's files in the browser, through the engine's public API on each backend: every file
// (with the non-model files of its folder, as a person would drop them) ends within 5 s either drawn (a non-blank
// mask) or refused with a typed error, with no page error, no GPU error event and no request beyond the origin.
// Skipped, saying so, when ../shared is absent.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { backends } from './browser';
import { Harness } from './harness-client';
import { listValidatorModels, readValidatorFiles, validatorRoot, withEveryMeshShown } from '../corpus';

const FILE_LIMIT_MS = 5000;

/** A load that draws nothing must say why (all vertices at one point, say). */
const EXPLAINS_BLANK = /one point|nothing to draw|no area|degenerate|empty/i;

const present = existsSync(validatorRoot);
if (!present) console.log(`the validator corpus is absent (${validatorRoot}): validator browser tests skipped`);
const models = listValidatorModels();

interface Outcome { ok: boolean; code?: string; message?: string; warnings?: string[]; covered?: number; ms: number; events: { type: string; message?: string; reason?: string }[] }

for (const backend of backends) {
  test.describe(backend, () => {
    test.skip(!present, `the validator corpus is absent (${validatorRoot})`);

    test('every validator file is drawn or refused with a typed error within 5 s, with no page error, GPU error or outside request', async ({ page }) => {
      test.setTimeout(600_000);
      const h = await Harness.open(page, backend);
      const failures: string[] = [];
      const refused = new Map<string, number>();
      const blankFiles: string[] = [];
      let drawn = 0, blank = 0, slowest = 0, tried = 0;
      for (const path of models) {
        const files = readValidatorFiles(path);
        const forced = withEveryMeshShown(files[0]);
        for (const variant of forced ? [files, [forced, ...files.slice(1)]] : [files]) {
          const where = `${path.slice(validatorRoot.length)}${variant === files ? '' : ' (every mesh shown)'}`;
          tried++;
          const problemsBefore = h.problems.length;
          const outcome: Outcome = await page.evaluate(async (args) => {
            const harness = (window as any).harness;
            const before = harness.events().length;
            const start = performance.now();
            const loaded = await harness.load(args);
            let covered: number | undefined;
            if (loaded.ok) {
              // the mask pass: covered pixels are opaque whatever the materials' colours
              const image = await harness.render({ width: 64, height: 64, frame: true, pass: 'mask', background: [0, 0, 0, 0] });
              const bytes = Uint8Array.from(atob(image.base64), (c) => c.charCodeAt(0));
              covered = 0;
              for (let i = 3; i < bytes.length; i += 4) if (bytes[i] > 0) covered++;
              harness.unload();
            }
            return { ok: loaded.ok, code: loaded.code, message: loaded.message, warnings: loaded.warnings, covered, ms: performance.now() - start, events: harness.events().slice(before) };
          }, variant.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })));
          slowest = Math.max(slowest, outcome.ms);
          if (outcome.ms > FILE_LIMIT_MS) failures.push(`${where}: took ${outcome.ms.toFixed(0)} ms`);
          if (outcome.events.length) failures.push(`${where}: GPU events ${JSON.stringify(outcome.events)}`);
          if (h.problems.length > problemsBefore) failures.push(`${where}: ${h.problems.slice(problemsBefore).join(' | ')}`);
          if (outcome.ok) {
            if (outcome.covered! > 0) drawn++;
            else {
              blank++;
              blankFiles.push(where);
              if (!outcome.warnings!.some((w) => EXPLAINS_BLANK.test(w))) failures.push(`${where}: loaded, drew nothing and said nothing about it (${JSON.stringify(outcome.warnings)})`);
            }
          } else {
            // a typed error: a known code and a sentence for people, never an internal failure
            if (!outcome.code || outcome.code === 'UNKNOWN' || outcome.code === 'INTERNAL' || !outcome.message || outcome.message.length < 10) {
              failures.push(`${where}: refused without a clear typed error (${outcome.code}: ${outcome.message})`);
            }
            refused.set(outcome.code ?? '?', (refused.get(outcome.code ?? '?') ?? 0) + 1);
          }
        }
      }
      const codes = [...refused].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
      console.log(`${backend}: ${models.length} validator files, ${tried} loads with the every-mesh-shown variants: ${drawn} drawn, ${blank} loaded but blank, ${[...refused.values()].reduce((a, b) => a + b, 0)} refused (${codes}); slowest ${slowest.toFixed(0)} ms; ${h.foreignRequests.length} outside requests`);
      if (blank) console.log(`${backend}: loaded but blank: ${blankFiles.join(', ')}`);
      expect(models.length).toBeGreaterThan(100);
      expect(failures).toEqual([]);
      expect(h.foreignRequests).toEqual([]);
      expect(drawn).toBeGreaterThan(0);
    });
  });
}
