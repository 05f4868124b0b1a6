// Clay: the model as if sculpted in one matte colour (style.params[0].rgb, linear), lit by a sky/ground
// hemisphere and a wrapped key light, with faces turned away from the viewer darkened as cavities would be.
// No extra pass: every term is a function of the normal. clay.vert.glsl and clay.frag.glsl are the same in GLSL.
#include "frame"
#include "object"
#include "color"
#include "environment"
#include "material"
#include "vertex"
#include "style"
#include "shading"

// Light reaching a clay surface, white, so the clay keeps its hue; N and V are unit world-space vectors.
fn clayShade(N: vec3f, V: vec3f) -> f32 {
  let hemisphere = mix(0.3, 0.7, dot(N, frame.studioUp.xyz) * 0.5 + 0.5);
  let key = 0.6 * wrapDiffuse(dot(N, frame.keyDirection.xyz), 0.5);
  // the facing ratio stands in for ambient occlusion: grazing faces sit in creases and behind curves
  let cavity = mix(0.55, 1.0, sqrt(clamp(dot(N, V), 0.0, 1.0)));
  return (hemisphere + key) * cavity;
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let base = baseColorOf(varyings.uv0, varyings.uv1, varyings.color);
  if (isCutAway(base.a)) {
    discard;
  }
  let alpha = surfaceAlpha(base.a);
  let view = viewDirection(varyings.worldPosition);
  let n = facingNormal(varyings.normal, view, frontFacing);
  let display = toneMapPbrNeutral(style.params[0].rgb * clayShade(n, view));
  return vec4f(srgbEncode(display) * alpha, alpha);
}
