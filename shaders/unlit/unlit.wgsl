// Unlit: the base colour (factor × texture × vertex colour) as it is, no light, no emissive.
// unlit.vert.glsl and unlit.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "color"
#include "material"
#include "vertex"

@fragment
fn fs_main(interpolated: VertexOutput) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let base = baseColorOf(varyings.uv0, varyings.uv1, varyings.color);
  if (isCutAway(base.a)) {
    discard;
  }
  let alpha = surfaceAlpha(base.a);
  return vec4f(srgbEncode(base.rgb) * alpha, alpha);
}
