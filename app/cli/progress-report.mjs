// @ts-check
// What the command line says: one line per model as it finishes, a live status while one renders (terminals only),
// and a summary naming what rendered and what failed.
import { isAbsolute, relative } from 'node:path';
import { userCwd } from './user-cwd.mjs';

const live = Boolean(process.stderr.isTTY);
let statusShown = false;

/** Rewrites the terminal's last line; nothing when stderr is a file or a pipe. @param {string} text */
export function showStatus(text) {
  if (!live) return;
  // a line wider than the terminal would wrap, and the next \r could no longer erase it
  process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 80) - 1)}`);
  statusShown = true;
}

function clearStatus() {
  if (statusShown) process.stderr.write('\r\x1b[K');
  statusShown = false;
}

/** Relative to where the command was typed when inside it, else absolute. @param {string} path */
function shown(path) {
  const inside = relative(userCwd, path);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** @param {number} index @param {number} total @param {string} model */
export const prefix = (index, total, model) => `[${index + 1}/${total}] ${model}`;

/** @param {string} text */
export function say(text) {
  clearStatus();
  process.stdout.write(`${text}\n`);
}

/** @param {string} text */
export function complain(text) {
  clearStatus();
  process.stderr.write(`${text}\n`);
}

/** @param {string} head @param {number} images @param {number} seconds @param {string} written @param {string[]} warnings */
export function reportRendered(head, images, seconds, written, warnings) {
  say(`${head}: ${images} image${images === 1 ? '' : 's'} in ${seconds.toFixed(1)} s → ${shown(written)}`);
  for (const warning of warnings) say(`    warning: ${warning}`);
}

/** @param {string} head @param {string} message */
export function reportFailed(head, message) {
  complain(`${head}: FAILED — ${message}`);
}

/** The lines above named every model; this one counts them and repeats the failures. @param {string[]} rendered @param {string[]} failed @param {string} out */
export function reportSummary(rendered, failed, out) {
  const total = rendered.length + failed.length;
  if (!failed.length) say(`Done: ${total === 1 ? 'the model' : `all ${total} models`} rendered into ${shown(out)}.`);
  else say(`Done: ${rendered.length} of ${total} models rendered into ${shown(out)}; failed: ${failed.join(', ')}.`);
}
