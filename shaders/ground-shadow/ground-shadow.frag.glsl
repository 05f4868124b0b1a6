#version 300 es
// Ground shadow, fragment stage: the GLSL twin of fs_main in ground-shadow.wgsl.
precision highp float;
precision highp int;

layout(std140) uniform GroundShadow {
  vec4 center;
  vec4 axisU;
  vec4 axisV;
} ground;

uniform sampler2D groundShadowTexture;

in vec2 vUv;
out vec4 fragColor;

void main() {
  float darkness = texture(groundShadowTexture, vUv).r;
  fragColor = vec4(0.0, 0.0, 0.0, darkness * ground.center.w);
}
