// Depth pass: the distance along the view direction, linear from frame.depthRange.x (near) to .y (far), as a
// 16-bit value 1..65535 split over red (high byte) and green (low byte); 0 is left for the background.
// depth.vert.glsl and depth.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"

fn encodeDepth16(distance: f32) -> vec4f {
  let t = clamp((distance - frame.depthRange.x) / (frame.depthRange.y - frame.depthRange.x), 0.0, 1.0);
  let value = 1.0 + floor(t * 65534.0 + 0.5);
  let high = floor(value / 256.0);
  return vec4f(high / 255.0, (value - high * 256.0) / 255.0, 0.0, 1.0);
}

@fragment
fn fs_main(interpolated: VertexOutput) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  if (isCutAway(baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color))) {
    discard;
  }
  return encodeDepth16(dot(varyings.worldPosition - frame.cameraPosition.xyz, frame.cameraForward.xyz));
}
