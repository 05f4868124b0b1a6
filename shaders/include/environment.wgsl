// The studio's light as the shaders read it, computed once per environment on the CPU: the diffuse harmonics
// (engine/render/irradiance-sh.ts) and the reflections pre-filtered per roughness (engine/render/environment-map.ts,
// whose constants and octahedral mapping these functions mirror). Needs "frame".

@group(0) @binding(2) var environmentMap: texture_2d<f32>;
@group(0) @binding(3) var environmentSampler: sampler;

const ENVIRONMENT_LEVELS: f32 = 8.0;
const ENVIRONMENT_TILE: f32 = 96.0;
const ENVIRONMENT_RANGE: f32 = 16.0;

// A world direction in the studio frame, where the reflection map is laid out.
fn toStudio(direction: vec3f) -> vec3f {
  let r = frame.studioRotation;
  return mat3x3f(r[0].xyz, r[1].xyz, r[2].xyz) * direction;
}

// Irradiance/π at a world-space normal, from the harmonics of engine/render/irradiance-sh.ts, which the CPU turns
// into world space each frame (engine/render/studio-to-world.ts).
fn irradianceSh(n: vec3f) -> vec3f {
  let e = frame.sh[0].rgb + frame.sh[1].rgb * n.y + frame.sh[2].rgb * n.z + frame.sh[3].rgb * n.x
    + frame.sh[4].rgb * (n.x * n.y) + frame.sh[5].rgb * (n.y * n.z) + frame.sh[6].rgb * (3.0 * n.z * n.z - 1.0)
    + frame.sh[7].rgb * (n.x * n.z) + frame.sh[8].rgb * (n.x * n.x - n.y * n.y);
  return max(e, vec3f(0.0));
}

// Octahedral map coordinates in [-1, 1]² of a unit direction: +y at the centre, -y at the corners.
fn octahedralEncode(dir: vec3f) -> vec2f {
  let p = dir / (abs(dir.x) + abs(dir.y) + abs(dir.z));
  let signs = select(vec2f(-1.0), vec2f(1.0), p.xz >= vec2f(0.0));
  return select((1.0 - abs(p.zx)) * signs, p.xz, p.y >= 0.0);
}

// One roughness level's linear radiance at octahedral coordinates (RGBM, filtered; each level has a border).
fn environmentTexel(uv: vec2f, level: f32) -> vec3f {
  let edge = ENVIRONMENT_TILE + 2.0;
  let texel = (uv * 0.5 + 0.5) * ENVIRONMENT_TILE + 1.0;
  let at = vec2f(texel.x / edge, (level * edge + texel.y) / (edge * ENVIRONMENT_LEVELS));
  // an explicit level: the map has one, and the sample is then allowed in non-uniform control flow
  let rgbm = textureSampleLevel(environmentMap, environmentSampler, at, 0.0);
  return rgbm.rgb * (rgbm.a * ENVIRONMENT_RANGE);
}

// What a surface of this roughness reflects from a direction: the two levels around it, blended.
fn prefilteredRadiance(dir: vec3f, roughness: f32) -> vec3f {
  let uv = octahedralEncode(dir);
  let level = clamp(roughness, 0.0, 1.0) * (ENVIRONMENT_LEVELS - 1.0);
  let below = floor(level);
  let above = min(below + 1.0, ENVIRONMENT_LEVELS - 1.0);
  return mix(environmentTexel(uv, below), environmentTexel(uv, above), level - below);
}
