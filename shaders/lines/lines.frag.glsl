#version 300 es
// The line look's fragment stage: the GLSL twin of fs_main in lines.wgsl.
precision highp float;
precision highp int;
#include "style"

out vec4 fragColor;

void main() {
  fragColor = vec4(style.params[2].rgb, 1.0);
}
