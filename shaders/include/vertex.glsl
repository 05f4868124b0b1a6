// The vertex stage every surface program shares: world position, normal, tangent, uvs and colour.
// Needs the "frame" and "object" includes first.
layout(location = 0) in vec3 position;
layout(location = 1) in vec3 normal;
layout(location = 2) in vec2 uv0;
layout(location = 3) in vec2 uv1;
layout(location = 4) in vec4 tangent;
layout(location = 5) in vec4 color;

out vec3 vWorldPosition;
out vec3 vNormal;
out vec2 vUv0;
out vec2 vUv1;
out vec4 vTangent;
out vec4 vColor;

void main() {
  vec4 world = obj.model * vec4(position, 1.0);
  gl_Position = frame.viewProjection * world;
  // Points are one pixel, as on WebGPU.
  gl_PointSize = 1.0;
  vWorldPosition = world.xyz;
  vNormal = (obj.normalMatrix * vec4(normal, 0.0)).xyz;
  // A mirrored world matrix flips the tangent frame's handedness.
  vTangent = vec4((obj.model * vec4(tangent.xyz, 0.0)).xyz, tangent.w * obj.params.x);
  vUv0 = uv0;
  vUv1 = uv1;
  vColor = color;
}
