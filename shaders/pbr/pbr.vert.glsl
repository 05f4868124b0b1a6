#version 300 es
// The default look, vertex stage: the GLSL twin of vs_main in pbr.wgsl (shaders/include/vertex.wgsl).
precision highp float;
precision highp int;
#include "frame"
#include "object"
#include "vertex"
