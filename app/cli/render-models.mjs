// @ts-check
// The models one after another on one page: each gets its line; one that fails is reported and the next still renders.
import { resolve } from 'node:path';
import { ModelFailure } from './model-failure.mjs';
import { modelFiles } from './model-files.mjs';
import { prefix, reportFailed, reportRendered, showStatus } from './progress-report.mjs';
import { userCwd } from './user-cwd.mjs';
import { writeModelOutput } from './write-output.mjs';

/** @typedef {import('./batch-page.mjs').BatchPage} BatchPage */
/** @typedef {import('./parse-args.mjs').Run} Run */

/** The first line of an error, for a message; the rest is Playwright's call log. @param {unknown} error */
const firstLine = (error) => String(error instanceof Error ? error.message : error).split('\n')[0];

/** @param {unknown} error */
const isFileSystemError = (error) => error instanceof Error && typeof (/** @type {{ syscall?: unknown }} */ (error).syscall) === 'string';

/**
 * @param {BatchPage} page
 * @param {() => Promise<BatchPage>} reopen a fresh page after the last one broke
 * @param {Run} run
 * @param {string} out
 * @returns {Promise<{ rendered: string[], failed: string[] }>}
 */
export async function renderModels(page, reopen, run, out) {
  /** @type {string[]} */
  const rendered = [];
  /** @type {string[]} */
  const failed = [];
  for (const [index, model] of run.models.entries()) {
    const head = prefix(index, run.models.length, model);
    const started = performance.now();
    page.onProgress = (fraction, label) => showStatus(`${head}: ${label} (${Math.round(fraction * 100)}%)`);
    try {
      const result = await page.render(modelFiles(resolve(userCwd, model)), run.job);
      if (!result.ok) throw new ModelFailure(result.message);
      const written = await writeModelOutput(out, result, run.job.zip, (i, size) => page.take(i, size));
      reportRendered(head, result.images, (performance.now() - started) / 1000, written, result.warnings);
      rendered.push(model);
    } catch (error) {
      failed.push(model);
      if (error instanceof ModelFailure) reportFailed(head, error.message);
      else if (isFileSystemError(error)) reportFailed(head, `a file could not be read or written (${firstLine(error)})`);
      else {
        // the page crashed or hung up: the next model gets a fresh one
        reportFailed(head, `the browser page stopped (${firstLine(error)})`);
        page = await reopen();
      }
    }
  }
  return { rendered, failed };
}
