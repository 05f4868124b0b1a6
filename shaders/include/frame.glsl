// Per-frame uniforms (group 0): members mirror FRAME_LAYOUT in engine/render/frame-uniforms.ts.
layout(std140) uniform Frame {
  mat4 viewProjection;
  mat4 studioRotation;
  vec4 studioUp;
  vec4 cameraPosition;
  vec4 cameraForward;
  mat4 view;
  vec4 depthRange;
  vec4 viewport;
  vec4 imagePixels;
  vec4 exposure;
  vec4 keyDirection;
  vec4 keyColor;
  vec4 sh[9];
} frame;

// Unit vector from the surface toward the eye; orthographic views look along one direction everywhere.
vec3 viewDirection(vec3 worldPosition) {
  vec3 toEye = frame.cameraPosition.xyz - worldPosition;
  return frame.cameraPosition.w > 0.5 ? normalize(toEye) : -frame.cameraForward.xyz;
}

// A fragment's position in the whole image, in image pixels from its top-left corner: the same on every tile and
// at every supersampling factor, for patterns and widths measured in pixels. GL counts rows from the bottom.
vec2 imagePixel(vec4 fragCoord) {
  return vec2(frame.viewport.x + fragCoord.x, frame.viewport.y + frame.viewport.w - fragCoord.y) / frame.imagePixels.z;
}
