// The Khronos glTF-Validator's valid and malformed files: each must load or fail with a clear ModelLoadError
// (never an internal error, a hang or a fetch), within 5 s. Files whose validator report has errors that make
// the model untrustworthy (GLB_*, *_TOO_LONG, ACCESSOR_INDEX_OOB, UNRESOLVED_REFERENCE, NODE_LOOP, INVALID_URI)
// are never loaded as if valid: they are refused, and a refusal for having nothing to draw carries the problem
// in its message. The one exception allowed is a damaged optional image, which may load with a warning naming it.
// Skipped, saying so, when ../shared is absent.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { listValidatorModels, readValidatorFiles, validatorRoot, withEveryMeshShown } from '../../corpus';
import { parseModel, ModelLoadError, type InputFile } from '../../../engine/loaders/index';

const SERIOUS = /^GLB_|_TOO_LONG$|^ACCESSOR_INDEX_OOB$|^UNRESOLVED_REFERENCE$|^NODE_LOOP$|^INVALID_URI$/;
const FILE_LIMIT_MS = 5000;

/** Codes of the errors (severity 0) in the validator's report beside the file; empty when there is none. */
function reportedErrors(path: string): string[] {
  const reportPath = `${path}.report.json`;
  if (!existsSync(reportPath)) return [];
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { issues?: { numErrors?: number; messages?: { code: string; severity: number }[] } };
  if (!report.issues?.numErrors) return [];
  return [...new Set((report.issues.messages ?? []).filter((m) => m.severity === 0).map((m) => m.code))];
}

const present = existsSync(validatorRoot);
if (!present) console.log(`the validator corpus is absent (${validatorRoot}): validator tests skipped`);
const models = listValidatorModels();

type Outcome = { kind: 'loaded'; warnings: string[] } | { kind: 'refused'; error: ModelLoadError } | { kind: 'broken'; error: unknown };

async function attempt(files: InputFile[]): Promise<{ outcome: Outcome; ms: number }> {
  const start = performance.now();
  let outcome: Outcome;
  try {
    const scene = await parseModel(files);
    outcome = { kind: 'loaded', warnings: scene.warnings };
  } catch (error) {
    outcome = error instanceof ModelLoadError && error.code !== 'INTERNAL' ? { kind: 'refused', error } : { kind: 'broken', error };
  }
  return { outcome, ms: performance.now() - start };
}

describe.skipIf(!present)('glTF-Validator files', () => {
  const fetchSpy = vi.fn(() => {
    throw new Error('fetch must never be called');
  });
  const all = { loaded: 0, warned: 0, refused: new Map<string, number>() };
  const serious = { files: 0, refused: 0, warned: 0 };
  let slowest = 0;
  beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
  afterAll(() => {
    vi.unstubAllGlobals();
    const refused = [...all.refused].sort((a, b) => b[1] - a[1]);
    const total = refused.reduce((n, [, k]) => n + k, 0);
    console.log(
      `validator: ${models.length} files (plus variants with every mesh shown): ${all.loaded} loaded, ${all.warned} loaded with warnings, ` +
        `${total} refused (${refused.map(([c, n]) => `${c} ${n}`).join(', ')}); slowest ${slowest.toFixed(0)} ms`,
    );
    console.log(`validator: ${serious.files} files with serious reported errors: ${serious.refused} refusals, ${serious.warned} loads with a warning`);
  });

  it('finds the files', () => expect(models.length).toBeGreaterThan(100));

  it('loads or refuses each one clearly within 5 s, never loading a seriously damaged one as if valid, never fetching', { timeout: 300_000 }, async () => {
    const failures: string[] = [];
    for (const path of models) {
      // The model with the non-model files of its folder (buffers, images), as a person would drop them.
      const files = readValidatorFiles(path);
      const errors = reportedErrors(path);
      const seriousCodes = errors.filter((c) => SERIOUS.test(c));
      if (seriousCodes.length) serious.files++;
      const forced = withEveryMeshShown(files[0]);
      for (const variant of forced ? [files, [forced, ...files.slice(1)]] : [files]) {
        const { outcome, ms } = await attempt(variant);
        slowest = Math.max(slowest, ms);
        const where = `${path.slice(validatorRoot.length)}${variant === files ? '' : ' (every mesh shown)'}`;
        if (ms > FILE_LIMIT_MS) failures.push(`${where}: took ${ms.toFixed(0)} ms`);
        if (outcome.kind === 'broken') {
          failures.push(`${where}: ${String(outcome.error)} ${(outcome.error as Error).cause ?? ''}`);
          continue;
        }
        if (outcome.kind === 'loaded') {
          if (outcome.warnings.length) all.warned++;
          else all.loaded++;
        } else {
          all.refused.set(outcome.error.code, (all.refused.get(outcome.error.code) ?? 0) + 1);
        }
        if (!seriousCodes.length) continue;
        if (outcome.kind === 'refused') {
          serious.refused++;
          // "Nothing to draw" alone would hide the damage; the refusal must carry the problem found.
          if (outcome.error.code === 'EMPTY_MODEL' && !/Problems found/.test(outcome.error.message)) {
            failures.push(`${where} (${seriousCodes.join(', ')}): refused only for having nothing to draw`);
          }
        } else {
          serious.warned++;
          const imageOnly = seriousCodes.every((c) => c === 'INVALID_URI');
          if (!imageOnly || !outcome.warnings.some((w) => /image|texture|address/i.test(w))) {
            failures.push(`${where} (${seriousCodes.join(', ')}): loaded as if valid (warnings: ${JSON.stringify(outcome.warnings)})`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(serious.files).toBeGreaterThan(20);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
