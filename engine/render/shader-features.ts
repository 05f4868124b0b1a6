// Shader variants: `#if NAME` / `#else` / `#endif` lines in a program's sources keep or drop the lines between them,
// so a material without a texture in a slot gets a pipeline whose shader never samples it. On software rasterisers
// a branch on a uniform still costs the sample; a line that is not compiled costs nothing.
import type { ShaderSource } from '../gpu/types';
import { variantReads } from './vertex-attributes';

const DIRECTIVE = /^[ \t]*#(if|else|endif)\b[ \t]*([A-Z0-9_]*)[ \t]*$/;

/** The sources with every `#if` block resolved against `features`; unbalanced or unnamed directives throw. */
export function specializeSource(source: string, features: ReadonlySet<string>, label = 'shader'): string {
  const out: string[] = [];
  // One entry per open #if: whether its current branch is kept, given the blocks around it.
  const open: { kept: boolean; outerKept: boolean; inElse: boolean }[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = DIRECTIVE.exec(lines[i]);
    const keeping = open.length === 0 || open[open.length - 1].kept;
    if (!match) {
      if (keeping) out.push(lines[i]);
      continue;
    }
    const [, directive, name] = match;
    const where = `${label}, line ${i + 1}`;
    if (directive === 'if') {
      if (!name) throw new Error(`Shader ${where}: #if needs a feature name`);
      open.push({ kept: keeping && features.has(name), outerKept: keeping, inElse: false });
    } else {
      const top = open[open.length - 1];
      if (!top) throw new Error(`Shader ${where}: #${directive} without #if`);
      if (directive === 'else') {
        if (top.inElse) throw new Error(`Shader ${where}: a second #else`);
        top.inElse = true;
        top.kept = top.outerKept && !top.kept;
      } else {
        open.pop();
      }
    }
  }
  if (open.length) throw new Error(`Shader ${label}: #if without #endif`);
  return out.join('\n');
}

const featureNames = new WeakMap<ShaderSource, readonly string[]>();

/** Every feature name the sources test, sorted: the features that give the program a variant of its own. */
export function shaderFeatureNames(shader: ShaderSource): readonly string[] {
  const known = featureNames.get(shader);
  if (known) return known;
  const names = new Set<string>();
  for (const source of [shader.wgsl, shader.glslVertex, shader.glslFragment]) {
    for (const line of source.split('\n')) {
      const match = DIRECTIVE.exec(line);
      if (match?.[1] === 'if' && match[2]) names.add(match[2]);
    }
  }
  const sorted = [...names].sort();
  featureNames.set(shader, sorted);
  return sorted;
}

const usedFeatures = new WeakMap<ShaderSource, readonly string[]>();

/**
 * The features that change what the program computes: those it tests whose code it calls. A feature `NAME_TEXTURE`
 * guards the function `nameSample` (material.wgsl): a program that never calls it gets no variant for it.
 */
export function programFeatureNames(shader: ShaderSource): readonly string[] {
  let used = usedFeatures.get(shader);
  if (!used) {
    used = shaderFeatureNames(shader).filter((name) => {
      const sampler = sampleFunctionOf(name);
      return sampler === null || new RegExp(`(?<!fn )\\b${sampler}\\(`).test(shader.wgsl);
    });
    usedFeatures.set(shader, used);
  }
  return used;
}

/** BASE_COLOR_TEXTURE → baseColorSample; null for a feature that names no texture. */
function sampleFunctionOf(feature: string): string | null {
  const match = /^([A-Z0-9_]+)_TEXTURE$/.exec(feature);
  if (!match) return null;
  return match[1].toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + 'Sample';
}

/**
 * The features of `features` that the program uses, joined: what tells its variants apart. An attribute that only
 * compiled-out code would read is left out too (variantReads).
 */
export function variantKey(shader: ShaderSource, features: ReadonlySet<string>): string {
  const on = programFeatureNames(shader).filter((name) => features.has(name));
  return on.filter((name) => variantReads(name, on)).join('+');
}

const variants = new WeakMap<ShaderSource, Map<string, ShaderSource>>();

/** The program's variant for a set of features (only those it uses count), made once and then shared. */
export function specializeShader(shader: ShaderSource, features: ReadonlySet<string>): ShaderSource {
  let byKey = variants.get(shader);
  if (!byKey) variants.set(shader, (byKey = new Map()));
  const key = variantKey(shader, features);
  let variant = byKey.get(key);
  if (!variant) {
    const kept = new Set(key ? key.split('+') : []);
    const label = key ? `${shader.label}+${key}` : shader.label;
    variant = {
      label,
      wgsl: specializeSource(shader.wgsl, kept, `${label} (WGSL)`),
      glslVertex: specializeSource(shader.glslVertex, kept, `${label} (GLSL vertex)`),
      glslFragment: specializeSource(shader.glslFragment, kept, `${label} (GLSL fragment)`),
    };
    byKey.set(key, variant);
  }
  return variant;
}
