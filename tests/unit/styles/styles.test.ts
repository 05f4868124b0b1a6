import { describe, expect, it } from 'vitest';
import { STYLE_REGISTRY, STYLES, findStyle, resolveParameters, type ParameterSpec, type Style } from '../../../engine/styles';
import { STYLE_LAYOUT } from '../../../engine/render/style-uniforms';
import { PROGRAMS } from '../../../engine/render/programs';

/** A value the spec must refuse, one per kind of mistake. */
function badValues(spec: ParameterSpec): unknown[] {
  switch (spec.kind) {
    case 'number':
      return [spec.min - 1, spec.max + 1, Number.NaN, Infinity, String(spec.default), null];
    case 'colour':
      return ['red', '#12345', '#1234567', 'ff0000', 0xff0000];
    case 'choice':
      return ['no-such-option', 1, ''];
    case 'boolean':
      return [1, 'true', null];
  }
}

/** Values that differ from the defaults, for packing something other than the defaults. */
function otherValues(style: Style): Record<string, unknown> {
  return Object.fromEntries(style.parameters.map((p) => {
    switch (p.kind) {
      case 'number':
        return [p.id, p.max];
      case 'colour':
        return [p.id, '#1a2B3c'];
      case 'choice':
        return [p.id, p.options[p.options.length - 1].value];
      case 'boolean':
        return [p.id, !p.default];
    }
  }));
}

describe('the style registry', () => {
  it('lists each style once, with a program that exists and parameters with unique ids', () => {
    const ids = STYLE_REGISTRY.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['pbr', 'clay', 'matcap', 'toon', 'unlit', 'normals', 'depth', 'silhouette', 'xray']));
    for (const style of STYLE_REGISTRY) {
      expect(PROGRAMS[style.program], style.id).toBeDefined();
      const names = style.parameters.map((p) => p.id);
      expect(new Set(names).size, style.id).toBe(names.length);
      expect(style.label.length, style.id).toBeGreaterThan(0);
    }
    expect(STYLES).toBe(STYLE_REGISTRY);
  });

  it.each(STYLE_REGISTRY.map((s) => [s.id, s] as const))('%s: defaults validate and pack within the Style block', (_id, style) => {
    const defaults = Object.fromEntries(style.parameters.map((p) => [p.id, p.default]));
    expect(resolveParameters(style, defaults)).toEqual(defaults);
    expect(resolveParameters(style)).toEqual(defaults);
    for (const values of [defaults, resolveParameters(style, otherValues(style))]) {
      // a larger array shows any write past the block
      const out = new Float32Array(STYLE_LAYOUT.floats * 2).fill(Number.NaN);
      out.fill(0, 0, STYLE_LAYOUT.floats);
      style.pack(values, out);
      expect(Array.from(out.subarray(STYLE_LAYOUT.floats)).every(Number.isNaN), style.id).toBe(true);
      expect(Array.from(out.subarray(0, STYLE_LAYOUT.floats)).every(Number.isFinite), style.id).toBe(true);
    }
  });

  it.each(STYLE_REGISTRY.filter((s) => s.parameters.length).map((s) => [s.id, s] as const))('%s: bad values throw a RangeError', (_id, style) => {
    for (const spec of style.parameters) {
      for (const bad of badValues(spec)) expect(() => resolveParameters(style, { [spec.id]: bad }), `${spec.id} = ${String(bad)}`).toThrow(RangeError);
    }
    expect(() => resolveParameters(style, { noSuchParameter: 1 })).toThrow(/no parameter "noSuchParameter"/);
  });

  it('refuses an unknown style and a fractional band count, in plain words', () => {
    const ids = STYLE_REGISTRY.map((s) => s.id).join(', ');
    expect(ids.startsWith('pbr, clay, matcap, toon, unlit, normals, depth, silhouette, xray')).toBe(true);
    expect(() => findStyle(STYLE_REGISTRY, 'sketchy')).toThrow(new RangeError(`There is no style "sketchy". The styles are: ${ids}.`));
    const toon = findStyle(STYLE_REGISTRY, 'toon');
    expect(() => resolveParameters(toon, { bands: 2.5 })).toThrow(/whole number from 2 to 8/);
    expect(() => resolveParameters(findStyle(STYLE_REGISTRY, 'unlit'), { colour: '#ffffff' })).toThrow(/has no parameters/);
  });

  it('packs colours as the shaders read them', () => {
    const out = new Float32Array(STYLE_LAYOUT.floats);
    const silhouette = findStyle(STYLE_REGISTRY, 'silhouette');
    silhouette.pack(resolveParameters(silhouette, { colour: '#ff8000' }), out);
    expect(Array.from(out.subarray(0, 3))).toEqual([1, Math.fround(128 / 255), 0]);
    const clay = findStyle(STYLE_REGISTRY, 'clay');
    clay.pack(resolveParameters(clay, { colour: '#808080' }), out);
    // linear: sRGB 128 is about 0.216
    expect(out[0]).toBeCloseTo(0.2158, 3);
  });

  it('gives the PBR style the studio at exposure 1 by default, and other environments on request', () => {
    const pbr = findStyle(STYLE_REGISTRY, 'pbr');
    const studio = pbr.lighting!(resolveParameters(pbr));
    expect(studio.exposure).toBe(1);
    const outdoor = pbr.lighting!(resolveParameters(pbr, { environment: 'outdoor', exposure: 2 }));
    expect(outdoor.environment).not.toBe(studio.environment);
    expect(outdoor.exposure).toBe(2);
  });
});
