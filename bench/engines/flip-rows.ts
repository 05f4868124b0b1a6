// GL reads rows bottom to top; the encoder wants them top to bottom (our WebGL2 backend pays the same flip).
export function flipRows(data: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(data.length);
  const row = width * 4;
  for (let y = 0; y < height; y++) out.set(data.subarray(y * row, y * row + row), (height - 1 - y) * row);
  return out;
}
