// The vertex stage every surface program shares: world position, normal, tangent, uvs and colour.
// Needs the "frame" and "object" includes first. Each attribute but the position is compiled in only where the
// geometry has it, as in vertex.wgsl; fragment-inputs.glsl declares the stand-ins for the others.
layout(location = 0) in vec3 position;
#if NORMAL
layout(location = 1) in vec3 normal;
out vec3 vNormal;
#endif
#if TEXCOORD_0
layout(location = 2) in vec2 uv0;
out vec2 vUv0;
#endif
#if TEXCOORD_1
layout(location = 3) in vec2 uv1;
out vec2 vUv1;
#endif
#if TANGENT
layout(location = 4) in vec4 tangent;
out vec4 vTangent;
#endif
#if COLOR_0
layout(location = 5) in vec4 color;
out vec4 vColor;
#endif

out vec3 vWorldPosition;

void main() {
  vec4 world = obj.model * vec4(position, 1.0);
  gl_Position = frame.viewProjection * world;
  // Points are one pixel, as on WebGPU.
  gl_PointSize = 1.0;
  vWorldPosition = world.xyz;
#if NORMAL
  vNormal = (obj.normalMatrix * vec4(normal, 0.0)).xyz;
#endif
#if TEXCOORD_0
  vUv0 = uv0;
#endif
#if TEXCOORD_1
  vUv1 = uv1;
#endif
#if TANGENT
  // A mirrored world matrix flips the tangent frame's handedness.
  vTangent = vec4((obj.model * vec4(tangent.xyz, 0.0)).xyz, tangent.w * obj.params.x);
#endif
#if COLOR_0
  vColor = color;
#endif
}
