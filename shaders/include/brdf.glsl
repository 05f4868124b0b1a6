// glTF metallic-roughness BRDF pieces: GGX distribution, height-correlated Smith visibility, Schlick Fresnel,
// and Karis' analytic fit of the split-sum environment BRDF.
const float PI = 3.141592653589793;

float distributionGgx(float NdotH, float alpha) {
  float a2 = alpha * alpha;
  float f = NdotH * NdotH * (a2 - 1.0) + 1.0;
  return a2 / (PI * f * f);
}

float visibilitySmithGgxCorrelated(float NdotL, float NdotV, float alpha) {
  float a2 = alpha * alpha;
  float lambdaV = NdotL * sqrt(NdotV * NdotV * (1.0 - a2) + a2);
  float lambdaL = NdotV * sqrt(NdotL * NdotL * (1.0 - a2) + a2);
  float sum = lambdaV + lambdaL;
  return sum > 0.0 ? 0.5 / sum : 0.0;
}

// The fifth power as products: pow is a log and an exp, emulated on software rasterisers.
vec3 fresnelSchlick(vec3 f0, float VdotH) {
  float x = clamp(1.0 - VdotH, 0.0, 1.0);
  float x2 = x * x;
  return f0 + (vec3(1.0) - f0) * (x2 * x2 * x);
}

// Karis 2014, "Physically Based Shading on Mobile": scale and bias of f0 integrated over the hemisphere.
vec3 envBrdfApprox(vec3 f0, float roughness, float NdotV) {
  const vec4 c0 = vec4(-1.0, -0.0275, -0.572, 0.022);
  const vec4 c1 = vec4(1.0, 0.0425, 1.04, -0.04);
  vec4 r = roughness * c0 + c1;
  float a004 = min(r.x * r.x, exp2(-9.28 * NdotV)) * r.x + r.y;
  vec2 ab = vec2(-1.04, 1.04) * a004 + r.zw;
  return f0 * ab.x + ab.y;
}
