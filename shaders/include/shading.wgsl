// Small shading pieces the style programs share: the normal turned toward the viewer, the same normal in view
// space, and wrapped diffuse light. Needs "frame".

// The interpolated normal (the eye direction for lines and points without one), flipped on back faces.
fn facingNormal(geometricNormal: vec3f, view: vec3f, frontFacing: bool) -> vec3f {
  let n = select(view, normalize(geometricNormal), dot(geometricNormal, geometricNormal) > 1e-12);
  return select(-n, n, frontFacing);
}

// x right, y up, z toward the viewer: what matcaps are indexed by.
fn viewSpaceNormal(worldNormal: vec3f) -> vec3f {
  let n = (frame.view * vec4f(worldNormal, 0.0)).xyz;
  return select(vec3f(0.0, 0.0, 1.0), normalize(n), dot(n, n) > 1e-20);
}

// Light that wraps past the terminator: wrap 0 is Lambert, 1 lights the whole sphere.
fn wrapDiffuse(NdotL: f32, wrap: f32) -> f32 {
  return clamp((NdotL + wrap) / (1.0 + wrap), 0.0, 1.0);
}
