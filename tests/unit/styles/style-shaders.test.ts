import { describe, expect, it } from 'vitest';
import { STYLE_REGISTRY } from '../../../engine/styles';
import { PROGRAMS } from '../../../engine/render/programs';
import { STYLE_LAYOUT } from '../../../engine/render/style-uniforms';
import { SHADER_INCLUDES } from '../../../engine/render/shader-library';

/** The entry points, and what the WGSL fragment stages read their inputs through (GLSL's are globals). */
const WGSL_ONLY = new Set(['vs_main', 'fs_main', 'surfaceVaryings']);

function wgslFunctions(source: string): string[] {
  return [...new Set([...source.matchAll(/\bfn\s+(\w+)\s*\(/g)].map((m) => m[1]))].filter((n) => !WGSL_ONLY.has(n)).sort();
}

function glslFunctions(...sources: string[]): string[] {
  const defined = /^(?:float|vec[234]|mat[234]|bool|int|void)\s+(\w+)\s*\(/gm;
  return [...new Set(sources.flatMap((s) => [...s.matchAll(defined)].map((m) => m[1])))].filter((n) => n !== 'main').sort();
}

describe('style shaders', () => {
  it.each(STYLE_REGISTRY.map((s) => [s.id, s.program] as const))('%s: resolved in both languages, with entry points and the same functions', (_id, programId) => {
    const { shader } = PROGRAMS[programId];
    for (const source of [shader.wgsl, shader.glslVertex, shader.glslFragment]) expect(source).not.toMatch(/#include/);
    expect(shader.wgsl).toMatch(/@vertex\s+fn vs_main\(/);
    expect(shader.wgsl).toMatch(/@fragment\s+fn fs_main\(/);
    for (const source of [shader.glslVertex, shader.glslFragment]) {
      expect(source.startsWith('#version 300 es\n')).toBe(true);
      expect(source).toMatch(/void main\(\)/);
    }
    expect(glslFunctions(shader.glslVertex, shader.glslFragment)).toEqual(wgslFunctions(shader.wgsl));
  });

  it('declares the Style block as STYLE_LAYOUT says, in group 0 binding 1', () => {
    const members = STYLE_LAYOUT.members.map((m) => `${m.name}[${m.count ?? 1}]`);
    expect(members).toEqual(['params[4]']);
    expect(SHADER_INCLUDES.wgsl.style).toMatch(/struct Style \{\s*params: array<vec4f, 4>,\s*\}/);
    expect(SHADER_INCLUDES.wgsl.style).toMatch(/@group\(0\) @binding\(1\) var<uniform> style: Style;/);
    expect(SHADER_INCLUDES.glsl.style).toMatch(/uniform Style \{\s*vec4 params\[4\];\s*\} style;/);
  });

  it('reads style parameters only where a style packs them', () => {
    // programs that read the Style block include it; the data passes do not depend on any style
    for (const id of ['mask', 'depth', 'normals', 'pbr'] as const) expect(PROGRAMS[id].shader.wgsl).not.toMatch(/var<uniform> style/);
    for (const id of ['clay', 'matcap', 'toon', 'depth-ramp', 'silhouette', 'xray'] as const) expect(PROGRAMS[id].shader.glslFragment).toMatch(/uniform Style/);
  });
});
