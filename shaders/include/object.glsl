// Per-object uniforms (group 2): members mirror OBJECT_LAYOUT in engine/render/object-uniforms.ts.
layout(std140) uniform Object {
  mat4 model;
  mat4 normalMatrix;
  vec4 params;
} obj;
