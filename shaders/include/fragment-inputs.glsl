// What the shared vertex stage (vertex.glsl) hands every surface fragment stage, and the one colour output;
// the GLSL side of VertexOutput in vertex.wgsl. Inputs a stage does not read cost nothing.
in vec3 vWorldPosition;
in vec3 vNormal;
in vec2 vUv0;
in vec2 vUv1;
in vec4 vTangent;
in vec4 vColor;

out vec4 fragColor;
