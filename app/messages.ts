// Plain-words feedback: errors in the role="alert" box, everything else (and load warnings) in role="status".
export interface MessageView {
  error(text: string): void;
  clearError(): void;
  /** A short status line, with an optional list of warnings under it. */
  status(text: string, warnings?: readonly string[]): void;
  clearStatus(): void;
}

export function createMessageView(errorBox: HTMLElement, statusBox: HTMLElement): MessageView {
  return {
    error(text) {
      errorBox.textContent = text;
      errorBox.hidden = false;
    },
    clearError() {
      errorBox.hidden = true;
      errorBox.textContent = '';
    },
    status(text, warnings = []) {
      const line = document.createElement('span');
      line.textContent = text;
      const parts: Node[] = [line];
      if (warnings.length) {
        const list = document.createElement('ul');
        list.setAttribute('aria-label', 'Warnings');
        for (const warning of warnings) {
          const item = document.createElement('li');
          // textContent, never HTML: warnings quote names taken from the file
          item.textContent = warning;
          list.append(item);
        }
        parts.push(list);
      }
      statusBox.replaceChildren(...parts);
    },
    clearStatus() {
      statusBox.replaceChildren();
    },
  };
}
