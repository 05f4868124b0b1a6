// Lines: every mesh edge (engine/render/edges.ts) drawn as a screen-space quad, one instance per edge, whose width
// is style.params[2].w image pixels whatever the image's size, tiling or supersampling. Which edges show is decided
// here, per frame, from the edge's face normals and angle and style.params[3]: x: crease angle in degrees (edges
// bending more show), y: 1 every edge, z: 1 silhouettes, w: 1 boundaries. Colour: style.params[2].rgb, display-ready.
// Antialiased here, not by multisampling: each pixel's coverage is the share of it the line crosses, a function of the
// pixel centre's distance across the line, so both backends give the same pixels whatever their sample patterns.
// lines.vert.glsl and lines.frag.glsl are the same shader in GLSL.
#include "frame"
#include "object"
#include "style"

struct LineInput {
  // x: which end (0, 1); y: which side (-1, 1)
  @location(0) corner: vec2f,
  // xyz: end point; w: flags (1 boundary, 2 three or more faces)
  @location(1) start: vec4f,
  // xyz: end point; w: angle between the face normals, degrees
  @location(2) end: vec4f,
  @location(3) normalA: vec4f,
  @location(4) normalB: vec4f,
};

// Outside the clip volume: an edge not shown collapses to a point there and draws nothing.
const HIDDEN = vec4f(2.0, 2.0, 2.0, 1.0);
// A segment crossing the eye plane is cut where w reaches this, so its ends stay in front of the camera.
const NEAR_W = 1e-5;
// The quad reaches this many target pixels past each side of the line, for the partly covered pixels there.
const FRINGE = 1.0;

struct LineOutput {
  @builtin(position) position: vec4f,
  // x: target pixels across the line times clip w, y: clip w (their ratio interpolates linearly on screen);
  // z, w: where the line starts and ends across, in target pixels
  @location(0) across: vec4f,
};

// An edge not shown.
fn hiddenLine() -> LineOutput {
  var result: LineOutput;
  result.position = HIDDEN;
  result.across = vec4f(0.0, 1.0, 0.0, 0.0);
  return result;
}

// Whether the style shows this edge: a silhouette has one face toward the eye and the other away.
fn edgeShown(flags: f32, angle: f32, facingA: f32, facingB: f32) -> bool {
  let choice = style.params[3];
  let boundary = abs(flags - 1.0) < 0.5;
  let silhouette = !boundary && ((facingA > 0.0) != (facingB > 0.0));
  return choice.y > 0.5 || (silhouette && choice.z > 0.5) || (boundary && choice.w > 0.5) || (!boundary && angle > choice.x);
}

// World units per target pixel at a point of clip w (the camera's right axis maps to clip x).
fn worldPerPixel(clipW: f32) -> f32 {
  let right = vec3f(frame.view[0][0], frame.view[1][0], frame.view[2][0]);
  let scale = (frame.viewProjection * vec4f(right, 0.0)).x * 0.5 * frame.viewport.z;
  return clipW / max(abs(scale), 1e-12);
}

// Target pixels from the image's centre, y up.
fn toPixels(clip: vec4f) -> vec2f {
  return clip.xy / clip.w * 0.5 * frame.viewport.zw;
}

// The point moved toward the eye by `pixels` target pixels' worth, so a line on its own surface wins the depth test.
fn towardEye(world: vec3f, pixels: f32) -> vec4f {
  let clip = frame.viewProjection * vec4f(world, 1.0);
  let moved = world + viewDirection(world) * pixels * worldPerPixel(max(clip.w, NEAR_W));
  return frame.viewProjection * vec4f(moved, 1.0);
}

@vertex
fn vs_main(input: LineInput) -> LineOutput {
  let world0 = (obj.model * vec4f(input.start.xyz, 1.0)).xyz;
  let world1 = (obj.model * vec4f(input.end.xyz, 1.0)).xyz;
  let middle = 0.5 * (world0 + world1);
  let toEye = viewDirection(middle);
  let normalA = (obj.normalMatrix * vec4f(input.normalA.xyz, 0.0)).xyz;
  let normalB = (obj.normalMatrix * vec4f(input.normalB.xyz, 0.0)).xyz;
  let facingA = dot(normalA, toEye);
  let facingB = dot(normalB, toEye);
  let width = style.params[2].w * frame.imagePixels.z;
  if (!edgeShown(input.start.w, input.end.w, facingA, facingB) || width <= 0.0) {
    return hiddenLine();
  }
  var clip0 = towardEye(world0, width + 2.0 * FRINGE);
  var clip1 = towardEye(world1, width + 2.0 * FRINGE);
  if (clip0.w < NEAR_W && clip1.w < NEAR_W) {
    return hiddenLine();
  }
  if (clip0.w < NEAR_W) {
    clip0 = mix(clip0, clip1, (NEAR_W - clip0.w) / (clip1.w - clip0.w));
  }
  if (clip1.w < NEAR_W) {
    clip1 = mix(clip1, clip0, (NEAR_W - clip1.w) / (clip0.w - clip1.w));
  }
  let pixels0 = toPixels(clip0);
  let delta = toPixels(clip1) - pixels0;
  let span = length(delta);
  let along = select(vec2f(1.0, 0.0), delta / span, span > 1e-6);
  let across = vec2f(-along.y, along.x);
  // Outlines (not the wireframe) put a silhouette line wholly outside the shape, on the side the front face's
  // normal points to on screen: the inner half would sink behind the surface curving toward the eye.
  let silhouette = (facingA > 0.0) != (facingB > 0.0) && abs(input.start.w - 1.0) >= 0.5;
  var low = -0.5 * width;
  var side = input.corner.y * (0.5 * width + FRINGE);
  var outward = 1.0;
  if (silhouette && style.params[3].y < 0.5) {
    let front = select(normalB, normalA, facingA > 0.0);
    let middleClip = frame.viewProjection * vec4f(middle, 1.0);
    let tipClip = frame.viewProjection * vec4f(middle + normalize(front) * worldPerPixel(max(middleClip.w, NEAR_W)), 1.0);
    outward = select(-1.0, 1.0, dot(toPixels(tipClip) - toPixels(middleClip), across) >= 0.0);
    low = 0.0;
    side = (input.corner.y * 0.5 + 0.5) * (width + 2.0 * FRINGE) - FRINGE;
  }
  // the ends reach half a width further, so lines meeting at a corner close it
  let offset = across * outward * side + along * (input.corner.x * 2.0 - 1.0) * 0.5 * width;
  let clip = select(clip0, clip1, input.corner.x > 0.5);
  var result: LineOutput;
  result.position = vec4f(clip.xy + offset * 2.0 / frame.viewport.zw * clip.w, clip.zw);
  result.across = vec4f(side * clip.w, clip.w, low, low + width);
  return result;
}

// The share of a pixel `x` pixels across the line that the line [low, high] covers (a one-pixel box filter).
fn lineCoverage(x: f32, low: f32, high: f32) -> f32 {
  return clamp(min(x + 0.5, high) - max(x - 0.5, low), 0.0, 1.0);
}

@fragment
fn fs_main(input: LineOutput) -> @location(0) vec4f {
  let coverage = lineCoverage(input.across.x / input.across.y, input.across.z, input.across.w);
  return vec4f(style.params[2].rgb * coverage, coverage);
}
