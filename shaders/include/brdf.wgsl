// glTF metallic-roughness BRDF pieces: GGX distribution, height-correlated Smith visibility, Schlick Fresnel,
// and Karis' analytic fit of the split-sum environment BRDF.
const PI: f32 = 3.141592653589793;

fn distributionGgx(NdotH: f32, alpha: f32) -> f32 {
  let a2 = alpha * alpha;
  let f = NdotH * NdotH * (a2 - 1.0) + 1.0;
  return a2 / (PI * f * f);
}

fn visibilitySmithGgxCorrelated(NdotL: f32, NdotV: f32, alpha: f32) -> f32 {
  let a2 = alpha * alpha;
  let lambdaV = NdotL * sqrt(NdotV * NdotV * (1.0 - a2) + a2);
  let lambdaL = NdotV * sqrt(NdotL * NdotL * (1.0 - a2) + a2);
  let sum = lambdaV + lambdaL;
  return select(0.0, 0.5 / sum, sum > 0.0);
}

// The fifth power as products: pow is a log and an exp, emulated on software rasterisers.
fn fresnelSchlick(f0: vec3f, VdotH: f32) -> vec3f {
  let x = clamp(1.0 - VdotH, 0.0, 1.0);
  let x2 = x * x;
  return f0 + (vec3f(1.0) - f0) * (x2 * x2 * x);
}

// Karis 2014, "Physically Based Shading on Mobile": scale and bias of f0 integrated over the hemisphere.
fn envBrdfApprox(f0: vec3f, roughness: f32, NdotV: f32) -> vec3f {
  let c0 = vec4f(-1.0, -0.0275, -0.572, 0.022);
  let c1 = vec4f(1.0, 0.0425, 1.04, -0.04);
  let r = roughness * c0 + c1;
  let a004 = min(r.x * r.x, exp2(-9.28 * NdotV)) * r.x + r.y;
  let ab = vec2f(-1.04, 1.04) * a004 + r.zw;
  return f0 * ab.x + ab.y;
}
