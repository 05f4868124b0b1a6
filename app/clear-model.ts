// Clear: the open model goes, all of it: its GPU memory (engine.setScene(null)), every reference the app kept, the
// downloads' object URLs, its warnings; the app is back where it starts before a model is opened.
import type { Engine } from '../engine';
import { revokeDownloadUrls } from './download';
import type { MessageView } from './messages';
import type { WarningsPanel } from './warnings-panel';

export interface ClearParts {
  engine(): Engine | null;
  /** Stops a load in progress, so its model never appears after the Clear. */
  cancelLoading(): void;
  /** Forgets the scene in the app's own state (the shown scene, the camera's framing, the views and the export). */
  forgetScene(): void;
  warnings: WarningsPanel;
  messages: MessageView;
  /** Draws the now empty view. */
  redraw(): void;
}

export const EMPTY_STATUS = 'No model is open. Open or drop a model to make images of it.';

export function clearModel(parts: ClearParts): void {
  parts.cancelLoading();
  parts.forgetScene();
  parts.engine()?.setScene(null);
  revokeDownloadUrls();
  parts.warnings.clear();
  parts.messages.clearError();
  parts.messages.status(EMPTY_STATUS);
  parts.redraw();
}
