// OBJ statement arguments read straight from the line, so a 10 MB line costs one pass and no string per corner.

/** A face corner part that was not written ("1//3" has no texture coordinate). */
export const ABSENT = Number.NEGATIVE_INFINITY;

export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13;
}

/** How many whitespace-separated words follow `from`: one pass, no strings made. */
export function countWords(line: string, from: number): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < line.length; i++) {
    const blank = isBlank(line.charCodeAt(i));
    if (!blank && !inWord) count++;
    inWord = !blank;
  }
  return count;
}

/** Up to `max` whitespace-separated words after `from` (a vertex needs at most six numbers, whatever follows). */
export function words(line: string, from: number, max = Infinity): string[] {
  const out: string[] = [];
  let i = from;
  while (i < line.length && out.length < max) {
    while (i < line.length && isBlank(line.charCodeAt(i))) i++;
    const start = i;
    while (i < line.length && !isBlank(line.charCodeAt(i))) i++;
    if (i > start) out.push(line.slice(start, i));
  }
  return out;
}

/**
 * The corners of an f, l or p statement as raw (v, vt, vn) triples in `out`: the written integer, ABSENT
 * where a part is left out, NaN where it is not an integer.
 */
export function cornerRefs(line: string, from: number, out: number[]): number[] {
  out.length = 0;
  const n = line.length;
  let i = from;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (isBlank(c)) {
      i++;
      continue;
    }
    for (let slot = 0; slot < 3; slot++) {
      let sign = 1;
      let value = 0;
      let digits = 0;
      let spoiled = false;
      if (c === 45 || c === 43) {
        if (c === 45) sign = -1;
        c = line.charCodeAt(++i);
      }
      while (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        digits++;
        c = line.charCodeAt(++i);
      }
      // Anything else before the next '/' or blank spoils this part.
      while (i < n && c !== 47 && !isBlank(c)) {
        spoiled = true;
        c = line.charCodeAt(++i);
      }
      out.push(spoiled || (digits === 0 && sign < 0) ? NaN : digits === 0 ? (slot === 0 ? NaN : ABSENT) : sign * value);
      if (c === 47 && slot < 2) {
        c = line.charCodeAt(++i);
        continue;
      }
      // A fourth part ("1/2/3/4") is ignored with the rest of its word.
      while (i < n && !isBlank(line.charCodeAt(i))) i++;
      for (let s = slot + 1; s < 3; s++) out.push(ABSENT);
      break;
    }
  }
  return out;
}
