#version 300 es
// The matcap style, fragment stage: the GLSL twin of fs_main in matcap.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "color"
#include "material"
#include "style"
#include "shading"

#include "fragment-inputs"

// A soft light from the upper left, as matcaps are usually painted.
const vec3 MATCAP_LIGHT = vec3(-0.45, 0.6, 0.66);

// Soft red wax: wrapped diffuse, warm light scattered at the rim, a broad dull highlight.
vec3 matcapRedWax(vec3 n) {
  vec3 L = normalize(MATCAP_LIGHT);
  float diffuse = wrapDiffuse(dot(n, L), 0.6);
  float rim = pow(1.0 - clamp(n.z, 0.0, 1.0), 2.0);
  float highlight = pow(clamp(dot(n, normalize(L + vec3(0.0, 0.0, 1.0))), 0.0, 1.0), 24.0);
  return vec3(0.5, 0.035, 0.03) * (0.25 + 0.9 * diffuse) + vec3(0.35, 0.08, 0.05) * rim + vec3(0.3) * highlight;
}

// Chrome: a mirror of a bright sky over a dark ground, split by a sharp horizon, with a hot sun.
vec3 matcapChrome(vec3 n) {
  vec3 r = reflect(vec3(0.0, 0.0, -1.0), n);
  vec3 sky = mix(vec3(0.75, 0.8, 0.85), vec3(0.25, 0.4, 0.65), clamp(r.y, 0.0, 1.0));
  vec3 ground = mix(vec3(0.12, 0.1, 0.09), vec3(0.03, 0.03, 0.03), clamp(-r.y, 0.0, 1.0));
  vec3 world = mix(ground, sky, smoothstep(-0.03, 0.03, r.y));
  float sun = pow(clamp(dot(r, normalize(MATCAP_LIGHT)), 0.0, 1.0), 80.0);
  return world + vec3(4.0) * sun;
}

// Jade: green that glows from within where the surface faces the eye, deepening toward the rim, with a
// small glossy highlight.
vec3 matcapJade(vec3 n) {
  vec3 L = normalize(MATCAP_LIGHT);
  float facing = clamp(n.z, 0.0, 1.0);
  vec3 body = mix(vec3(0.01, 0.08, 0.04), vec3(0.16, 0.55, 0.3), facing * facing);
  float diffuse = wrapDiffuse(dot(n, L), 0.8);
  float highlight = pow(clamp(dot(n, normalize(L + vec3(0.0, 0.0, 1.0))), 0.0, 1.0), 90.0);
  return body * (0.55 + 0.6 * diffuse) + vec3(0.8) * highlight;
}

vec3 matcapColor(vec3 n, float which) {
  if (which < 0.5) {
    return matcapRedWax(n);
  }
  if (which < 1.5) {
    return matcapChrome(n);
  }
  return matcapJade(n);
}

void main() {
  vec4 base = baseColorOf(vUv0, vUv1, vColor);
  if (isCutAway(base.a)) {
    discard;
  }
  float alpha = surfaceAlpha(base.a);
  vec3 view = viewDirection(vWorldPosition);
  vec3 n = viewSpaceNormal(facingNormal(vNormal, view, gl_FrontFacing));
  vec3 display = toneMapPbrNeutral(matcapColor(n, style.params[0].x));
  fragColor = vec4(srgbEncode(display) * alpha, alpha);
}
