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

vec3 srgbEncode(vec3 value) {
  vec3 c = clamp(value, vec3(0.0), vec3(1.0));
  vec3 low = c * 12.92;
  vec3 high = 1.055 * pow(max(c, vec3(1e-7)), vec3(1.0 / 2.4)) - 0.055;
  return mix(high, low, vec3(lessThanEqual(c, vec3(0.0031308))));
}
