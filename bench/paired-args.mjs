// @ts-check
// `node bench/run-paired.mjs` options, checked up front, and the paired statistics it prints.
import { ALL_ENGINES, ALL_SCENES } from './parse-bench-args.mjs';

export const PAIRED_USAGE = `node bench/run-paired.mjs [options]
  Times single images (or frames) from several pages held open at once, alternating between them step by step, so
  that the machine's drift falls on every page alike; prints medians and the median of the per-step ratios.
  --engines a,b    two or more of ${ALL_ENGINES.join(', ')}; ratios are against the first (default ours-webgl2,three-webgl)
  --against REF    time each engine twice: at git revision REF (a temporary worktree) and in the working tree;
                   ratios are working tree / REF, per engine
  --scene S        one of ${ALL_SCENES.join(', ')} (default many-objects)
  --kind K         image (a 1024² image rendered and read back, as the export does; default) or frame (an orbit frame)
  --pairs N        steps per page (default 30)
  --quick          the smaller scenes of npm run bench --quick`;

/**
 * @typedef {{ engine: string, ref: string | null }} PairedEntry  one page: an engine, in the working tree (ref null) or at a revision
 * @param {string[]} argv
 * @returns {{ entries: PairedEntry[], scene: string, kind: 'image' | 'frame', pairs: number, quick: boolean, against: string | null }}
 */
export function parsePairedArgs(argv) {
  let engines = ['ours-webgl2', 'three-webgl'];
  let scene = 'many-objects';
  /** @type {'image' | 'frame'} */
  let kind = 'image';
  let pairs = 30;
  let quick = false;
  /** @type {string | null} */
  let against = null;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${flag} needs a value`); return v; };
    if (flag === '--engines') {
      engines = value().split(',').filter(Boolean);
      const bad = engines.filter((e) => !ALL_ENGINES.includes(e));
      if (bad.length) throw new Error(`--engines: unknown ${bad.join(', ')}; expected ${ALL_ENGINES.join(', ')}`);
    } else if (flag === '--scene') {
      scene = value();
      if (!ALL_SCENES.includes(scene)) throw new Error(`--scene: unknown ${scene}; expected ${ALL_SCENES.join(', ')}`);
    } else if (flag === '--kind') {
      const k = value();
      if (k !== 'image' && k !== 'frame') throw new Error(`--kind: expected image or frame, not ${k}`);
      kind = k;
    } else if (flag === '--pairs') {
      pairs = Number(value());
      if (!Number.isInteger(pairs) || pairs < 3) throw new Error('--pairs: a whole number of at least 3');
    } else if (flag === '--against') against = value();
    else if (flag === '--quick') quick = true;
    else throw new Error(flag === '--help' ? PAIRED_USAGE : `unknown option ${flag}`);
  }
  if (new Set(engines).size !== engines.length) throw new Error('--engines: an engine is named twice');
  if (!against && engines.length < 2) throw new Error('--engines: two or more, or one with --against');
  const entries = against ? engines.flatMap((engine) => [{ engine, ref: against }, { engine, ref: null }]) : engines.map((engine) => ({ engine, ref: null }));
  return { entries, scene, kind, pairs, quick, against };
}

/** @param {number[]} sorted @param {number} q */
function at(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i), hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

/**
 * The median and quartiles of b[i] / a[i] over the steps both timed (a null or non-positive time drops its step).
 * @param {(number | null)[]} a @param {(number | null)[]} b
 * @returns {{ median: number, p25: number, p75: number, n: number } | null}
 */
export function pairedRatio(a, b) {
  const ratios = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i], y = b[i];
    if (x !== null && y !== null && x > 0 && y >= 0) ratios.push(y / x);
  }
  if (!ratios.length) return null;
  ratios.sort((p, q) => p - q);
  return { median: at(ratios, 0.5), p25: at(ratios, 0.25), p75: at(ratios, 0.75), n: ratios.length };
}

/** @param {(number | null)[]} values */
export function median(values) {
  const known = /** @type {number[]} */ (values.filter((v) => v !== null)).sort((p, q) => p - q);
  return known.length ? at(known, 0.5) : null;
}

/**
 * Which entry each entry is compared with: with --against, an engine's working-tree page with its own page at the
 * revision; otherwise every page with the first.
 * @param {PairedEntry[]} entries
 * @returns {[number, number][]} [baseline index, compared index]
 */
export function comparisons(entries) {
  const out = /** @type {[number, number][]} */ ([]);
  entries.forEach((entry, k) => {
    if (k === 0) return;
    if (entry.ref === null && entries[k - 1].ref !== null && entries[k - 1].engine === entry.engine) out.push([k - 1, k]);
    else if (entries.every((e) => e.ref === null)) out.push([0, k]);
  });
  return out;
}
