// WGSL's fragment stages take the shared VertexOutput (vertex.wgsl) as their argument and return their colour,
// so there is nothing to declare here; the GLSL twin declares the same inputs and the colour output.
