// The vertex stage every surface program shares: world position, normal, tangent, uvs and colour.
// Needs the "frame" and "object" includes first. Each attribute but the position is compiled in only where the
// geometry has it (its feature, named as in glTF: engine/render/vertex-attributes.ts), so an absent one costs
// neither a fetch nor an interpolated varying; surfaceVaryings gives the fragment stages its stand-in instead.
struct VertexInput {
  @location(0) position: vec3f,
#if NORMAL
  @location(1) normal: vec3f,
#endif
#if TEXCOORD_0
  @location(2) uv0: vec2f,
#endif
#if TEXCOORD_1
  @location(3) uv1: vec2f,
#endif
#if TANGENT
  @location(4) tangent: vec4f,
#endif
#if COLOR_0
  @location(5) color: vec4f,
#endif
};

struct VertexOutput {
  @builtin(position) clipPosition: vec4f,
  @location(0) worldPosition: vec3f,
#if NORMAL
  @location(1) normal: vec3f,
#endif
#if TEXCOORD_0
  @location(2) uv0: vec2f,
#endif
#if TEXCOORD_1
  @location(3) uv1: vec2f,
#endif
#if TANGENT
  @location(4) tangent: vec4f,
#endif
#if COLOR_0
  @location(5) color: vec4f,
#endif
};

@vertex
fn vs_main(attributes: VertexInput) -> VertexOutput {
  var result: VertexOutput;
  let world = obj.model * vec4f(attributes.position, 1.0);
  result.clipPosition = frame.viewProjection * world;
  result.worldPosition = world.xyz;
#if NORMAL
  result.normal = (obj.normalMatrix * vec4f(attributes.normal, 0.0)).xyz;
#endif
#if TEXCOORD_0
  result.uv0 = attributes.uv0;
#endif
#if TEXCOORD_1
  result.uv1 = attributes.uv1;
#endif
#if TANGENT
  // A mirrored world matrix flips the tangent frame's handedness.
  result.tangent = vec4f((obj.model * vec4f(attributes.tangent.xyz, 0.0)).xyz, attributes.tangent.w * obj.params.x);
#endif
#if COLOR_0
  result.color = attributes.color;
#endif
  return result;
}

// What a fragment stage reads: every attribute, interpolated, or the stand-in for one the geometry lacks. A zero
// normal means "face the eye", a zero tangent "derive the frame from the screen", and a missing colour is white.
struct SurfaceVaryings {
  // The fragment's window position: @builtin(position), read in a fragment stage.
  clipPosition: vec4f,
  worldPosition: vec3f,
  normal: vec3f,
  uv0: vec2f,
  uv1: vec2f,
  tangent: vec4f,
  color: vec4f,
};

fn surfaceVaryings(interpolated: VertexOutput) -> SurfaceVaryings {
  var varyings = SurfaceVaryings(interpolated.clipPosition, interpolated.worldPosition, vec3f(0.0), vec2f(0.0), vec2f(0.0), vec4f(0.0), vec4f(1.0));
#if NORMAL
  varyings.normal = interpolated.normal;
#endif
#if TEXCOORD_0
  varyings.uv0 = interpolated.uv0;
#endif
#if TEXCOORD_1
  varyings.uv1 = interpolated.uv1;
#endif
#if TANGENT
  varyings.tangent = interpolated.tangent;
#endif
#if COLOR_0
  varyings.color = interpolated.color;
#endif
  return varyings;
}
