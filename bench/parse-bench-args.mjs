// @ts-check
// `npm run bench -- [--scenes a,b] [--engines a,b] [--runs N] [--frames N] [--quick] [--out file]`, checked up front.

export const ALL_ENGINES = ['ours-webgpu', 'ours-webgl2', 'three-webgl', 'three-webgpu', 'three-webgpu-webgl'];
export const ALL_SCENES = ['tiny', 'small', 'many-objects', 'many-objects-merged', 'heavy', 'textured', 'large'];

export const USAGE = `npm run bench -- [options]
  --scenes a,b     ${ALL_SCENES.join(', ')} (default small,many-objects,heavy)
  --engines a,b    ${ALL_ENGINES.join(', ')} (default all)
  --runs N         fresh-page runs per engine and scene, engines alternating (default 3)
  --frames N       orbit frames whose CPU time is measured per run (default 120)
  --gpu-frames N   orbit frames whose GPU time is measured per run, one at a time (default 30)
  --three-lights L studio (three.js with a RoomEnvironment PMREM and a key light, like our Realistic look; default)
                   or simple (a hemisphere and a sun: no reflections)
  --quick          smaller heavy / many-objects / textured / large scenes (for CI and development)
  --dev            serve the sources through Vite's dev server instead of a production build
  --out FILE       the JSON result (default bench/results/<date>-<machine>.json)`;

/** @param {string[]} argv @returns {{ scenes: string[], engines: string[], runs: number, frames: number, gpuFrames: number, quick: boolean, threeLighting: 'studio' | 'simple', dev: boolean, out: string | null }} */
export function parseBenchArgs(argv) {
  const options = { scenes: ['small', 'many-objects', 'heavy'], engines: [...ALL_ENGINES], runs: 3, frames: 120, gpuFrames: 30, quick: false, threeLighting: 'studio', dev: false, out: /** @type {string | null} */ (null) };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${flag} needs a value`); return v; };
    const names = (/** @type {string[]} */ allowed) => {
      const list = value().split(',').filter(Boolean);
      const bad = list.filter((n) => !allowed.includes(n));
      if (bad.length || !list.length) throw new Error(`${flag}: unknown ${bad.join(', ') || '(empty)'}; expected ${allowed.join(', ')}`);
      return list;
    };
    const count = () => { const n = Number(value()); if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive whole number`); return n; };
    if (flag === '--scenes') options.scenes = names(ALL_SCENES);
    else if (flag === '--engines') options.engines = names(ALL_ENGINES);
    else if (flag === '--runs') options.runs = count();
    else if (flag === '--frames') options.frames = count();
    else if (flag === '--gpu-frames') options.gpuFrames = count();
    else if (flag === '--quick') options.quick = true;
    else if (flag === '--dev') options.dev = true;
    else if (flag === '--three-lights') {
      const lighting = value();
      if (lighting !== 'studio' && lighting !== 'simple') throw new Error(`--three-lights takes studio or simple, not ${lighting}`);
      options.threeLighting = lighting;
    }
    else if (flag === '--out') options.out = value();
    else throw new Error(flag === '--help' ? USAGE : `unknown option ${flag}`);
  }
  return options;
}
