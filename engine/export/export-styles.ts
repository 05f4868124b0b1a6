// Several looks in one export: every style checked before anything renders, switched between images, and the
// style the user had put back afterwards, also after a failure or Cancel.
import type { CurrentStyle, Engine } from '../api';
import { findStyle, resolveParameters, STYLE_REGISTRY } from '../styles';

/** One look to export: a style id (see STYLES) and its parameters; those not given take their defaults. */
export interface ExportStyle {
  id: string;
  params?: Readonly<Record<string, unknown>>;
}

/** Throws a RangeError in plain words for an empty list, a style named twice, an unknown style or parameter, or a value out of range. */
export function checkExportStyles(styles: readonly ExportStyle[]): void {
  if (!Array.isArray(styles) || styles.length === 0) throw new RangeError('Choose at least one style to export.');
  const seen = new Set<string>();
  for (const style of styles) {
    resolveParameters(findStyle(STYLE_REGISTRY, style?.id), style.params);
    if (seen.has(style.id)) throw new RangeError(`The style "${style.id}" is chosen twice; each style is exported once.`);
    seen.add(style.id);
  }
}

/** The style's visible label ("Clay"), or its id when the registry lacks it. */
export function styleLabel(id: string): string {
  return STYLE_REGISTRY.find((s) => s.id === id)?.label ?? id;
}

export interface StyleSwitcher {
  use(style: ExportStyle): void;
  /** Puts back the style the engine had when the switcher was made, unless someone else chose a style meanwhile. */
  restore(): void;
}

/** Same id and values: the engine re-applies its style after a device recovery, so identity alone would not tell. */
function sameStyle(a: CurrentStyle, b: CurrentStyle): boolean {
  const keys = Object.keys(a.params);
  return a.id === b.id && keys.length === Object.keys(b.params).length && keys.every((k) => a.params[k] === b.params[k]);
}

export function createStyleSwitcher(engine: Engine): StyleSwitcher {
  const before: CurrentStyle = engine.style;
  let set: CurrentStyle | null = null;
  return {
    use(style) {
      engine.setStyle(style.id, style.params);
      set = engine.style;
    },
    restore() {
      // a style chosen during the export (the user's own) is left as it is
      if (set === null || !sameStyle(engine.style, set)) return;
      set = null;
      try {
        engine.setStyle(before.id, before.params);
      } catch {
        // only a destroyed engine refuses its own earlier style, and it has no style left to keep
      }
    },
  };
}
