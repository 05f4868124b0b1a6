// @ts-check
// `node bench/pool-results.mjs a.json b.json …`: one table from the runs of several result files, where one file's
// few runs are too few to settle a noisy figure. Files pool only when measured alike: the same processor, browser and
// run options.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTable, summarize } from './summary.mjs';

/**
 * What must match for runs to be pooled: the processor, the browser and how each run was measured (not which scenes
 * or engines). A setting a file does not record (files before the processor was recorded) is not compared.
 */
const ALIKE = ['cpu', 'browser', 'options.frames', 'options.gpuFrames', 'options.quick', 'options.threeLighting', 'options.dev'];

/** @param {any} result @param {string} path */
const field = (result, path) => JSON.stringify(path.split('.').reduce((v, k) => v?.[k], result));

/**
 * The records of every file, or an Error naming the first setting that differs.
 * @param {{ name: string, result: any }[]} files
 */
export function poolResults(files) {
  const [first, ...rest] = files;
  for (const file of rest) {
    for (const path of ALIKE) {
      const [mine, theirs] = [field(file.result, path), field(first.result, path)];
      if (mine !== undefined && theirs !== undefined && mine !== theirs) {
        return new Error(`${file.name} and ${first.name} were measured differently (${path}: ${mine} against ${theirs}), so their runs do not pool.`);
      }
    }
  }
  return files.flatMap((f) => f.result.records);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  if (names.length === 0) {
    console.error('usage: node bench/pool-results.mjs <result.json> [<result.json> …]');
    process.exit(2);
  }
  const records = poolResults(names.map((name) => ({ name, result: JSON.parse(readFileSync(name, 'utf8')) })));
  if (records instanceof Error) {
    console.error(records.message);
    process.exit(1);
  }
  console.log(`${records.length} runs from ${names.length} files`);
  console.log(formatTable(summarize(records)));
}
