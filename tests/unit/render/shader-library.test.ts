import { describe, expect, it } from 'vitest';
import { resolveIncludes, SHADER_INCLUDES } from '../../../engine/render/shader-library';
import { PBR_SHADER } from '../../../engine/render/pbr-program';

/** The entry points, and what the WGSL fragment stages read their inputs through (GLSL's are globals). */
const WGSL_ONLY = new Set(['vs_main', 'fs_main', 'surfaceVaryings']);

/** Names of the functions a source defines (those above aside, which differ by language). */
function wgslFunctions(source: string): string[] {
  return [...source.matchAll(/\bfn\s+(\w+)\s*\(/g)].map((m) => m[1]).filter((n) => !WGSL_ONLY.has(n)).sort();
}

function glslFunctions(source: string): string[] {
  const defined = /^(?:float|vec[234]|mat[234]|bool|int|void)\s+(\w+)\s*\(/gm;
  return [...source.matchAll(defined)].map((m) => m[1]).filter((n) => n !== 'main').sort();
}

describe('shader include resolver', () => {
  const includes = { a: 'A\n#include "b"', b: 'B', c: '#include "a"\n#include "b"\nC' };

  it('inlines nested includes once each', () => {
    expect(resolveIncludes('#include "c"\n#include "a"\nmain', 'wgsl', includes)).toBe('A\nB\n\nC\n\nmain');
  });

  it('throws on an unknown include', () => {
    expect(() => resolveIncludes('#include "nope"', 'glsl', includes)).toThrow(/nope/);
  });

  it('leaves no include in the PBR sources, and GLSL starts with its #version line', () => {
    for (const source of [PBR_SHADER.wgsl, PBR_SHADER.glslVertex, PBR_SHADER.glslFragment]) expect(source).not.toMatch(/#include/);
    expect(PBR_SHADER.glslVertex.startsWith('#version 300 es\n')).toBe(true);
    expect(PBR_SHADER.glslFragment.startsWith('#version 300 es\n')).toBe(true);
    expect(PBR_SHADER.wgsl).toMatch(/fn vs_main\(/);
    expect(PBR_SHADER.wgsl).toMatch(/fn fs_main\(/);
  });

  it('defines the same functions in WGSL and GLSL, include by include', () => {
    for (const name of Object.keys(SHADER_INCLUDES.wgsl)) {
      expect(glslFunctions(SHADER_INCLUDES.glsl[name]), name).toEqual(wgslFunctions(SHADER_INCLUDES.wgsl[name]));
    }
    expect(Object.keys(SHADER_INCLUDES.glsl).sort()).toEqual(Object.keys(SHADER_INCLUDES.wgsl).sort());
  });

  it('defines the same functions in the PBR program in both languages', () => {
    const glsl = [...new Set([...glslFunctions(PBR_SHADER.glslVertex), ...glslFunctions(PBR_SHADER.glslFragment)])].sort();
    expect(glsl).toEqual(wgslFunctions(PBR_SHADER.wgsl));
    expect(glsl).toContain('studioLighting');
    expect(glsl).toContain('toneMapPbrNeutral');
  });

  it('gives GL points a size of one pixel', () => {
    expect(PBR_SHADER.glslVertex).toMatch(/gl_PointSize\s*=\s*1\.0/);
  });
});
