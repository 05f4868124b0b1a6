// A progress indicator: a labelled <progress> with a Cancel button, shown only while long work (a load, an export) runs.
export interface ProgressView {
  /** The label says what is happening, in words: "Opening “box.glb”…". */
  show(label: string): void;
  /** 0..1; until the first call the bar is indeterminate. A label replaces the shown one. */
  update(fraction: number, label?: string): void;
  hide(): void;
}

export interface ProgressElements {
  container: HTMLElement;
  bar: HTMLProgressElement;
  label: HTMLElement;
  cancel: HTMLButtonElement;
}

export function createProgressView(elements: ProgressElements, onCancel: () => void): ProgressView {
  const { container, bar, label, cancel } = elements;
  cancel.addEventListener('click', onCancel);
  return {
    show(text) {
      label.textContent = text;
      bar.removeAttribute('value');
      bar.removeAttribute('aria-valuetext');
      container.hidden = false;
      container.setAttribute('aria-busy', 'true');
    },
    update(fraction, text) {
      if (text !== undefined && label.textContent !== text) label.textContent = text;
      const clamped = Math.min(Math.max(Number.isFinite(fraction) ? fraction : 0, 0), 1);
      bar.value = clamped;
      bar.setAttribute('aria-valuetext', `${Math.round(clamped * 100)} percent`);
    },
    hide() {
      container.hidden = true;
      container.removeAttribute('aria-busy');
    },
  };
}
