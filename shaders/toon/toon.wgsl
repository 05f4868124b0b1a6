// Toon: the base colour (factor × texture × vertex colour) under a key light quantised into style.params[0].x
// bands, the darkest at style.params[0].y of full light; emissive is added as it is. Outlines are a second pass
// (shaders/lines, engine/styles/toon.ts).
// toon.vert.glsl and toon.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "color"
#include "environment"
#include "material"
#include "vertex"
#include "style"
#include "shading"

// Half-Lambert light (0 facing away from the key, 1 facing it) cut into `bands` flat steps.
fn toonRamp(NdotL: f32, bands: f32, shadow: f32) -> f32 {
  let light = clamp(0.5 * NdotL + 0.5, 0.0, 1.0);
  let band = min(floor(light * bands), bands - 1.0);
  return mix(shadow, 1.0, band / max(bands - 1.0, 1.0));
}

@fragment
fn fs_main(interpolated: VertexOutput, @builtin(front_facing) frontFacing: bool) -> @location(0) vec4f {
  let varyings = surfaceVaryings(interpolated);
  let base = baseColorOf(varyings.uv0, varyings.uv1, varyings.color);
  let emissive = material.emissive.rgb * emissiveSample(varyings.uv0, varyings.uv1).rgb;
  if (isCutAway(base.a)) {
    discard;
  }
  let alpha = surfaceAlpha(base.a);
  let view = viewDirection(varyings.worldPosition);
  let n = facingNormal(varyings.normal, view, frontFacing);
  let shade = toonRamp(dot(n, frame.keyDirection.xyz), style.params[0].x, style.params[0].y);
  return vec4f(srgbEncode(base.rgb * shade + emissive) * alpha, alpha);
}
