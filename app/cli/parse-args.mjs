// @ts-check
// The command line as one run: the model paths, where the files go, and the job every model is exported with.
import { background, finiteNumber, fraction, imageSize, oneOf, passes, styleList, styleSetting } from './option-values.mjs';
import { UsageError } from './usage-error.mjs';

/** @typedef {import('./batch-protocol').BatchJob} BatchJob */
/** @typedef {'auto' | 'webgpu' | 'webgl2'} BackendChoice */
/** @typedef {{ models: string[], out: string, backend: BackendChoice, job: BatchJob, help: boolean }} Run */

export const DEFAULT_CROP_PADDING = 5;

/** @returns {Run} */
function defaults() {
  return {
    models: [],
    out: 'renders',
    backend: 'auto',
    help: false,
    job: {
      views: 'standard-six',
      styles: '',
      styleParams: [],
      plan: { projection: 'perspective', upAxis: 'y', paddingPercent: 5, sameScale: false },
      output: { width: 1024, height: 1024, format: 'png', background: [0, 0, 0, 0], supersample: 1, autoCropPaddingPercent: null, passes: {}, contactSheet: false },
      zip: false,
    },
  };
}

/**
 * How each option changes the run: `value` options need one, flags take none, `--crop` may take one.
 * @type {Record<string, { takes: 'value' | 'flag' | 'optional', apply: (run: Run, value: string | undefined) => void }>}
 */
const OPTIONS = {
  views: { takes: 'value', apply: (r, v = '') => (r.job.views = v) },
  style: { takes: 'value', apply: (r, v = '') => (r.job.styles = styleList(v)) },
  'style-param': { takes: 'value', apply: (r, v = '') => r.job.styleParams.push(styleSetting(v)) },
  size: { takes: 'value', apply: (r, v = '') => Object.assign(r.job.output, imageSize(v)) },
  out: { takes: 'value', apply: (r, v = '') => (r.out = v) },
  format: { takes: 'value', apply: (r, v = '') => (r.job.output.format = oneOf(v === 'jpg' ? 'jpeg' : v, /** @type {const} */ (['png', 'jpeg', 'webp']), '--format')) },
  quality: { takes: 'value', apply: (r, v = '') => (r.job.output.quality = fraction(v, '--quality')) },
  background: { takes: 'value', apply: (r, v = '') => (r.job.output.background = background(v)) },
  projection: { takes: 'value', apply: (r, v = '') => (r.job.plan.projection = oneOf(v, /** @type {const} */ (['perspective', 'orthographic']), '--projection')) },
  up: { takes: 'value', apply: (r, v = '') => (r.job.plan.upAxis = oneOf(v, /** @type {const} */ (['y', 'z']), '--up')) },
  padding: { takes: 'value', apply: (r, v = '') => (r.job.plan.paddingPercent = finiteNumber(v, '--padding')) },
  'same-scale': { takes: 'flag', apply: (r) => (r.job.plan.sameScale = true) },
  supersample: { takes: 'value', apply: (r, v = '') => (r.job.output.supersample = /** @type {1 | 2 | 4} */ (Number(oneOf(v, /** @type {const} */ (['1', '2', '4']), '--supersample')))) },
  crop: { takes: 'optional', apply: (r, v) => (r.job.output.autoCropPaddingPercent = v === undefined ? DEFAULT_CROP_PADDING : finiteNumber(v, '--crop')) },
  passes: { takes: 'value', apply: (r, v = '') => (r.job.output.passes = passes(v)) },
  'contact-sheet': { takes: 'flag', apply: (r) => (r.job.output.contactSheet = true) },
  backend: { takes: 'value', apply: (r, v = '') => (r.backend = oneOf(v, /** @type {const} */ (['auto', 'webgpu', 'webgl2']), '--backend')) },
  zip: { takes: 'flag', apply: (r) => (r.job.zip = true) },
  help: { takes: 'flag', apply: (r) => (r.help = true) },
};

/** A number right after --crop is its padding; anything else is the next argument. @param {string | undefined} next */
const isCropValue = (next) => next !== undefined && /^\d+(\.\d+)?$/.test(next);

/** @param {string[]} argv the arguments after the script's name @returns {Run} */
export function parseArgs(argv) {
  const run = defaults();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      run.models.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') run.help = true;
    else if (!arg.startsWith('--')) run.models.push(arg);
    else {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const option = Object.hasOwn(OPTIONS, name) ? OPTIONS[name] : undefined;
      if (!option) throw new UsageError(`Unknown option ${arg.slice(0, eq < 0 ? undefined : eq)}.`);
      let value = eq < 0 ? undefined : arg.slice(eq + 1);
      if (option.takes === 'flag' && value !== undefined) throw new UsageError(`--${name} takes no value.`);
      if (option.takes === 'value' && value === undefined) {
        value = argv[++i];
        if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      }
      if (option.takes === 'optional' && value === undefined && isCropValue(argv[i + 1])) value = argv[++i];
      option.apply(run, value);
    }
  }
  if (!run.help && run.models.length === 0) throw new UsageError('Name at least one model file.');
  if (run.out.trim() === '') throw new UsageError('--out needs a folder.');
  return run;
}
