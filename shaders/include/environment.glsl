// The studio's light as the shaders read it, computed once per environment on the CPU: the diffuse harmonics
// (engine/render/irradiance-sh.ts) and the reflections pre-filtered per roughness (engine/render/environment-map.ts,
// whose constants and octahedral mapping these functions mirror). Needs "frame".

uniform sampler2D environmentMap;

const float ENVIRONMENT_LEVELS = 8.0;
const float ENVIRONMENT_TILE = 96.0;
const float ENVIRONMENT_RANGE = 16.0;

// A world direction in the studio frame, where the reflection map is laid out.
vec3 toStudio(vec3 direction) {
  return mat3(frame.studioRotation) * direction;
}

// Irradiance/π at a world-space normal, from the harmonics of engine/render/irradiance-sh.ts, which the CPU turns
// into world space each frame (engine/render/studio-to-world.ts).
vec3 irradianceSh(vec3 n) {
  vec3 e = frame.sh[0].rgb + frame.sh[1].rgb * n.y + frame.sh[2].rgb * n.z + frame.sh[3].rgb * n.x
    + frame.sh[4].rgb * (n.x * n.y) + frame.sh[5].rgb * (n.y * n.z) + frame.sh[6].rgb * (3.0 * n.z * n.z - 1.0)
    + frame.sh[7].rgb * (n.x * n.z) + frame.sh[8].rgb * (n.x * n.x - n.y * n.y);
  return max(e, vec3(0.0));
}

// Octahedral map coordinates in [-1, 1]² of a unit direction: +y at the centre, -y at the corners.
vec2 octahedralEncode(vec3 dir) {
  vec3 p = dir / (abs(dir.x) + abs(dir.y) + abs(dir.z));
  vec2 signs = vec2(p.x >= 0.0 ? 1.0 : -1.0, p.z >= 0.0 ? 1.0 : -1.0);
  return p.y >= 0.0 ? p.xz : (1.0 - abs(p.zx)) * signs;
}

// One roughness level's linear radiance at octahedral coordinates (RGBM, filtered; each level has a border).
vec3 environmentTexel(vec2 uv, float level) {
  float edge = ENVIRONMENT_TILE + 2.0;
  vec2 texel = (uv * 0.5 + 0.5) * ENVIRONMENT_TILE + 1.0;
  vec2 at = vec2(texel.x / edge, (level * edge + texel.y) / (edge * ENVIRONMENT_LEVELS));
  vec4 rgbm = textureLod(environmentMap, at, 0.0);
  return rgbm.rgb * (rgbm.a * ENVIRONMENT_RANGE);
}

// What a surface of this roughness reflects from a direction: the two levels around it, blended.
vec3 prefilteredRadiance(vec3 dir, float roughness) {
  vec2 uv = octahedralEncode(dir);
  float level = clamp(roughness, 0.0, 1.0) * (ENVIRONMENT_LEVELS - 1.0);
  float below = floor(level);
  float above = min(below + 1.0, ENVIRONMENT_LEVELS - 1.0);
  return mix(environmentTexel(uv, below), environmentTexel(uv, above), level - below);
}
