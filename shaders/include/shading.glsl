// Small shading pieces the style programs share: the normal turned toward the viewer, the same normal in view
// space, and wrapped diffuse light. Needs "frame".

// The interpolated normal (the eye direction for lines and points without one), flipped on back faces.
vec3 facingNormal(vec3 geometricNormal, vec3 view, bool frontFacing) {
  vec3 n = dot(geometricNormal, geometricNormal) > 1e-12 ? normalize(geometricNormal) : view;
  return frontFacing ? n : -n;
}

// x right, y up, z toward the viewer: what matcaps are indexed by.
vec3 viewSpaceNormal(vec3 worldNormal) {
  vec3 n = (frame.view * vec4(worldNormal, 0.0)).xyz;
  return dot(n, n) > 1e-20 ? normalize(n) : vec3(0.0, 0.0, 1.0);
}

// Light that wraps past the terminator: wrap 0 is Lambert, 1 lights the whole sphere.
float wrapDiffuse(float NdotL, float wrap) {
  return clamp((NdotL + wrap) / (1.0 + wrap), 0.0, 1.0);
}
