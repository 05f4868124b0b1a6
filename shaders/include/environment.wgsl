// The studio's light, analytic: a gradient dome plus soft boxes (engine/render/environment.ts is the
// TypeScript twin of domeRadiance and softBoxRadiance at blur 0; keep them equal). Needs "frame".

fn toStudio(direction: vec3f) -> vec3f {
  return (frame.studioRotation * vec4f(direction, 0.0)).xyz;
}

// blur widens the transitions: the dome as seen through a reflection lobe of that angular radius.
fn domeRadiance(dir: vec3f, blur: f32) -> vec3f {
  let skyT = smoothstep(-0.1 - blur, 1.0, dir.y);
  let groundT = smoothstep(-0.02 - 0.5 * blur, 0.25 + blur, -dir.y);
  return mix(mix(frame.horizonColor.rgb, frame.skyColor.rgb, skyT), frame.groundColor.rgb, groundT);
}

// Each box widened by blur keeps its power: radiance falls with the solid angle it spreads over.
fn softBoxRadiance(dir: vec3f, blur: f32) -> vec3f {
  var sum = vec3f(0.0);
  for (var i = 0; i < 3; i++) {
    let boxDir = frame.boxDirection[i];
    let radius = min(sqrt(boxDir.w * boxDir.w + blur * blur), 3.0);
    let edge = frame.boxColor[i].w + 0.5 * blur;
    let spread = (1.0 - cos(boxDir.w)) / (1.0 - cos(radius));
    let angle = acos(clamp(dot(dir, boxDir.xyz), -1.0, 1.0));
    sum += frame.boxColor[i].rgb * (spread * (1.0 - smoothstep(radius - edge, radius + edge, angle)));
  }
  return sum;
}

// Irradiance/π from the harmonics precomputed in engine/render/irradiance-sh.ts.
fn irradianceSh(n: vec3f) -> vec3f {
  let e = frame.sh[0].rgb + frame.sh[1].rgb * n.y + frame.sh[2].rgb * n.z + frame.sh[3].rgb * n.x
    + frame.sh[4].rgb * (n.x * n.y) + frame.sh[5].rgb * (n.y * n.z) + frame.sh[6].rgb * (3.0 * n.z * n.z - 1.0)
    + frame.sh[7].rgb * (n.x * n.z) + frame.sh[8].rgb * (n.x * n.x - n.y * n.y);
  return max(e, vec3f(0.0));
}

// Rough angular radius of the GGX reflection lobe (half-maximum of D about 0.64·alpha, plus tails).
fn reflectionLobeBlur(roughness: f32) -> f32 {
  return 2.6 * atan(0.64 * roughness * roughness);
}

// The environment pre-filtered for a roughness: blurred analytically, and the cosine-convolved
// harmonics for the roughest surfaces, whose lobe is nearly a cosine.
fn prefilteredRadiance(dir: vec3f, roughness: f32) -> vec3f {
  let blur = reflectionLobeBlur(roughness);
  let sharp = domeRadiance(dir, blur) + softBoxRadiance(dir, blur);
  return mix(sharp, irradianceSh(dir), smoothstep(0.55, 1.0, roughness));
}
