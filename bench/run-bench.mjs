// @ts-check
// `npm run bench`: the suite headless, each run in a fresh page, engines alternating run by run (ABAB); prints the
// table and writes bench/results/<date>-<machine>.json. Reuses the command line's Vite server and Chromium flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from '../app/cli/chromium.mjs';
import { startPageServer } from '../app/cli/page-server.mjs';
import { CROSS_ORIGIN_ISOLATION, startBuiltPageServer } from './built-page-server.mjs';
import { browserOrExit, optionsOrExit } from './cli-start.mjs';
import { parseBenchArgs, USAGE } from './parse-bench-args.mjs';
import { formatTable, summarize } from './summary.mjs';

const root = resolve(import.meta.dirname, '..');
// Timing needs requestAnimationFrame uncapped; heap figures need Chromium's unrounded performance.memory, and gc()
// so that each heap sample counts live objects only (bench/heap.ts).
const timingArgs = ['--disable-gpu-vsync', '--disable-frame-rate-limit', '--enable-precise-memory-info', '--js-flags=--expose-gc'];

/** @param {import('@playwright/test').Browser} browser @param {string} url @param {object} request */
async function runInFreshPage(browser, url, request) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    // with --dev, the first page of a run makes the dev server transform every module: slow on a busy machine
    await page.goto(`${url}/bench/index.html`, { timeout: 300_000 });
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 120_000 });
    return await page.evaluate((r) => /** @type {any} */ (window).bench.runOne(r), request);
  } finally {
    await page.close();
  }
}

async function main() {
  const options = optionsOrExit(parseBenchArgs, USAGE);
  // the browser first, so a missing one is said before the build
  const browser = await browserOrExit({ extraArgs: timingArgs, command: 'npm run bench' });
  // the production build by default: what a person's browser loads; --dev serves the sources through Vite
  const serverOptions = { headers: CROSS_ORIGIN_ISOLATION };
  const server = options.dev ? await startPageServer(root, serverOptions) : await startBuiltPageServer(root, serverOptions);
  const records = [];
  const date = new Date().toISOString();
  const browserVersion = `${chromiumPath} ${browser.version()}`;
  const out = options.out ? resolve(process.cwd(), options.out) : join(root, 'bench', 'results', `${date.slice(0, 10)}-${hostname()}.json`);
  // figures from different sessions compare only on the same processor: a VM of the same name may not be
  const cpu = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`;
  const save = () => writeResult(out, { date, machine: hostname(), cpu, browser: browserVersion, chromiumArgs: [...chromiumArgs, ...timingArgs], options, records });
  try {
    for (const scene of options.scenes) {
      for (let run = 0; run < options.runs; run++) {
        // ABAB…, and the order rotates each run so no engine always runs first after a scene change
        const order = options.engines.map((_, k) => options.engines[(k + run) % options.engines.length]);
        for (const engine of order) {
          const started = Date.now();
          const record = await runInFreshPage(browser, server.url, { engine, scene, quick: options.quick, run, threeLighting: options.threeLighting, settings: { frames: options.frames, gpuFrames: options.gpuFrames } });
          records.push(record);
          save(); // after every run, so a crash or Ctrl-C keeps what was measured
          console.error(`${scene} run ${run + 1}/${options.runs} ${engine}: ${record.error ? `failed (${record.error})` : 'ok'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  console.log(formatTable(summarize(records)));
  // frame CPU times of a fraction of a millisecond read as noise at 0.1 ms steps
  const steps = new Set(records.map((r) => r.timerResolutionMs).filter(Number.isFinite).map((ms) => `${(ms * 1000).toFixed(1)} µs`));
  if (steps.size) console.log(`clock step in the pages: ${[...steps].join(', ')}`);
  save();
  console.log(`wrote ${out}`);
}

/** The JSON result: what ran where, the adapters each engine reported, the summary and every raw record. */
function writeResult(/** @type {string} */ out, /** @type {{ records: any[] } & Record<string, unknown>} */ run) {
  const adapters = Object.fromEntries(run.records.filter((r) => r.adapterInfo).map((r) => [r.engine, r.adapterInfo]));
  const { records, ...head } = run;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ ...head, adapters, summary: summarize(records), records }, null, 1) + '\n');
}

await main();
