// Files arrive two ways: the picker, or dropped onto the viewport (one or several at once).
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export interface FileInputElements {
  picker: HTMLInputElement;
  dropTarget: HTMLElement;
  /** Shown while files are dragged over the drop target. */
  dropOverlay: HTMLElement;
}

/** Calls `onFiles` with every chosen or dropped file; returns a function that removes the listeners. */
export function attachFileInput(elements: FileInputElements, onFiles: (files: File[]) => void): () => void {
  const { picker, dropTarget, dropOverlay } = elements;
  const controller = new AbortController();
  const options = { signal: controller.signal };
  // dragenter/dragleave fire for every child crossed: count them so the overlay does not flicker
  let depth = 0;
  const setOverlay = (visible: boolean) => {
    dropOverlay.hidden = !visible;
  };

  picker.addEventListener('change', () => {
    const files = Array.from(picker.files ?? []);
    // cleared so choosing the same file again still fires `change`
    picker.value = '';
    if (files.length) onFiles(files);
  }, options);

  dropTarget.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth++;
    setOverlay(true);
  }, options);

  dropTarget.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  }, options);

  dropTarget.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) setOverlay(false);
  }, options);

  dropTarget.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    setOverlay(false);
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) onFiles(files);
  }, options);

  // a file dropped beside the viewport must not make the browser navigate away to it
  for (const type of ['dragover', 'drop'] as const) {
    window.addEventListener(type, (event) => {
      if (carriesFiles(event)) event.preventDefault();
    }, options);
  }

  return () => controller.abort();
}
