// The loading indicator: a labelled <progress> with a Cancel button, shown only while a model loads.
export interface ProgressView {
  show(what: string): void;
  /** 0..1; until the first call the bar is indeterminate. */
  update(fraction: number): void;
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
    show(what) {
      label.textContent = `Opening ${what}…`;
      bar.removeAttribute('value');
      bar.removeAttribute('aria-valuetext');
      container.hidden = false;
      container.setAttribute('aria-busy', 'true');
    },
    update(fraction) {
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
