// What the shared vertex stage (vertex.glsl) hands every surface fragment stage, and the one colour output;
// the GLSL side of surfaceVaryings in vertex.wgsl. An attribute the geometry lacks is a constant stand-in: a zero
// normal means "face the eye", a zero tangent "derive the frame from the screen", and a missing colour is white.
// Inputs a stage does not read cost nothing.
in vec3 vWorldPosition;
#if NORMAL
in vec3 vNormal;
#else
const vec3 vNormal = vec3(0.0);
#endif
#if TEXCOORD_0
in vec2 vUv0;
#else
const vec2 vUv0 = vec2(0.0);
#endif
#if TEXCOORD_1
in vec2 vUv1;
#else
const vec2 vUv1 = vec2(0.0);
#endif
#if TANGENT
in vec4 vTangent;
#else
const vec4 vTangent = vec4(0.0);
#endif
#if COLOR_0
in vec4 vColor;
#else
const vec4 vColor = vec4(1.0);
#endif

out vec4 fragColor;
