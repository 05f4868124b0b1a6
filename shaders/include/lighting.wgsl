// Studio lighting of a metallic-roughness surface: diffuse harmonics and pre-filtered specular from the
// environment (scaled by occlusion), plus the directional key light with GGX. Needs "frame", "brdf", "environment".

fn keyLight(N: vec3f, V: vec3f, diffuseColor: vec3f, f0: vec3f, alpha: f32) -> vec3f {
  let L = frame.keyDirection.xyz;
  let H = normalize(L + V);
  let NdotL = clamp(dot(N, L), 0.0, 1.0);
  let NdotV = clamp(dot(N, V), 1e-4, 1.0);
  let NdotH = clamp(dot(N, H), 0.0, 1.0);
  let VdotH = clamp(dot(V, H), 0.0, 1.0);
  let F = fresnelSchlick(f0, VdotH);
  let specular = F * (distributionGgx(NdotH, alpha) * visibilitySmithGgxCorrelated(NdotL, NdotV, alpha));
  let diffuse = (vec3f(1.0) - F) * diffuseColor / PI;
  return (diffuse + specular) * frame.keyColor.rgb * NdotL;
}

// N and V are unit world-space vectors (the key and harmonics arrive in world space); the result is linear scene
// radiance. Only the reflection is turned into the studio frame, to index the reflection map.
fn studioLighting(N: vec3f, V: vec3f, baseColor: vec3f, metallic: f32, roughness: f32, occlusion: f32) -> vec3f {
  let NdotV = clamp(dot(N, V), 1e-4, 1.0);
  let f0 = mix(vec3f(0.04), baseColor, metallic);
  let diffuseColor = baseColor * (1.0 - metallic);
  let R = toStudio(reflect(-V, N));
  let ambientDiffuse = irradianceSh(N) * diffuseColor;
  let ambientSpecular = prefilteredRadiance(R, roughness) * envBrdfApprox(f0, roughness, NdotV);
  return (ambientDiffuse + ambientSpecular) * occlusion + keyLight(N, V, diffuseColor, f0, roughness * roughness);
}
