// Studio lighting of a metallic-roughness surface: diffuse harmonics and pre-filtered specular from the
// environment (scaled by occlusion), plus the directional key light with GGX. Needs "frame", "brdf", "environment".

vec3 keyLight(vec3 N, vec3 V, vec3 diffuseColor, vec3 f0, float alpha) {
  vec3 L = frame.keyDirection.xyz;
  vec3 H = normalize(L + V);
  float NdotL = clamp(dot(N, L), 0.0, 1.0);
  float NdotV = clamp(dot(N, V), 1e-4, 1.0);
  float NdotH = clamp(dot(N, H), 0.0, 1.0);
  float VdotH = clamp(dot(V, H), 0.0, 1.0);
  vec3 F = fresnelSchlick(f0, VdotH);
  vec3 specular = F * (distributionGgx(NdotH, alpha) * visibilitySmithGgxCorrelated(NdotL, NdotV, alpha));
  vec3 diffuse = (vec3(1.0) - F) * diffuseColor / PI;
  return (diffuse + specular) * frame.keyColor.rgb * NdotL;
}

// N and V are unit world-space vectors (the key and harmonics arrive in world space); the result is linear scene
// radiance. Only the reflection is turned into the studio frame, to index the reflection map.
vec3 studioLighting(vec3 N, vec3 V, vec3 baseColor, float metallic, float roughness, float occlusion) {
  float NdotV = clamp(dot(N, V), 1e-4, 1.0);
  vec3 f0 = mix(vec3(0.04), baseColor, metallic);
  vec3 diffuseColor = baseColor * (1.0 - metallic);
  vec3 R = toStudio(reflect(-V, N));
  vec3 ambientDiffuse = irradianceSh(N) * diffuseColor;
  vec3 ambientSpecular = prefilteredRadiance(R, roughness) * envBrdfApprox(f0, roughness, NdotV);
  return (ambientDiffuse + ambientSpecular) * occlusion + keyLight(N, V, diffuseColor, f0, roughness * roughness);
}
