// Pencil: the model drawn in graphite on paper. The studio light sets a tone per pixel; up to four layers of
// hatching (two diagonals, then horizontal, then vertical) fade in as the tone darkens. Strokes are laid out in
// image pixels (frame.imagePixel), so their spacing is the same at every image size, tile and supersampling.
// style.params[0].rgb: paper, [1].rgb: pencil (both linear), [2].x: stroke spacing in pixels, [2].y: darkness.
// pencil.vert.glsl and pencil.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "color"
#include "brdf"
#include "environment"
#include "lighting"
#include "material"
#include "vertex"
#include "style"
#include "shading"

// 0 (black) .. 1 (white): the grey a matte version of the surface would show under the studio, darkened by `darkness`.
fn pencilTone(n: vec3f, v: vec3f, base: vec3f, darkness: f32) -> f32 {
  let albedo = vec3f(0.45 + 0.4 * dot(base, vec3f(0.2126, 0.7152, 0.0722)));
  let radiance = studioLighting(n, v, albedo, 0.0, 0.8, 1.0) * frame.exposure.x;
  let grey = srgbEncode(toneMapPbrNeutral(radiance));
  let tone = dot(grey, vec3f(0.2126, 0.7152, 0.0722));
  return clamp(1.0 - darkness * (1.0 - tone), 0.0, 1.0);
}

// Graphite of one hatch layer at `pixel`: lines across `direction`, `spacing` pixels apart, about 1.2 px wide,
// with a slow wobble and a pressure that changes from stroke to stroke so the layer looks drawn by hand.
fn hatchLayer(pixel: vec2f, direction: vec2f, spacing: f32, seed: f32) -> f32 {
  let along = dot(pixel, vec2f(-direction.y, direction.x));
  let across = dot(pixel, direction) + 0.6 * sin(along * 0.07 + seed * 3.1);
  let d = across / spacing + seed;
  let gap = abs(fract(d) - 0.5) * spacing;
  let pressure = 0.8 + 0.2 * sin(floor(d) * 2.3 + seed * 5.7 + along * 0.013);
  return (1.0 - smoothstep(0.1, 1.1, gap)) * pressure;
}

// How much graphite covers `pixel` at a tone: each layer fades in over a short band below its threshold.
fn hatching(pixel: vec2f, tone: f32, spacing: f32) -> f32 {
  var ink = hatchLayer(pixel, vec2f(0.7071, 0.7071), spacing, 0.0) * (1.0 - smoothstep(0.8, 0.9, tone));
  ink = max(ink, hatchLayer(pixel, vec2f(0.7071, -0.7071), spacing, 0.37) * (1.0 - smoothstep(0.56, 0.66, tone)));
  ink = max(ink, hatchLayer(pixel, vec2f(0.0, 1.0), spacing, 0.61) * (1.0 - smoothstep(0.34, 0.44, tone)));
  ink = max(ink, hatchLayer(pixel, vec2f(1.0, 0.0), spacing, 0.83) * (1.0 - smoothstep(0.14, 0.24, tone)));
  return ink;
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
  let tone = pencilTone(n, view, base.rgb, style.params[2].y);
  let ink = hatching(imagePixel(varyings.clipPosition), tone, max(style.params[2].x, 1.0));
  let color = mix(style.params[0].rgb, style.params[1].rgb, ink);
  return vec4f(srgbEncode(color) * alpha, alpha);
}
