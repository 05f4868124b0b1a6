// The command line's --style and --style-param read against the engine's own styles: plain errors for anything unknown.
import { describe, expect, it } from 'vitest';

// the Node side is JavaScript checked by app/cli's own config; here it is typed by hand
const parseArgsModule: string = '../../../app/cli/parse-args.mjs';
const { parseArgs } = (await import(parseArgsModule)) as { parseArgs: (argv: string[]) => { job: { styles: string; styleParams: string[] } } };

// the page-side reader takes the engine's public entry, whose WebGPU backend reads this browser global when loaded
(globalThis as { GPUShaderStage?: object }).GPUShaderStage ??= { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 };
const { parseStyles } = await import('../../../app/cli/parse-styles');

describe('--style and --style-param', () => {
  it('gives the default look with plain names when no style is asked for', () => {
    expect(parseStyles('', [])).toEqual({ styles: [{ id: 'pbr', params: {} }], styleName: undefined });
  });

  it('names a single other style, as the app does, and exports several without a single name', () => {
    expect(parseStyles('clay', [])).toEqual({ styles: [{ id: 'clay', params: {} }], styleName: 'clay' });
    expect(parseStyles('clay,toon', ['toon.bands=4', 'toon.shadow=0.25'])).toEqual({ styles: [{ id: 'clay', params: {} }, { id: 'toon', params: { bands: 4, shadow: 0.25 } }] });
  });

  it('refuses unknown styles and parameters, values out of range, and settings for a style not exported', () => {
    expect(() => parseStyles('clay,sepia', [])).toThrow('Unknown style "sepia" in --style. The styles are: pbr, clay');
    expect(() => parseStyles('toon', ['toon.stripes=2'])).toThrow('the toon style has no parameter "stripes"');
    expect(() => parseStyles('toon', ['toon.bands=many'])).toThrow('"bands" takes a number, not "many"');
    expect(() => parseStyles('toon', ['toon.bands=40'])).toThrow('must be a whole number from 2 to 8, not 40');
    expect(() => parseStyles('clay', ['toon.bands=4'])).toThrow('not among the styles exported (clay); add it to --style');
    expect(() => parseStyles('clay,clay', [])).toThrow('chosen twice');
  });

  it('collects the options from the command line, --style-param repeatable, and rejects a malformed one', () => {
    const run = parseArgs(['m.glb', '--style', 'clay, toon', '--style-param', 'toon.bands=4', '--style-param=toon.shadow=0.5']);
    expect(run.job.styles).toBe('clay,toon');
    expect(run.job.styleParams).toEqual(['toon.bands=4', 'toon.shadow=0.5']);
    expect(() => parseArgs(['m.glb', '--style-param', 'bands:4'])).toThrow('--style-param must be STYLE.PARAMETER=VALUE');
    expect(() => parseArgs(['m.glb', '--style', 'clay,,toon'])).toThrow('--style must be style names separated by commas');
  });
});
