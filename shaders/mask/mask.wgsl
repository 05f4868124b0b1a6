// Object mask: every surface the model draws is opaque white; the background keeps the clear colour.
// mask.vert.glsl and mask.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "material"
#include "vertex"

@fragment
fn fs_main(varyings: VertexOutput) -> @location(0) vec4f {
  let baseUv = slotUv(0, material.texCoords0.x, varyings.uv0, varyings.uv1);
  let base = material.baseColorFactor * textureSample(baseColorTexture, baseColorSampler, baseUv) * varyings.color;
  if (isCutAway(base.a)) {
    discard;
  }
  return vec4f(1.0);
}
