import { describe, expect, it } from 'vitest';
import { FRAME_LAYOUT } from '../../../engine/render/frame-uniforms';
import { MATERIAL_LAYOUT } from '../../../engine/render/material-uniforms';
import { OBJECT_LAYOUT } from '../../../engine/render/object-uniforms';
import { PBR_SHADER } from '../../../engine/render/pbr-program';
import type { UniformLayout } from '../../../engine/render/uniform-layout';

type Member = [name: string, type: string, count: number];

function wgslStruct(source: string, name: string): Member[] {
  const body = source.match(new RegExp(`struct ${name} \\{([^}]*)\\}`))?.[1];
  if (!body) throw new Error(`no WGSL struct ${name}`);
  return [...body.matchAll(/(\w+)\s*:\s*(array<[^>]+>|[^,]+),/g)].map(([, n, t]) => {
    const array = t.match(/array<(\w+),\s*(\d+)>/);
    const type = (array ? array[1] : t.trim()).replace('vec4f', 'vec4').replace('mat4x4f', 'mat4');
    return [n, type, array ? Number(array[2]) : 1];
  });
}

function glslBlock(source: string, name: string): Member[] {
  const body = source.match(new RegExp(`uniform ${name} \\{([^}]*)\\}`))?.[1];
  if (!body) throw new Error(`no GLSL block ${name}`);
  return [...body.matchAll(/(\w+)\s+(\w+)(?:\[(\d+)\])?;/g)].map(([, t, n, c]) => [n, t, c ? Number(c) : 1]);
}

function expected(layout: UniformLayout): Member[] {
  return layout.members.map((m) => [m.name, m.type, m.count ?? 1]);
}

describe('uniform layouts agree with both shader languages', () => {
  it.each([
    ['Frame', FRAME_LAYOUT, PBR_SHADER.glslVertex],
    ['Object', OBJECT_LAYOUT, PBR_SHADER.glslVertex],
    ['Material', MATERIAL_LAYOUT, PBR_SHADER.glslFragment],
  ] as const)('%s', (name, layout, glsl) => {
    expect(wgslStruct(PBR_SHADER.wgsl, name)).toEqual(expected(layout));
    expect(glslBlock(glsl, name)).toEqual(expected(layout));
  });

  it('uses only vec4 and mat4 members and 16-byte multiples', () => {
    for (const layout of [FRAME_LAYOUT, OBJECT_LAYOUT, MATERIAL_LAYOUT]) {
      for (const m of layout.members) expect(['vec4', 'mat4']).toContain(m.type);
      expect(layout.bytes % 16).toBe(0);
    }
    expect(FRAME_LAYOUT.offsets.studioRotation).toBe(16);
    expect(FRAME_LAYOUT.offsets.sh).toBe(FRAME_LAYOUT.floats - 36);
  });

  it('declares the Frame block identically in both GLSL stages (a link requirement)', () => {
    expect(glslBlock(PBR_SHADER.glslFragment, 'Frame')).toEqual(glslBlock(PBR_SHADER.glslVertex, 'Frame'));
  });
});
