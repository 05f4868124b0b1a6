// Per-object uniforms (group 2): members mirror OBJECT_LAYOUT in engine/render/object-uniforms.ts.
struct Object {
  model: mat4x4f,
  normalMatrix: mat4x4f,
  params: vec4f,
};

@group(2) @binding(0) var<uniform> obj: Object;
