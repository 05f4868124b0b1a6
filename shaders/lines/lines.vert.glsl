#version 300 es
// The line look's vertex stage: the GLSL twin of vs_main in lines.wgsl.
precision highp float;
precision highp int;
#include "frame"
#include "object"
#include "style"

// x: which end (0, 1); y: which side (-1, 1)
layout(location = 0) in vec2 corner;
// xyz: end point; w: flags (1 boundary, 2 three or more faces)
layout(location = 1) in vec4 start;
// xyz: end point; w: angle between the face normals, degrees
layout(location = 2) in vec4 end;
layout(location = 3) in vec4 normalA;
layout(location = 4) in vec4 normalB;

// Outside the clip volume: an edge not shown collapses to a point there and draws nothing.
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);
// A segment crossing the eye plane is cut where w reaches this, so its ends stay in front of the camera.
const float NEAR_W = 1e-5;
// The quad reaches this many target pixels past each side of the line, for the partly covered pixels there.
const float FRINGE = 1.0;

// x: target pixels across the line times clip w, y: clip w (their ratio interpolates linearly on screen);
// z, w: where the line starts and ends across, in target pixels
out vec4 vAcross;

// Whether the style shows this edge: a silhouette has one face toward the eye and the other away.
bool edgeShown(float flags, float angle, float facingA, float facingB) {
  vec4 choice = style.params[3];
  bool boundary = abs(flags - 1.0) < 0.5;
  bool silhouette = !boundary && ((facingA > 0.0) != (facingB > 0.0));
  return choice.y > 0.5 || (silhouette && choice.z > 0.5) || (boundary && choice.w > 0.5) || (!boundary && angle > choice.x);
}

// World units per target pixel at a point of clip w (the camera's right axis maps to clip x).
float worldPerPixel(float clipW) {
  vec3 right = vec3(frame.view[0][0], frame.view[1][0], frame.view[2][0]);
  float scale = (frame.viewProjection * vec4(right, 0.0)).x * 0.5 * frame.viewport.z;
  return clipW / max(abs(scale), 1e-12);
}

// Target pixels from the image's centre, y up.
vec2 toPixels(vec4 clip) {
  return clip.xy / clip.w * 0.5 * frame.viewport.zw;
}

// The point moved toward the eye by `pixels` target pixels' worth, so a line on its own surface wins the depth test.
vec4 towardEye(vec3 world, float pixels) {
  vec4 clip = frame.viewProjection * vec4(world, 1.0);
  vec3 moved = world + viewDirection(world) * pixels * worldPerPixel(max(clip.w, NEAR_W));
  return frame.viewProjection * vec4(moved, 1.0);
}

void main() {
  vec3 world0 = (obj.model * vec4(start.xyz, 1.0)).xyz;
  vec3 world1 = (obj.model * vec4(end.xyz, 1.0)).xyz;
  vec3 middle = 0.5 * (world0 + world1);
  vec3 toEye = viewDirection(middle);
  vec3 nA = (obj.normalMatrix * vec4(normalA.xyz, 0.0)).xyz;
  vec3 nB = (obj.normalMatrix * vec4(normalB.xyz, 0.0)).xyz;
  float facingA = dot(nA, toEye);
  float facingB = dot(nB, toEye);
  float width = style.params[2].w * frame.imagePixels.z;
  vAcross = vec4(0.0, 1.0, 0.0, 0.0);
  if (!edgeShown(start.w, end.w, facingA, facingB) || width <= 0.0) {
    gl_Position = HIDDEN;
    return;
  }
  vec4 clip0 = towardEye(world0, width + 2.0 * FRINGE);
  vec4 clip1 = towardEye(world1, width + 2.0 * FRINGE);
  if (clip0.w < NEAR_W && clip1.w < NEAR_W) {
    gl_Position = HIDDEN;
    return;
  }
  if (clip0.w < NEAR_W) {
    clip0 = mix(clip0, clip1, (NEAR_W - clip0.w) / (clip1.w - clip0.w));
  }
  if (clip1.w < NEAR_W) {
    clip1 = mix(clip1, clip0, (NEAR_W - clip1.w) / (clip0.w - clip1.w));
  }
  vec2 pixels0 = toPixels(clip0);
  vec2 delta = toPixels(clip1) - pixels0;
  float len = length(delta);
  vec2 along = len > 1e-6 ? delta / len : vec2(1.0, 0.0);
  vec2 across = vec2(-along.y, along.x);
  // Outlines (not the wireframe) put a silhouette line wholly outside the shape, on the side the front face's
  // normal points to on screen: the inner half would sink behind the surface curving toward the eye.
  bool silhouette = (facingA > 0.0) != (facingB > 0.0) && abs(start.w - 1.0) >= 0.5;
  float low = -0.5 * width;
  float side = corner.y * (0.5 * width + FRINGE);
  float outward = 1.0;
  if (silhouette && style.params[3].y < 0.5) {
    vec3 front = facingA > 0.0 ? nA : nB;
    vec4 middleClip = frame.viewProjection * vec4(middle, 1.0);
    vec4 tipClip = frame.viewProjection * vec4(middle + normalize(front) * worldPerPixel(max(middleClip.w, NEAR_W)), 1.0);
    outward = dot(toPixels(tipClip) - toPixels(middleClip), across) >= 0.0 ? 1.0 : -1.0;
    low = 0.0;
    side = (corner.y * 0.5 + 0.5) * (width + 2.0 * FRINGE) - FRINGE;
  }
  // the ends reach half a width further, so lines meeting at a corner close it
  vec2 offset = across * outward * side + along * (corner.x * 2.0 - 1.0) * 0.5 * width;
  vec4 clip = corner.x > 0.5 ? clip1 : clip0;
  gl_Position = vec4(clip.xy + offset * 2.0 / frame.viewport.zw * clip.w, clip.zw);
  vAcross = vec4(side * clip.w, clip.w, low, low + width);
}
