// Per-frame uniforms (group 0): members mirror FRAME_LAYOUT in engine/render/frame-uniforms.ts.
struct Frame {
  viewProjection: mat4x4f,
  studioRotation: mat4x4f,
  studioUp: vec4f,
  cameraPosition: vec4f,
  cameraForward: vec4f,
  view: mat4x4f,
  depthRange: vec4f,
  viewport: vec4f,
  imagePixels: vec4f,
  exposure: vec4f,
  keyDirection: vec4f,
  keyColor: vec4f,
  sh: array<vec4f, 9>,
};

@group(0) @binding(0) var<uniform> frame: Frame;

// Unit vector from the surface toward the eye; orthographic views look along one direction everywhere.
fn viewDirection(worldPosition: vec3f) -> vec3f {
  let toEye = frame.cameraPosition.xyz - worldPosition;
  return select(-frame.cameraForward.xyz, normalize(toEye), frame.cameraPosition.w > 0.5);
}

// A fragment's position in the whole image, in image pixels from its top-left corner: the same on every tile and
// at every supersampling factor, for patterns and widths measured in pixels.
fn imagePixel(fragCoord: vec4f) -> vec2f {
  return (frame.viewport.xy + fragCoord.xy) / frame.imagePixels.z;
}
