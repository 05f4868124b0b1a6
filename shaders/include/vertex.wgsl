// The vertex stage every surface program shares: world position, normal, tangent, uvs and colour.
// Needs the "frame" and "object" includes first.
struct VertexInput {
  @location(0) position: vec3f,
  @location(1) normal: vec3f,
  @location(2) uv0: vec2f,
  @location(3) uv1: vec2f,
  @location(4) tangent: vec4f,
  @location(5) color: vec4f,
};

struct VertexOutput {
  @builtin(position) clipPosition: vec4f,
  @location(0) worldPosition: vec3f,
  @location(1) normal: vec3f,
  @location(2) uv0: vec2f,
  @location(3) uv1: vec2f,
  @location(4) tangent: vec4f,
  @location(5) color: vec4f,
};

@vertex
fn vs_main(attributes: VertexInput) -> VertexOutput {
  var result: VertexOutput;
  let world = obj.model * vec4f(attributes.position, 1.0);
  result.clipPosition = frame.viewProjection * world;
  result.worldPosition = world.xyz;
  result.normal = (obj.normalMatrix * vec4f(attributes.normal, 0.0)).xyz;
  // A mirrored world matrix flips the tangent frame's handedness.
  result.tangent = vec4f((obj.model * vec4f(attributes.tangent.xyz, 0.0)).xyz, attributes.tangent.w * obj.params.x);
  result.uv0 = attributes.uv0;
  result.uv1 = attributes.uv1;
  result.color = attributes.color;
  return result;
}
