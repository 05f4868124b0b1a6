// Pure layout of a contact sheet (a grid of labelled thumbnails), kept apart from drawing so Node tests can check it.
import { ExportError } from './export-errors';
import type { PixelRect } from './types';

export interface ContactSheetLayoutOptions {
  count: number;
  /** The size every cell's image area is made for (the largest tile); tiles are scaled down, never up. */
  tileWidth: number;
  tileHeight: number;
  /** Wanted columns; default: a near-square grid. */
  columns?: number;
  /** The sheet never gets wider than this (unless it is narrower than the margins); columns drop first, then tiles shrink. */
  maxWidth?: number;
  /** Room for the label under each tile (default 24; 0 for no labels). */
  labelHeight?: number;
  /** Space between cells (default 8). */
  gap?: number;
  /** Space around the grid (default = gap). */
  margin?: number;
}

export interface ContactSheetCell {
  index: number;
  /** Where the tile's image area lies on the sheet. */
  image: PixelRect;
  /** The label's anchor: horizontally centred on the cell, vertically centred in the label band. */
  label: { x: number; y: number; maxWidth: number };
}

export interface ContactSheetLayout {
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Each cell's image area: the tile size, or smaller to fit maxWidth, same aspect ratio. */
  cellWidth: number;
  cellHeight: number;
  cells: ContactSheetCell[];
}

function whole(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}

export function layoutContactSheet(options: ContactSheetLayoutOptions): ContactSheetLayout {
  const { count, tileWidth, tileHeight } = options;
  if (!Number.isInteger(count) || count < 1) throw new ExportError('INVALID_INPUT', 'A contact sheet needs at least one image.');
  if (!(tileWidth >= 1 && tileHeight >= 1)) throw new ExportError('INVALID_INPUT', `A contact sheet tile of ${tileWidth}×${tileHeight} pixels is too small.`);
  const gap = whole(options.gap, 8);
  const margin = whole(options.margin, gap);
  const labelHeight = whole(options.labelHeight, 24);
  const maxWidth = options.maxWidth !== undefined ? Math.max(1, Math.floor(options.maxWidth)) : Infinity;

  let columns = Math.min(count, Math.max(1, Math.floor(options.columns ?? Math.ceil(Math.sqrt(count)))));
  // Fewer columns first, so tiles keep their full size while that still fits.
  const widthFor = (n: number, cell: number): number => 2 * margin + n * cell + (n - 1) * gap;
  while (columns > 1 && widthFor(columns, tileWidth) > maxWidth) columns--;
  const room = maxWidth - 2 * margin - (columns - 1) * gap;
  const cellWidth = Math.max(1, Math.min(Math.floor(tileWidth), Math.floor(room / columns)));
  const cellHeight = Math.max(1, Math.round((tileHeight * cellWidth) / tileWidth));

  const rows = Math.ceil(count / columns);
  const rowHeight = cellHeight + labelHeight;
  const cells: ContactSheetCell[] = [];
  for (let index = 0; index < count; index++) {
    const x = margin + (index % columns) * (cellWidth + gap);
    const y = margin + Math.floor(index / columns) * (rowHeight + gap);
    cells.push({
      index,
      image: { x, y, width: cellWidth, height: cellHeight },
      label: { x: x + cellWidth / 2, y: y + cellHeight + labelHeight / 2, maxWidth: cellWidth },
    });
  }
  return {
    width: widthFor(columns, cellWidth),
    height: 2 * margin + rows * rowHeight + (rows - 1) * gap,
    columns,
    rows,
    cellWidth,
    cellHeight,
    cells,
  };
}

/** The largest rectangle with the source's aspect ratio inside `cell`, centred, never enlarged past the source size. */
export function fitInside(sourceWidth: number, sourceHeight: number, cell: PixelRect): PixelRect {
  const scale = Math.min(1, cell.width / sourceWidth, cell.height / sourceHeight);
  const width = Math.max(1, Math.round(sourceWidth * scale));
  const height = Math.max(1, Math.round(sourceHeight * scale));
  return { x: cell.x + Math.floor((cell.width - width) / 2), y: cell.y + Math.floor((cell.height - height) / 2), width, height };
}
