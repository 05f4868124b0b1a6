#!/usr/bin/env node
// @ts-check
// `npm run render -- <models...> [options]`: renders many models to image files in headless Chromium with the app's
// own engine and export, one progress line per model. Exit 0: all rendered; 1: any failed; 2: a command-line mistake.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BatchPage } from './batch-page.mjs';
import { BrowserError, launchBrowser } from './launch-browser.mjs';
import { startPageServer } from './page-server.mjs';
import { parseArgs } from './parse-args.mjs';
import { complain, reportSummary, say } from './progress-report.mjs';
import { renderModels } from './render-models.mjs';
import { USAGE } from './usage.mjs';
import { UsageError } from './usage-error.mjs';
import { userCwd } from './user-cwd.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const BACKEND_NAMES = { webgpu: 'WebGPU', webgl2: 'WebGL2' };

/** @param {string} message */
function usageError(message) {
  complain(`${message}\n\n${USAGE}`);
  return 2;
}

/** @param {string[]} argv @returns {Promise<number>} */
async function main(argv) {
  let run;
  try {
    run = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
  if (run.help) {
    say(USAGE);
    return 0;
  }
  const out = resolve(userCwd, run.out);
  const server = await startPageServer(projectRoot);
  /** @type {import('@playwright/test').Browser | null} */
  let browser = null;
  try {
    const chromium = (browser = await launchBrowser());
    const open = () => BatchPage.open(chromium, server.url, run.backend);
    const { batch, ready } = await open();
    // the engine reads --views and checks every number before any model is loaded
    const problem = await batch.check(run.job);
    if (problem) return usageError(problem);
    await mkdir(out, { recursive: true });
    const count = run.models.length;
    say(`Rendering ${count} model${count === 1 ? '' : 's'} with ${BACKEND_NAMES[ready.backend]}${ready.adapterInfo ? ` (${ready.adapterInfo})` : ''}.`);
    const { rendered, failed } = await renderModels(batch, async () => (await open()).batch, run, out);
    reportSummary(rendered, failed, out);
    return failed.length ? 1 : 0;
  } finally {
    await browser?.close();
    await server.close();
  }
}

process.once('SIGINT', () => {
  complain('Stopped.');
  process.exit(130);
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    // Chromium missing or unusable is expected and said plainly; anything else is a bug and keeps its stack
    complain(error instanceof BrowserError ? error.message : `Unexpected problem: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
