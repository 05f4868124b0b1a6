#version 300 es
// The fill under the line looks, vertex stage: the shared surface vertex stage (shaders/include/vertex.glsl).
precision highp float;
precision highp int;
#include "frame"
#include "object"
#include "vertex"
