// Where JSON text first breaks the grammar, as a line and column: JSON.parse's own messages differ per browser.

const enum Expect { Value, Key, Colon, AfterValue }

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** The index just past a string starting at `i`, or the negated index (minus one) of the bad character. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return -j - 1;
    if (c === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j++;
      } else {
        return -j - 1;
      }
    }
  }
  return -text.length - 1;
}

/** The offset of the first character that is not valid JSON, or -1 when the whole text is valid. Never recursive. */
export function jsonErrorOffset(text: string): number {
  const stack: number[] = [];
  let state = Expect.Value;
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return state === Expect.AfterValue && stack.length === 0 ? -1 : i;
    const c = text.charCodeAt(i);
    if (state === Expect.Value) {
      if (c === 123 || c === 91) {
        stack.push(c);
        i++;
        state = c === 123 ? Expect.Key : Expect.Value;
        justOpened = true;
        continue;
      }
      if (c === 93 && justOpened && stack[stack.length - 1] === 91) {
        stack.pop();
        i++;
        state = Expect.AfterValue;
        justOpened = false;
        continue;
      }
      if (c === 34) {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
      } else if (text.startsWith('false', i)) {
        i += 5;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return i;
        i = NUMBER.lastIndex;
      }
      state = Expect.AfterValue;
      justOpened = false;
    } else if (state === Expect.Key) {
      if (c === 125 && justOpened) {
        stack.pop();
        i++;
        state = Expect.AfterValue;
        justOpened = false;
        continue;
      }
      if (c !== 34) return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      state = Expect.Colon;
    } else if (state === Expect.Colon) {
      if (c !== 58) return i;
      i++;
      state = Expect.Value;
      justOpened = false;
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === 44) {
        i++;
        state = top === 123 ? Expect.Key : Expect.Value;
        justOpened = false;
      } else if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
        stack.pop();
        i++;
      } else {
        return i;
      }
    }
  }
}

/** Line and column (both from 1) of an offset in the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
