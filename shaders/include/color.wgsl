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

// The sRGB curve above its linear toe, 1.055·c^(1/2.4) − 0.055, as a minimax fit in c's square, fourth and eighth
// roots: within 3.2e-5 (1/120 of an 8-bit step) on [0.0031308, 1]. Square roots are single instructions where pow is
// a log and an exp, which software rasterisers emulate per channel (bench/results/README.md, shading cost).
fn srgbEncode(value: vec3f) -> vec3f {
  let c = clamp(value, vec3f(0.0), vec3f(1.0));
  let low = c * 12.92;
  let r2 = sqrt(c);
  let r4 = sqrt(r2);
  let r8 = sqrt(r4);
  let high = 0.65397602 * r2 + 0.68872780 * r4 - 0.31848402 * r8 - 0.02018553 * c - 0.00406551;
  return select(high, low, c <= vec3f(0.0031308));
}
