// WGSL's fragment stages take the shared VertexOutput (vertex.wgsl) as their argument, read it through
// surfaceVaryings (which stands in for the attributes a geometry lacks) and return their colour, so there is
// nothing to declare here; the GLSL twin declares the same inputs and the colour output.
