// The contract test's two shaders, in WGSL and GLSL ES 3.00, with the bind group layouts they declare.
import type { BindGroupLayout, ShaderSource } from '../../../engine/gpu/types';

/** One uniform colour; positions are clip-space xyz. */
export const flatShader: ShaderSource = {
  label: 'contract/flat',
  wgsl: /* wgsl */ `
struct Flat { color: vec4f };
@group(0) @binding(0) var<uniform> material: Flat;
@vertex fn vs_main(@location(0) position: vec3f) -> @builtin(position) vec4f {
  return vec4f(position, 1.0);
}
@fragment fn fs_main() -> @location(0) vec4f {
  return material.color;
}`,
  glslVertex: /* glsl */ `#version 300 es
layout(location = 0) in vec3 position;
void main() {
  gl_Position = vec4(position, 1.0);
}`,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
layout(std140) uniform Flat { vec4 color; };
out vec4 fragColor;
void main() {
  fragColor = color;
}`,
};

/** A new object each call, so the tests can show that equal layouts are interchangeable. */
export function flatLayout(): BindGroupLayout {
  return { group: 0, bindings: [{ binding: 0, kind: 'uniform', name: 'Flat' }] };
}

/** Samples a texture with uv from clip-space xy: uv (0,0) at the top-left of the image. */
export const texturedShader: ShaderSource = {
  label: 'contract/textured',
  wgsl: /* wgsl */ `
@group(0) @binding(0) var colorTexture: texture_2d<f32>;
@group(0) @binding(1) var colorSampler: sampler;
struct Varyings { @builtin(position) position: vec4f, @location(0) uv: vec2f };
@vertex fn vs_main(@location(0) position: vec2f) -> Varyings {
  var out: Varyings;
  out.position = vec4f(position, 0.0, 1.0);
  out.uv = vec2f(position.x * 0.5 + 0.5, 0.5 - position.y * 0.5);
  return out;
}
@fragment fn fs_main(in: Varyings) -> @location(0) vec4f {
  return textureSample(colorTexture, colorSampler, in.uv);
}`,
  glslVertex: /* glsl */ `#version 300 es
layout(location = 0) in vec2 position;
out vec2 uv;
void main() {
  gl_Position = vec4(position, 0.0, 1.0);
  uv = vec2(position.x * 0.5 + 0.5, 0.5 - position.y * 0.5);
}`,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
uniform sampler2D colorTexture;
in vec2 uv;
out vec4 fragColor;
void main() {
  fragColor = texture(colorTexture, uv);
}`,
};

export const texturedLayout: BindGroupLayout = {
  group: 0,
  bindings: [
    { binding: 0, kind: 'texture', name: 'colorTexture', sampler: 1 },
    { binding: 1, kind: 'sampler', name: 'colorSampler' },
  ],
};
