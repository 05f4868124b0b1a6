// Ground shadow: a square on the ground under the model, black with the darkness the CPU computed
// (engine/render/ground-shadow-map.ts) times the opacity, premultiplied. Group 0 is the frame's, group 1 its own.
// ground-shadow.vert.glsl and ground-shadow.frag.glsl are the same shader in GLSL.
#include "frame"

struct GroundShadow {
  // xyz: the square's centre; w: opacity
  center: vec4f,
  // xyz: half the side along the texture's columns, then along its rows; u × v points up
  axisU: vec4f,
  axisV: vec4f,
};

@group(1) @binding(0) var<uniform> ground: GroundShadow;
@group(1) @binding(1) var groundShadowTexture: texture_2d<f32>;
@group(1) @binding(2) var groundShadowSampler: sampler;

struct GroundVaryings {
  @builtin(position) clipPosition: vec4f,
  @location(0) uv: vec2f,
};

// Two triangles, counter-clockwise seen from above, so the square is culled from below.
@vertex
fn vs_main(@builtin(vertex_index) index: u32) -> GroundVaryings {
  var corners = array<vec2f, 6>(vec2f(0.0, 0.0), vec2f(1.0, 0.0), vec2f(1.0, 1.0), vec2f(0.0, 0.0), vec2f(1.0, 1.0), vec2f(0.0, 1.0));
  let c = corners[index];
  let world = ground.center.xyz + (2.0 * c.x - 1.0) * ground.axisU.xyz + (2.0 * c.y - 1.0) * ground.axisV.xyz;
  var result: GroundVaryings;
  result.clipPosition = frame.viewProjection * vec4f(world, 1.0);
  result.uv = c;
  return result;
}

@fragment
fn fs_main(varyings: GroundVaryings) -> @location(0) vec4f {
  let darkness = textureSample(groundShadowTexture, groundShadowSampler, varyings.uv).r;
  return vec4f(0.0, 0.0, 0.0, darkness * ground.center.w);
}
