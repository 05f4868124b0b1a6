// The Export panel's Styles group: one checkbox per engine style. The style being shown is ticked and follows the
// Style panel until the user ticks or unticks a box; from then on the set is theirs.
import { STYLES } from '../engine';

export interface ExportStyleChoice {
  /** The ticked style ids, in the engine's order. */
  chosen(): string[];
  /** The shown style changed: it alone is ticked, unless the user has chosen the set. */
  follow(currentId: string): void;
  /** Moves focus to the group's first box (when nothing is ticked). */
  focus(): void;
}

/** Builds the group from STYLES and places it before `before` (the Extra passes group). */
export function createExportStyleChoice(before: Element): ExportStyleChoice {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'field-group checks';
  fieldset.id = 'export-styles';
  const legend = document.createElement('legend');
  legend.textContent = 'Styles';
  const note = document.createElement('p');
  note.id = 'export-styles-note';
  note.className = 'note';
  note.textContent = 'Each ticked style gives its own image of every view, with the settings last chosen for it in the Style panel.';
  fieldset.setAttribute('aria-describedby', note.id);
  const boxes = STYLES.map((style) => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `export-style-${style.id}`;
    input.value = style.id;
    const label = document.createElement('label');
    label.className = 'check';
    label.append(input, ` ${style.label}`);
    return { input, label };
  });
  fieldset.append(legend, ...boxes.map((b) => b.label), note);
  before.before(fieldset);

  let userChosen = false;
  // only a person's click fires change: follow() sets .checked, which fires nothing
  fieldset.addEventListener('change', () => (userChosen = true));

  const tickOnly = (id: string) => {
    for (const { input } of boxes) input.checked = input.value === id;
  };
  tickOnly(STYLES[0].id);

  return {
    chosen: () => boxes.filter((b) => b.input.checked).map((b) => b.input.value),
    follow(currentId) {
      if (!userChosen) tickOnly(currentId);
    },
    focus: () => boxes[0]?.input.focus(),
  };
}
