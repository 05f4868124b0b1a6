// Depth, to look at (the depth data pass is shaders/depth): grey from dark at the scene's nearest point to light
// at its farthest (frame.depthRange.zw, the bounding sphere along the view), or the reverse when
// style.params[0].x is 1. depth-ramp.vert.glsl and depth-ramp.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"
#include "style"

// Display grey, never black, so the nearest surface still stands out from a black background.
fn depthGrey(worldPosition: vec3f, invert: f32) -> f32 {
  let along = dot(worldPosition - frame.cameraPosition.xyz, frame.cameraForward.xyz);
  let t = clamp((along - frame.depthRange.z) / max(frame.depthRange.w - frame.depthRange.z, 1e-6), 0.0, 1.0);
  return mix(0.1, 0.95, select(t, 1.0 - t, invert > 0.5));
}

@fragment
fn fs_main(interpolated: VertexOutput) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let alphaIn = baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color);
  if (isCutAway(alphaIn)) {
    discard;
  }
  let alpha = surfaceAlpha(alphaIn);
  return vec4f(vec3f(depthGrey(varyings.worldPosition, style.params[0].x)) * alpha, alpha);
}
