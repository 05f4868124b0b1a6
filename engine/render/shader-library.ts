// Shader sources and a tiny `#include "name"` resolver: each include is inlined once, from
// shaders/include/<name>.wgsl or .glsl, so both languages share the same chunk names.
import brdfGlsl from '../../shaders/include/brdf.glsl?raw';
import brdfWgsl from '../../shaders/include/brdf.wgsl?raw';
import colorGlsl from '../../shaders/include/color.glsl?raw';
import colorWgsl from '../../shaders/include/color.wgsl?raw';
import environmentGlsl from '../../shaders/include/environment.glsl?raw';
import environmentWgsl from '../../shaders/include/environment.wgsl?raw';
import fragmentInputsGlsl from '../../shaders/include/fragment-inputs.glsl?raw';
import frameGlsl from '../../shaders/include/frame.glsl?raw';
import fragmentInputsWgsl from '../../shaders/include/fragment-inputs.wgsl?raw';
import frameWgsl from '../../shaders/include/frame.wgsl?raw';
import materialGlsl from '../../shaders/include/material.glsl?raw';
import materialWgsl from '../../shaders/include/material.wgsl?raw';
import lightingGlsl from '../../shaders/include/lighting.glsl?raw';
import lightingWgsl from '../../shaders/include/lighting.wgsl?raw';
import objectGlsl from '../../shaders/include/object.glsl?raw';
import objectWgsl from '../../shaders/include/object.wgsl?raw';
import shadingGlsl from '../../shaders/include/shading.glsl?raw';
import shadingWgsl from '../../shaders/include/shading.wgsl?raw';
import styleGlsl from '../../shaders/include/style.glsl?raw';
import styleWgsl from '../../shaders/include/style.wgsl?raw';
import vertexGlsl from '../../shaders/include/vertex.glsl?raw';
import vertexWgsl from '../../shaders/include/vertex.wgsl?raw';

export type ShaderLanguage = 'wgsl' | 'glsl';

export const SHADER_INCLUDES: Record<ShaderLanguage, Readonly<Record<string, string>>> = {
  wgsl: { 'fragment-inputs': fragmentInputsWgsl, brdf: brdfWgsl, color: colorWgsl, environment: environmentWgsl, frame: frameWgsl, lighting: lightingWgsl, material: materialWgsl, object: objectWgsl, shading: shadingWgsl, style: styleWgsl, vertex: vertexWgsl },
  glsl: { 'fragment-inputs': fragmentInputsGlsl, brdf: brdfGlsl, color: colorGlsl, environment: environmentGlsl, frame: frameGlsl, lighting: lightingGlsl, material: materialGlsl, object: objectGlsl, shading: shadingGlsl, style: styleGlsl, vertex: vertexGlsl },
};

const INCLUDE_LINE = /^[ \t]*#include[ \t]+"([\w-]+)"[ \t]*$/gm;

/** Inlines every `#include "name"` (nested ones too); a chunk already inlined is skipped, an unknown one throws. */
export function resolveIncludes(
  source: string,
  language: ShaderLanguage,
  includes: Readonly<Record<string, string>> = SHADER_INCLUDES[language],
  seen: Set<string> = new Set(),
): string {
  return source.replace(INCLUDE_LINE, (_line, name: string) => {
    if (seen.has(name)) return '';
    const chunk = includes[name];
    if (chunk === undefined) throw new Error(`Shader include "${name}" (${language}) does not exist in shaders/include/`);
    seen.add(name);
    return resolveIncludes(chunk, language, includes, seen);
  });
}
