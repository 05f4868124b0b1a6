// Display transform: Khronos PBR Neutral tone mapping, then the sRGB transfer function.

// Khronos PBR Neutral (2024): hue-preserving, exact below 0.76, so base colours survive as authored.
vec3 toneMapPbrNeutral(vec3 colorIn) {
  const float startCompression = 0.8 - 0.04;
  const float desaturation = 0.15;
  float x = min(colorIn.r, min(colorIn.g, colorIn.b));
  float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
  vec3 color = colorIn - offset;
  float peak = max(color.r, max(color.g, color.b));
  if (peak < startCompression) {
    return color;
  }
  const float d = 1.0 - startCompression;
  float newPeak = 1.0 - d * d / (peak + d - startCompression);
  color = color * (newPeak / peak);
  float g = 1.0 - 1.0 / (desaturation * (peak - newPeak) + 1.0);
  return mix(color, vec3(newPeak), g);
}

// The sRGB curve above its linear toe, 1.055·c^(1/2.4) − 0.055, as a minimax fit in c's square, fourth and eighth
// roots: within 3.2e-5 (1/120 of an 8-bit step) on [0.0031308, 1]. Square roots are single instructions where pow is
// a log and an exp, which software rasterisers emulate per channel (bench/results/README.md, shading cost).
vec3 srgbEncode(vec3 value) {
  vec3 c = clamp(value, vec3(0.0), vec3(1.0));
  vec3 low = c * 12.92;
  vec3 r2 = sqrt(c);
  vec3 r4 = sqrt(r2);
  vec3 r8 = sqrt(r4);
  vec3 high = 0.65397602 * r2 + 0.68872780 * r4 - 0.31848402 * r8 - 0.02018553 * c - 0.00406551;
  return mix(high, low, vec3(lessThanEqual(c, vec3(0.0031308))));
}
