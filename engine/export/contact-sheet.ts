// Draws a contact sheet with a 2D OffscreenCanvas (browser or worker only; Node tests cover the layout).
import type { PixelData } from '../gpu/types';
import { checkRgba } from './check-pixels';
import { layoutContactSheet, fitInside, type ContactSheetLayoutOptions } from './contact-sheet-layout';
import { ExportError } from './export-errors';
import type { RgbColor } from './types';

export interface ContactSheetTile {
  image: PixelData;
  label: string;
}

export interface ContactSheetOptions extends Omit<ContactSheetLayoutOptions, 'count' | 'tileWidth' | 'tileHeight'> {
  /** Fill colour; null keeps the sheet transparent. Default white. */
  background?: RgbColor | null;
  /** CSS colour of the labels; default dark on light backgrounds, light on dark ones, mid grey on transparent. */
  labelColor?: string;
}

function css([r, g, b]: RgbColor): string {
  return `rgb(${r} ${g} ${b})`;
}

function defaultLabelColor(background: RgbColor | null): string {
  if (!background) return '#808080';
  const [r, g, b] = background;
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? '#222222' : '#eeeeee';
}

function context2d(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('TOO_LARGE', `This browser could not make a ${canvas.width}×${canvas.height} drawing surface for the contact sheet.`);
  return ctx;
}

/** Shortens a label with an ellipsis instead of letting fillText squash it unreadably narrow. */
function fitLabel(ctx: OffscreenCanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return end > 0 ? `${text.slice(0, end)}…` : '';
}

/**
 * Tiles of different sizes (auto-cropped ones) are fitted into equal cells, centred.
 * The canvas stores premultiplied colour, so faint edge pixels lose a little colour precision; fine for an overview.
 */
export function drawContactSheet(tiles: ContactSheetTile[], options: ContactSheetOptions = {}): PixelData {
  tiles.forEach((tile) => checkRgba(tile.image));
  const layout = layoutContactSheet({
    ...options,
    count: tiles.length,
    tileWidth: Math.max(1, ...tiles.map((t) => t.image.width)),
    tileHeight: Math.max(1, ...tiles.map((t) => t.image.height)),
  });
  const background = options.background === undefined ? ([255, 255, 255] as const) : options.background;
  const sheet = new OffscreenCanvas(layout.width, layout.height);
  const ctx = context2d(sheet);
  if (background) {
    ctx.fillStyle = css(background);
    ctx.fillRect(0, 0, layout.width, layout.height);
  }
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  // One scratch canvas holds each tile in turn: putImageData cannot scale, drawImage from a canvas can.
  const scratch = new OffscreenCanvas(1, 1);
  const scratchCtx = context2d(scratch);
  const labelHeight = options.labelHeight ?? 24;
  ctx.font = `${Math.max(8, Math.round(labelHeight * 0.55))}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = options.labelColor ?? defaultLabelColor(background);
  for (const cell of layout.cells) {
    const { image, label } = tiles[cell.index];
    scratch.width = image.width;
    scratch.height = image.height;
    scratchCtx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
    const at = fitInside(image.width, image.height, cell.image);
    ctx.drawImage(scratch, 0, 0, image.width, image.height, at.x, at.y, at.width, at.height);
    if (labelHeight > 0 && label) ctx.fillText(fitLabel(ctx, label, cell.label.maxWidth), cell.label.x, cell.label.y);
  }
  const pixels = ctx.getImageData(0, 0, layout.width, layout.height);
  return { width: layout.width, height: layout.height, data: new Uint8Array(pixels.data.buffer) };
}
