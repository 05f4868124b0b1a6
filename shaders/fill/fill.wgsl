// Fill: the surfaces under the line looks, in one colour. style.params[0]: rgb the colour display-ready, w 1 to
// shade it (then params[1].rgb is the same colour, linear) or 0 to fill it flat; params[1].w: the fill's opacity,
// where 0 paints nothing yet still hides the lines behind the surfaces (the pipeline blends but writes depth).
// fill.vert.glsl and fill.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "color"
#include "environment"
#include "material"
#include "vertex"
#include "style"
#include "shading"

// Soft light for a shaded fill: sky/ground hemisphere and a wrapped key, white, so the colour keeps its hue.
fn fillShade(N: vec3f) -> f32 {
  let hemisphere = mix(0.35, 0.75, dot(N, frame.studioUp.xyz) * 0.5 + 0.5);
  return hemisphere + 0.55 * wrapDiffuse(dot(N, frame.keyDirection.xyz), 0.5);
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let base = baseColorOf(varyings.uv0, varyings.uv1, varyings.color);
  if (isCutAway(base.a)) {
    discard;
  }
  let alpha = surfaceAlpha(base.a) * style.params[1].w;
  let view = viewDirection(varyings.worldPosition);
  let n = facingNormal(varyings.normal, view, frontFacing);
  let shaded = srgbEncode(toneMapPbrNeutral(style.params[1].rgb * fillShade(n)));
  let colour = select(style.params[0].rgb, shaded, style.params[0].w > 0.5);
  return vec4f(colour * alpha, alpha);
}
