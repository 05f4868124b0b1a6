// Shaders for webgl2-smoke: three bind groups with uniforms and textures, and a per-vertex colour from a second
// vertex buffer. WGSL and GLSL ES 3.00 of each, so both backends draw them.
import type { BindGroupLayout, ShaderSource } from '../../../engine/gpu/types';

const fullScreenGlsl = /* glsl */ `#version 300 es
layout(location = 0) in vec2 position;
out vec2 uv;
void main() {
  gl_Position = vec4(position, 0.0, 1.0);
  uv = vec2(position.x * 0.5 + 0.5, 0.5 - position.y * 0.5);
}`;

const bindingsWgsl = /* wgsl */ `
struct Value { color: vec4f };
@group(0) @binding(0) var<uniform> frameValue: Value;
@group(1) @binding(0) var<uniform> materialValue: Value;
@group(1) @binding(1) var materialTexture: texture_2d<f32>;
@group(1) @binding(2) var materialSampler: sampler;
@group(2) @binding(3) var<uniform> objectValue: Value;
@group(2) @binding(0) var objectTexture: texture_2d<f32>;
@group(2) @binding(1) var objectSampler: sampler;
struct Varyings { @builtin(position) position: vec4f, @location(0) uv: vec2f };
@vertex fn vs_main(@location(0) position: vec2f) -> Varyings {
  var out: Varyings;
  out.position = vec4f(position, 0.0, 1.0);
  out.uv = vec2f(position.x * 0.5 + 0.5, 0.5 - position.y * 0.5);
  return out;
}`;

/** Five columns across the target: group 0's colour, group 1's colour, group 2's colour, group 1's texture, group 2's texture. */
export const allGroupsShader: ShaderSource = {
  label: 'smoke/all-groups',
  wgsl: `${bindingsWgsl}
@fragment fn fs_main(in: Varyings) -> @location(0) vec4f {
  let m = textureSample(materialTexture, materialSampler, in.uv);
  let o = textureSample(objectTexture, objectSampler, in.uv);
  var columns = array<vec4f, 5>(frameValue.color, materialValue.color, objectValue.color, m, o);
  return columns[min(u32(in.uv.x * 5.0), 4u)];
}`,
  glslVertex: fullScreenGlsl,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
layout(std140) uniform Frame { vec4 frameColor; };
layout(std140) uniform Material { vec4 materialColor; };
layout(std140) uniform PerObject { vec4 objectColor; };
uniform sampler2D materialTexture;
uniform sampler2D objectTexture;
in vec2 uv;
out vec4 fragColor;
void main() {
  vec4 columns[5] = vec4[5](frameColor, materialColor, objectColor, texture(materialTexture, uv), texture(objectTexture, uv));
  fragColor = columns[min(int(uv.x * 5.0), 4)];
}`,
};

/** Samples only group 2's texture, so its program gives that texture unit 0, which the first one gave group 1's. */
export const objectTextureShader: ShaderSource = {
  label: 'smoke/object-texture',
  wgsl: `${bindingsWgsl}
@fragment fn fs_main(in: Varyings) -> @location(0) vec4f {
  return textureSample(objectTexture, objectSampler, in.uv);
}`,
  glslVertex: fullScreenGlsl,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
uniform sampler2D objectTexture;
in vec2 uv;
out vec4 fragColor;
void main() {
  fragColor = texture(objectTexture, uv);
}`,
};

export const groupLayouts: BindGroupLayout[] = [
  { group: 0, bindings: [{ binding: 0, kind: 'uniform', name: 'Frame' }] },
  {
    group: 1,
    bindings: [
      { binding: 0, kind: 'uniform', name: 'Material' },
      { binding: 1, kind: 'texture', name: 'materialTexture', sampler: 2 },
      { binding: 2, kind: 'sampler', name: 'materialSampler' },
    ],
  },
  {
    group: 2,
    bindings: [
      { binding: 3, kind: 'uniform', name: 'PerObject' },
      { binding: 0, kind: 'texture', name: 'objectTexture', sampler: 1 },
      { binding: 1, kind: 'sampler', name: 'objectSampler' },
    ],
  },
];

/** Position (slot 0) and colour (slot 1) from separate vertex buffers. */
export const vertexColourShader: ShaderSource = {
  label: 'smoke/vertex-colour',
  wgsl: /* wgsl */ `
struct Varyings { @builtin(position) position: vec4f, @location(0) color: vec4f };
@vertex fn vs_main(@location(0) position: vec2f, @location(1) color: vec4f) -> Varyings {
  var out: Varyings;
  out.position = vec4f(position, 0.0, 1.0);
  out.color = color;
  return out;
}
@fragment fn fs_main(in: Varyings) -> @location(0) vec4f {
  return in.color;
}`,
  glslVertex: /* glsl */ `#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec4 color;
out vec4 vColor;
void main() {
  gl_Position = vec4(position, 0.0, 1.0);
  vColor = color;
}`,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
in vec4 vColor;
out vec4 fragColor;
void main() {
  fragColor = vColor;
}`,
};

/** Does not compile: used to show that GLSL errors are reported with the shader's label and the info log. */
export const brokenShader: ShaderSource = {
  label: 'smoke/broken',
  wgsl: '',
  glslVertex: vertexColourShader.glslVertex,
  glslFragment: /* glsl */ `#version 300 es
precision highp float;
out vec4 fragColor;
void main() {
  fragColor = undeclaredThing;
}`,
};
