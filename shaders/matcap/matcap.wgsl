// Matcap: a material captured as a function of the view-space normal alone, so it looks the same from every
// angle; style.params[0].x picks one of the procedural matcaps below (0 red wax, 1 chrome, 2 jade).
// matcap.vert.glsl and matcap.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "color"
#include "material"
#include "vertex"
#include "style"
#include "shading"

// A soft light from the upper left, as matcaps are usually painted.
const MATCAP_LIGHT = vec3f(-0.45, 0.6, 0.66);

// Soft red wax: wrapped diffuse, warm light scattered at the rim, a broad dull highlight.
fn matcapRedWax(n: vec3f) -> vec3f {
  let L = normalize(MATCAP_LIGHT);
  let diffuse = wrapDiffuse(dot(n, L), 0.6);
  let rim = pow(1.0 - clamp(n.z, 0.0, 1.0), 2.0);
  let highlight = pow(clamp(dot(n, normalize(L + vec3f(0.0, 0.0, 1.0))), 0.0, 1.0), 24.0);
  return vec3f(0.5, 0.035, 0.03) * (0.25 + 0.9 * diffuse) + vec3f(0.35, 0.08, 0.05) * rim + vec3f(0.3) * highlight;
}

// Chrome: a mirror of a bright sky over a dark ground, split by a sharp horizon, with a hot sun.
fn matcapChrome(n: vec3f) -> vec3f {
  let r = reflect(vec3f(0.0, 0.0, -1.0), n);
  let sky = mix(vec3f(0.75, 0.8, 0.85), vec3f(0.25, 0.4, 0.65), clamp(r.y, 0.0, 1.0));
  let ground = mix(vec3f(0.12, 0.1, 0.09), vec3f(0.03, 0.03, 0.03), clamp(-r.y, 0.0, 1.0));
  let world = mix(ground, sky, smoothstep(-0.03, 0.03, r.y));
  let sun = pow(clamp(dot(r, normalize(MATCAP_LIGHT)), 0.0, 1.0), 80.0);
  return world + vec3f(4.0) * sun;
}

// Jade: green that glows from within where the surface faces the eye, deepening toward the rim, with a
// small glossy highlight.
fn matcapJade(n: vec3f) -> vec3f {
  let L = normalize(MATCAP_LIGHT);
  let facing = clamp(n.z, 0.0, 1.0);
  let body = mix(vec3f(0.01, 0.08, 0.04), vec3f(0.16, 0.55, 0.3), facing * facing);
  let diffuse = wrapDiffuse(dot(n, L), 0.8);
  let highlight = pow(clamp(dot(n, normalize(L + vec3f(0.0, 0.0, 1.0))), 0.0, 1.0), 90.0);
  return body * (0.55 + 0.6 * diffuse) + vec3f(0.8) * highlight;
}

fn matcapColor(n: vec3f, which: f32) -> vec3f {
  if (which < 0.5) {
    return matcapRedWax(n);
  }
  if (which < 1.5) {
    return matcapChrome(n);
  }
  return matcapJade(n);
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
  let n = viewSpaceNormal(facingNormal(varyings.normal, view, frontFacing));
  let display = toneMapPbrNeutral(matcapColor(n, style.params[0].x));
  return vec4f(srgbEncode(display) * alpha, alpha);
}
