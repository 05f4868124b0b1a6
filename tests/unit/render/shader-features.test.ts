import { describe, expect, it } from 'vitest';
import { programFeatureNames, shaderFeatureNames, specializeShader, specializeSource, variantKey } from '../../../engine/render/shader-features';
import { materialFeatures, TEXTURE_SLOTS, TEXTURE_SLOT_FEATURES } from '../../../engine/render/material-uniforms';
import { PipelineCache, type PipelineKey } from '../../../engine/render/pipelines';
import { PROGRAM_IDS, PROGRAMS } from '../../../engine/render/programs';
import { ATTRIBUTE_FEATURES } from '../../../engine/render/vertex-attributes';
import { createFakeDevice } from './fake-device';

const ALL_SLOT_FEATURES = new Set(Object.values(TEXTURE_SLOT_FEATURES));
const ALL_ATTRIBUTE_FEATURES = new Set(Object.values(ATTRIBUTE_FEATURES));
const sorted = (...sets: Iterable<string>[]) => sets.flatMap((set) => [...set]).sort();

describe('shader variants: #if / #else / #endif', () => {
  const source = ['a', '#if X', 'x', '#else', 'not x', '#endif', '#if Y', 'y', '#if X', 'x and y', '#endif', '#endif', 'b'].join('\n');

  it('keeps the lines of the branches whose features are on, nested blocks included', () => {
    expect(specializeSource(source, new Set())).toBe('a\nnot x\nb');
    expect(specializeSource(source, new Set(['X']))).toBe('a\nx\nb');
    expect(specializeSource(source, new Set(['Y']))).toBe('a\nnot x\ny\nb');
    expect(specializeSource(source, new Set(['X', 'Y']))).toBe('a\nx\ny\nx and y\nb');
  });

  it('an #else inside a dropped block stays dropped', () => {
    const nested = ['#if A', '#if B', 'ab', '#else', 'a only', '#endif', '#endif'].join('\n');
    expect(specializeSource(nested, new Set(['B']))).toBe('');
    expect(specializeSource(nested, new Set(['A']))).toBe('a only');
  });

  it('refuses unbalanced or unnamed directives, naming the line', () => {
    expect(() => specializeSource('#if X\nx', new Set(), 't')).toThrow(/#if without #endif/);
    expect(() => specializeSource('x\n#endif', new Set(), 't')).toThrow(/line 2: #endif without #if/);
    expect(() => specializeSource('#if\nx\n#endif', new Set(), 't')).toThrow(/needs a feature name/);
    expect(() => specializeSource('#if X\n#else\n#else\n#endif', new Set(), 't')).toThrow(/second #else/);
  });
});

describe('surface programs and their variants', () => {
  it('test the same features in WGSL and GLSL, all of them texture slots or vertex attributes', () => {
    for (const id of PROGRAM_IDS) {
      const { shader } = PROGRAMS[id];
      const wgsl = shaderFeatureNames({ ...shader, glslVertex: '', glslFragment: '' });
      const glsl = shaderFeatureNames({ ...shader, wgsl: '' });
      expect(glsl, id).toEqual(wgsl);
      for (const name of wgsl) expect(ALL_SLOT_FEATURES.has(name) || ALL_ATTRIBUTE_FEATURES.has(name), `${id}: ${name}`).toBe(true);
      // every surface program shares the vertex stage, so every one varies by the attributes
      for (const name of ALL_ATTRIBUTE_FEATURES) expect(wgsl, id).toContain(name);
    }
    expect(shaderFeatureNames(PROGRAMS.pbr.shader)).toEqual(sorted(ALL_SLOT_FEATURES, ALL_ATTRIBUTE_FEATURES));
  });

  it('vary only by the slots they sample and the attributes the geometry has', () => {
    expect(programFeatureNames(PROGRAMS.pbr.shader)).toEqual(sorted(ALL_SLOT_FEATURES, ALL_ATTRIBUTE_FEATURES));
    expect(programFeatureNames(PROGRAMS.toon.shader)).toEqual(sorted(['BASE_COLOR_TEXTURE', 'EMISSIVE_TEXTURE'], ALL_ATTRIBUTE_FEATURES));
    expect(programFeatureNames(PROGRAMS.mask.shader)).toEqual(sorted(['BASE_COLOR_TEXTURE'], ALL_ATTRIBUTE_FEATURES));
  });

  it('sample exactly the textures of the material: none without textures, one per slot present', () => {
    const samples = (text: string, call: RegExp) => (text.match(call) ?? []).length;
    const bare = specializeShader(PROGRAMS.pbr.shader, new Set());
    expect(samples(bare.wgsl, /textureSample\(/g)).toBe(0);
    expect(samples(bare.glslFragment, /\btexture\(/g)).toBe(0);
    // without a normal map there is no tangent frame, and so no derivative
    expect(bare.wgsl).not.toMatch(/dpdx|dpdy/);
    expect(bare.glslFragment).not.toMatch(/dFdx|dFdy/);
    for (const slot of TEXTURE_SLOTS) {
      const one = specializeShader(PROGRAMS.pbr.shader, materialFeatures([slot]));
      expect(samples(one.wgsl, new RegExp(`textureSample\\(${slot}Texture`, 'g')), slot).toBe(1);
      expect(samples(one.wgsl, /textureSample\(/g), slot).toBe(1);
      expect(samples(one.glslFragment, /\btexture\(/g), slot).toBe(1);
    }
    const full = specializeShader(PROGRAMS.pbr.shader, ALL_SLOT_FEATURES);
    expect(samples(full.wgsl, /textureSample\(/g)).toBe(5);
    expect(full.wgsl).toMatch(/dpdx/);
    for (const variant of [bare, full]) {
      for (const text of [variant.wgsl, variant.glslVertex, variant.glslFragment]) expect(text).not.toMatch(/^[ \t]*#(if|else|endif)\b/m);
    }
  });

  it('are made once per set of features a program tests, and shared', () => {
    const a = specializeShader(PROGRAMS.pbr.shader, new Set(['BASE_COLOR_TEXTURE', 'SOMETHING_ELSE']));
    const b = specializeShader(PROGRAMS.pbr.shader, new Set(['BASE_COLOR_TEXTURE']));
    expect(a).toBe(b);
    expect(a.label).toBe('pbr+BASE_COLOR_TEXTURE');
    // the mask pass reads only the base colour's alpha: a normal map makes no variant of it
    expect(variantKey(PROGRAMS.mask.shader, ALL_SLOT_FEATURES)).toBe('BASE_COLOR_TEXTURE');
  });

  it('give a pipeline per program variant: materials with the same slots share one', () => {
    const { device, stats } = createFakeDevice();
    const cache = new PipelineCache(device);
    const key = (program: PipelineKey['program'], features: ReadonlySet<string>): PipelineKey =>
      ({ program, topology: 'triangle-list', alphaMode: 'OPAQUE', doubleSided: false, mirrored: false, sampleCount: 4, features });
    const plain = cache.get(key('pbr', materialFeatures([])));
    expect(cache.get(key('pbr', materialFeatures([])))).toBe(plain);
    const textured = cache.get(key('pbr', materialFeatures(['baseColor', 'normal'])));
    expect(textured).not.toBe(plain);
    expect(cache.get(key('pbr', materialFeatures(['normal', 'baseColor'])))).toBe(textured);
    // the mask pass ignores the normal map, so these two are one pipeline
    expect(cache.get(key('mask', materialFeatures(['normal'])))).toBe(cache.get(key('mask', materialFeatures([]))));
    expect(stats.pipelinesCreated).toBe(3);
  });
});
