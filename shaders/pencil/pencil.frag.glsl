#version 300 es
// The pencil style, fragment stage: the GLSL twin of fs_main in pencil.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "brdf"
#include "environment"
#include "lighting"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

// 0 (black) .. 1 (white): the grey a matte version of the surface would show under the studio, darkened by `darkness`.
float pencilTone(vec3 n, vec3 v, vec3 base, float darkness) {
  vec3 albedo = vec3(0.45 + 0.4 * dot(base, vec3(0.2126, 0.7152, 0.0722)));
  vec3 radiance = studioLighting(n, v, albedo, 0.0, 0.8, 1.0) * frame.exposure.x;
  vec3 grey = srgbEncode(toneMapPbrNeutral(radiance));
  float tone = dot(grey, vec3(0.2126, 0.7152, 0.0722));
  return clamp(1.0 - darkness * (1.0 - tone), 0.0, 1.0);
}

// Graphite of one hatch layer at `pixel`: lines across `direction`, `spacing` pixels apart, about 1.2 px wide,
// with a slow wobble and a pressure that changes from stroke to stroke so the layer looks drawn by hand.
float hatchLayer(vec2 pixel, vec2 direction, float spacing, float seed) {
  float along = dot(pixel, vec2(-direction.y, direction.x));
  float across = dot(pixel, direction) + 0.6 * sin(along * 0.07 + seed * 3.1);
  float d = across / spacing + seed;
  float gap = abs(fract(d) - 0.5) * spacing;
  float pressure = 0.8 + 0.2 * sin(floor(d) * 2.3 + seed * 5.7 + along * 0.013);
  return (1.0 - smoothstep(0.1, 1.1, gap)) * pressure;
}

// How much graphite covers `pixel` at a tone: each layer fades in over a short band below its threshold.
float hatching(vec2 pixel, float tone, float spacing) {
  float ink = hatchLayer(pixel, vec2(0.7071, 0.7071), spacing, 0.0) * (1.0 - smoothstep(0.8, 0.9, tone));
  ink = max(ink, hatchLayer(pixel, vec2(0.7071, -0.7071), spacing, 0.37) * (1.0 - smoothstep(0.56, 0.66, tone)));
  ink = max(ink, hatchLayer(pixel, vec2(0.0, 1.0), spacing, 0.61) * (1.0 - smoothstep(0.34, 0.44, tone)));
  ink = max(ink, hatchLayer(pixel, vec2(1.0, 0.0), spacing, 0.83) * (1.0 - smoothstep(0.14, 0.24, tone)));
  return ink;
}

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a);
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = facingNormal(vNormal, view, gl_FrontFacing);
  float tone = pencilTone(n, view, base.rgb, style.params[2].y);
  float ink = hatching(imagePixel(gl_FragCoord), tone, max(style.params[2].x, 1.0));
  vec3 color = mix(style.params[0].rgb, style.params[1].rgb, ink);
  fragColor = vec4(srgbEncode(color) * alpha, alpha);
}
