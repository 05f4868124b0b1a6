#version 300 es
// The line look's fragment stage: the GLSL twin of fs_main in lines.wgsl.
precision highp float;
precision highp int;
#include "style"

in vec4 vAcross;
out vec4 fragColor;

// The share of a pixel `x` pixels across the line that the line [low, high] covers (a one-pixel box filter).
float lineCoverage(float x, float low, float high) {
  return clamp(min(x + 0.5, high) - max(x - 0.5, low), 0.0, 1.0);
}

void main() {
  float coverage = lineCoverage(vAcross.x / vAcross.y, vAcross.z, vAcross.w);
  fragColor = vec4(style.params[2].rgb * coverage, coverage);
}
