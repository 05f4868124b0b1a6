#version 300 es
// The pencil style, vertex stage: the shared surface vertex stage (shaders/include/vertex.glsl).
precision highp float;
precision highp int;
#include "frame"
#include "object"
#include "vertex"
