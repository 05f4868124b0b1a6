// Display transform: Khronos PBR Neutral tone mapping, then the sRGB transfer function.

// Khronos PBR Neutral (2024): hue-preserving, exact below 0.76, so base colours survive as authored.
fn toneMapPbrNeutral(colorIn: vec3f) -> vec3f {
  let startCompression = 0.8 - 0.04;
  let desaturation = 0.15;
  let x = min(colorIn.r, min(colorIn.g, colorIn.b));
  let offset = select(0.04, x - 6.25 * x * x, x < 0.08);
  var color = colorIn - offset;
  let peak = max(color.r, max(color.g, color.b));
  if (peak < startCompression) {
    return color;
  }
  let d = 1.0 - startCompression;
  let newPeak = 1.0 - d * d / (peak + d - startCompression);
  color = color * (newPeak / peak);
  let g = 1.0 - 1.0 / (desaturation * (peak - newPeak) + 1.0);
  return mix(color, vec3f(newPeak), g);
}

fn srgbEncode(value: vec3f) -> vec3f {
  let c = clamp(value, vec3f(0.0), vec3f(1.0));
  let low = c * 12.92;
  let high = 1.055 * pow(max(c, vec3f(1e-7)), vec3f(1.0 / 2.4)) - 0.055;
  return select(high, low, c <= vec3f(0.0031308));
}
