// View names become file names, so two views must never share one.

/** The names in order, a repeated one suffixed -2, -3… (skipping any suffix already taken). */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
    taken.add(unique);
    return unique;
  });
}

/** `value` as a decimal integer with at least `digits` digits, for names that sort in order. */
export function padIndex(value: number, digits: number): string {
  return String(value).padStart(digits, '0');
}
