// @ts-check
// Paired timing: several pages, each holding one engine open on one scene (bench/paired-session.ts), stepped one
// image or frame at a time in turn, the order reversed every other round. A run of `npm run bench` moves by up to a
// quarter from the next on this kind of machine; a ratio of steps taken side by side moves far less. `--against REF`
// builds revision REF in a temporary git worktree and sets each engine there beside itself in the working tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CROSS_ORIGIN_ISOLATION, startBuiltPageServer } from './built-page-server.mjs';
import { browserOrExit, optionsOrExit } from './cli-start.mjs';
import { comparisons, median, pairedRatio, parsePairedArgs, PAIRED_USAGE } from './paired-args.mjs';

const root = resolve(import.meta.dirname, '..');
const timingArgs = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

/** A checkout of `ref` beside the project, sharing its node_modules; removed by the returned function. */
function worktreeAt(ref) {
  const dir = mkdtempSync(join(tmpdir(), 'modelshot-paired-'));
  execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => execFileSync('git', ['-C', root, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' }) };
}

async function main() {
  const options = optionsOrExit(parsePairedArgs, PAIRED_USAGE);
  const browser = await browserOrExit({ extraArgs: timingArgs, command: 'node bench/run-paired.mjs' });
  const cleanups = [];
  try {
    const servers = new Map();
    const serverFor = async (ref) => {
      if (!servers.has(ref)) {
        const tree = ref === null ? { dir: root } : worktreeAt(ref);
        if ('remove' in tree) cleanups.push(tree.remove);
        const server = await startBuiltPageServer(tree.dir, { headers: CROSS_ORIGIN_ISOLATION });
        cleanups.push(() => server.close());
        servers.set(ref, server.url);
      }
      return servers.get(ref);
    };
    const pages = [];
    for (const entry of options.entries) {
      const label = entry.ref === null ? entry.engine : `${entry.engine}@${entry.ref}`;
      const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(`${await serverFor(entry.ref)}/bench/index.html`, { timeout: 300_000 });
      await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: 120_000 });
      if (!(await page.evaluate(() => typeof (/** @type {any} */ (window).bench.openPaired) === 'function'))) {
        throw new Error(`${label}: this revision's bench page has no paired timing (it came later)`);
      }
      const adapter = await page.evaluate((r) => /** @type {any} */ (window).bench.openPaired(r), { engine: entry.engine, scene: options.scene, quick: options.quick });
      console.error(`${label}: ready (${adapter})`);
      pages.push({ label, page, gpu: /** @type {(number | null)[]} */ ([]), wall: /** @type {number[]} */ ([]) });
    }
    for (let step = 0; step < options.pairs; step++) {
      for (const p of step % 2 ? [...pages].reverse() : pages) {
        const sample = await p.page.evaluate(([kind, i]) => /** @type {any} */ (window).bench.timePaired(kind, i), /** @type {const} */ ([options.kind, step]));
        p.gpu.push(sample.gpuMs);
        p.wall.push(sample.wallMs);
      }
    }
    const fmt = (v) => (v === null ? '—' : v.toFixed(1));
    console.log(`${options.scene}, ${options.kind === 'image' ? '1024² image rendered and read back' : 'orbit frame'}, ${options.pairs} steps per page (medians)`);
    for (const p of pages) console.log(`  ${p.label.padEnd(36)} GPU ${fmt(median(p.gpu)).padStart(8)} ms   wall ${fmt(median(p.wall)).padStart(8)} ms`);
    for (const [a, b] of comparisons(options.entries)) {
      const gpu = pairedRatio(pages[a].gpu, pages[b].gpu);
      const wall = pairedRatio(pages[a].wall, pages[b].wall);
      const show = (r) => (r ? `${r.median.toFixed(3)} (quartiles ${r.p25.toFixed(3)}–${r.p75.toFixed(3)}, ${r.n} steps)` : '—');
      console.log(`  ${pages[b].label} / ${pages[a].label}: GPU ${show(gpu)}; wall ${show(wall)}`);
    }
  } finally {
    await browser.close().catch(() => {});
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

await main();
