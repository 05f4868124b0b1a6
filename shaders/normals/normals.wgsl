// Normals pass: the interpolated surface normal in view space (x right, y up, z toward the viewer), turned
// toward the viewer on back faces, encoded as rgb = n * 0.5 + 0.5. Normal maps are not applied.
// normals.vert.glsl and normals.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"

fn encodeViewNormal(worldNormal: vec3f, frontFacing: bool) -> vec4f {
  let side = select(-1.0, 1.0, frontFacing);
  let n = (frame.view * vec4f(worldNormal * side, 0.0)).xyz;
  let unit = select(vec3f(0.0, 0.0, 1.0), normalize(n), dot(n, n) > 1e-20);
  return vec4f(unit * 0.5 + 0.5, 1.0);
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  if (isCutAway(baseColorAlpha(varyings.uv0, varyings.uv1, varyings.color))) {
    discard;
  }
  return encodeViewNormal(varyings.normal, frontFacing);
}
