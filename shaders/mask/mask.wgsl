// Object mask: every surface the model draws is opaque white; the background keeps the clear colour.
// mask.vert.glsl and mask.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"

@fragment
fn fs_main(interpolated: VertexOutput) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  if (isCutAway(baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color))) {
    discard;
  }
  return vec4f(1.0);
}
