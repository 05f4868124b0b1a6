// X-ray: every surface, front and back, see-through and added up (the program blends additively and writes no
// depth), most opaque where it is seen edge-on, as a fresnel term would be. style.params[0].rgb: the colour
// (display-ready); params[1].x: how sharply opacity gathers at the edges; params[1].y: opacity face-on.
// xray.vert.glsl and xray.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"
#include "style"
#include "shading"

fn xrayAlpha(n: vec3f, v: vec3f, sharpness: f32, faceOn: f32) -> f32 {
  let grazing = 1.0 - clamp(abs(dot(n, v)), 0.0, 1.0);
  return mix(faceOn, 1.0, pow(grazing, sharpness));
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let alphaIn = baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color);
  if (isCutAway(alphaIn)) {
    discard;
  }
  let view = viewDirection(varyings.worldPosition);
  let n = facingNormal(varyings.normal, view, frontFacing);
  let alpha = xrayAlpha(n, view, style.params[1].x, style.params[1].y) * surfaceAlpha(alphaIn);
  // premultiplied; the additive blend sums the layers
  return vec4f(style.params[0].rgb * alpha, alpha);
}
