// The Model warnings panel: what the loader and the GPU upload noticed about the open model, one item each,
// "None." when there is nothing to say.
export interface WarningsPanel {
  show(warnings: readonly string[]): void;
  clear(): void;
}

export function createWarningsPanel(list: HTMLUListElement, none: HTMLElement): WarningsPanel {
  function show(warnings: readonly string[]): void {
    list.replaceChildren(
      ...warnings.map((warning) => {
        const item = document.createElement('li');
        // textContent, never HTML: warnings quote names taken from the file
        item.textContent = warning;
        return item;
      }),
    );
    list.hidden = warnings.length === 0;
    none.hidden = warnings.length > 0;
  }
  return { show, clear: () => show([]) };
}
