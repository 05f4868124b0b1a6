// Group 0, binding 1: the chosen style's parameters as its pack() wrote them (engine/styles/); rewritten only
// when the style or a parameter changes. Members mirror STYLE_LAYOUT in engine/render/style-uniforms.ts.
struct Style {
  params: array<vec4f, 4>,
};

@group(0) @binding(1) var<uniform> style: Style;
