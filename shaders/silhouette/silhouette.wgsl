// Silhouette: the object mask in one colour (style.params[0].rgb, display-ready) on the background.
// silhouette.vert.glsl and silhouette.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"
#include "style"

@fragment
fn fs_main(interpolated: VertexOutput) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  if (isCutAway(baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color))) {
    discard;
  }
  return vec4f(style.params[0].rgb, 1.0);
}
