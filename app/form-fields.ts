// Reads form fields as numbers and lists, showing a plain message next to each wrong one (never an exception).
import type { Vec3 } from '../engine';

export interface NumberRule {
  /** Inclusive bounds. */
  min?: number;
  max?: number;
  /** Exclusive bounds. */
  above?: number;
  below?: number;
  integer?: boolean;
}

export interface FieldProblem {
  input: HTMLInputElement;
  message: string;
}

/** Shows or clears the message under a field, linked by aria-describedby and flagged with aria-invalid. */
export function showFieldMessage(input: HTMLInputElement, message: string | null): void {
  const id = `${input.id}-message`;
  let box = document.getElementById(id);
  if (!box) {
    box = document.createElement('p');
    box.id = id;
    box.className = 'field-message';
    input.insertAdjacentElement('afterend', box);
  }
  box.textContent = message ?? '';
  box.hidden = !message;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((d) => d && d !== id);
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    described.push(id);
  } else {
    input.removeAttribute('aria-invalid');
  }
  if (described.length) input.setAttribute('aria-describedby', described.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** "a whole number from 16 to 16384", "a number above 0 and below 180". */
function ruleText(rule: NumberRule): string {
  const kind = rule.integer ? 'a whole number' : 'a number';
  const low = rule.min !== undefined ? `from ${rule.min}` : rule.above !== undefined ? `above ${rule.above}` : '';
  const high = rule.max !== undefined ? `to ${rule.max}` : rule.below !== undefined ? `below ${rule.below}` : '';
  if (low && high) return `${kind} ${low} ${rule.min !== undefined && rule.max !== undefined ? high : `and ${high}`}`;
  if (rule.above !== undefined) return `${kind} greater than ${rule.above}`;
  if (rule.min !== undefined) return `${kind} of at least ${rule.min}`;
  if (high) return `${kind} up to ${rule.max ?? rule.below}`;
  return kind;
}

function fits(value: number, rule: NumberRule): boolean {
  return (
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (rule.above === undefined || value > rule.above) &&
    (rule.below === undefined || value < rule.below)
  );
}

/** A number as people type it: "-12.5", "30", "1e3"; not empty, not "abc". */
function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

function quoted(text: string): string {
  return `“${text.length > 24 ? `${text.slice(0, 24)}…` : text}”`;
}

/** One pass over a form: every read shows or clears its field's message, and the first problem is kept. */
export class FieldReader {
  private problem: FieldProblem | null = null;

  get firstProblem(): FieldProblem | null {
    return this.problem;
  }

  get valid(): boolean {
    return this.problem === null;
  }

  number(input: HTMLInputElement, rule: NumberRule): number {
    const value = parseNumber(input.value);
    if (input.validity.badInput || Number.isNaN(value) || !fits(value, rule)) return this.fail(input, `Enter ${ruleText(rule)}.`);
    showFieldMessage(input, null);
    return value;
  }

  /** Empty means "not set". */
  optionalNumber(input: HTMLInputElement, rule: NumberRule): number | undefined {
    if (input.value.trim() === '' && !input.validity.badInput) {
      showFieldMessage(input, null);
      return undefined;
    }
    return this.number(input, rule);
  }

  /** Comma-separated numbers, each within the rule: "0, 30, 60". */
  list(input: HTMLInputElement, rule: NumberRule, maxLength: number): number[] {
    const parts = input.value.split(/[,;]|\s+(?=[-+.\d])/).map((p) => p.trim()).filter((p) => p !== '');
    if (!parts.length) return this.fail(input, 'Enter at least one number, separated by commas, like 0, 30, 60.', []);
    if (parts.length > maxLength) return this.fail(input, `Enter at most ${maxLength} numbers; this has ${parts.length}.`, []);
    const values: number[] = [];
    for (const part of parts) {
      const value = parseNumber(part);
      if (Number.isNaN(value)) return this.fail(input, `${quoted(part)} is not a number. Enter numbers separated by commas, like 0, 30, 60.`, []);
      if (!fits(value, rule)) return this.fail(input, `${quoted(part)} is out of range: each value must be ${ruleText(rule)}.`, []);
      values.push(value);
    }
    showFieldMessage(input, null);
    return values;
  }

  /** "x, y, z" or empty for "not set". */
  optionalVector(input: HTMLInputElement): Vec3 | undefined {
    const parts = input.value.split(/[,;\s]+/).filter((p) => p !== '');
    if (!parts.length) {
      showFieldMessage(input, null);
      return undefined;
    }
    const values = parts.map(parseNumber);
    if (values.length !== 3 || values.some((v) => !Number.isFinite(v))) return this.fail(input, 'Enter three numbers x, y, z separated by commas, like 0, 1, 0, or leave it empty.', undefined);
    showFieldMessage(input, null);
    return [values[0], values[1], values[2]];
  }

  private fail<T = number>(input: HTMLInputElement, message: string, fallback: T = Number.NaN as T): T {
    showFieldMessage(input, message);
    this.problem ??= { input, message };
    return fallback;
  }
}
