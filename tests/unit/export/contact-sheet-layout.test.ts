// Contact-sheet layout: cells never overlap, stay inside the sheet, and the sheet fits the requested width.
import { describe, expect, it } from 'vitest';
import { fitInside, layoutContactSheet, type ContactSheetLayout } from '../../../engine/export/contact-sheet-layout';
import { ExportError } from '../../../engine/export/export-errors';
import type { PixelRect } from '../../../engine/export/types';

function overlaps(a: PixelRect, b: PixelRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Each cell with its label band below it, as one rectangle. */
function cellWithLabel(layout: ContactSheetLayout, i: number, labelHeight: number): PixelRect {
  const { image } = layout.cells[i];
  return { ...image, height: image.height + labelHeight };
}

function expectSound(layout: ContactSheetLayout, labelHeight: number): void {
  const rects = layout.cells.map((_, i) => cellWithLabel(layout, i, labelHeight));
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(layout.width);
    expect(r.y + r.height).toBeLessThanOrEqual(layout.height);
    for (let j = i + 1; j < rects.length; j++) expect(overlaps(r, rects[j]), `cells ${i} and ${j}`).toBe(false);
  }
}

describe('layoutContactSheet', () => {
  it('lays out a near-square grid by default, with exact sizes', () => {
    const layout = layoutContactSheet({ count: 7, tileWidth: 100, tileHeight: 50, labelHeight: 20, gap: 10 });
    expect(layout.columns).toBe(3);
    expect(layout.rows).toBe(3);
    // 10 + 3·100 + 2·10 + 10 wide; 10 + 3·(50 + 20) + 2·10 + 10 tall.
    expect(layout.width).toBe(340);
    expect(layout.height).toBe(250);
    expect(layout.cells[4].image).toEqual({ x: 120, y: 90, width: 100, height: 50 });
    expect(layout.cells[4].label).toEqual({ x: 170, y: 150, maxWidth: 100 });
    expectSound(layout, 20);
  });

  it('honours a column count, capped at the number of images', () => {
    expect(layoutContactSheet({ count: 10, tileWidth: 64, tileHeight: 64, columns: 5 })).toMatchObject({ columns: 5, rows: 2 });
    expect(layoutContactSheet({ count: 2, tileWidth: 64, tileHeight: 64, columns: 5 })).toMatchObject({ columns: 2, rows: 1 });
  });

  it('fits a maximum width by dropping columns, then by shrinking tiles', () => {
    for (const maxWidth of [2000, 700, 333, 150, 40]) {
      for (const count of [1, 5, 12]) {
        const layout = layoutContactSheet({ count, tileWidth: 256, tileHeight: 192, columns: 6, maxWidth, labelHeight: 18, gap: 6 });
        expect(layout.width, `${count} tiles in ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
        expect(layout.cellWidth).toBeLessThanOrEqual(256);
        expectSound(layout, 18);
      }
    }
    const narrow = layoutContactSheet({ count: 4, tileWidth: 256, tileHeight: 192, maxWidth: 400, gap: 8 });
    expect(narrow.columns).toBe(1);
    expect(narrow.cellWidth).toBe(256);
    const tiny = layoutContactSheet({ count: 4, tileWidth: 256, tileHeight: 192, maxWidth: 116, gap: 8 });
    expect(tiny).toMatchObject({ columns: 1, cellWidth: 100, cellHeight: 75, width: 116 });
  });

  it('refuses an empty sheet', () => {
    expect(() => layoutContactSheet({ count: 0, tileWidth: 10, tileHeight: 10 })).toThrowError(ExportError);
  });
});

describe('fitInside', () => {
  it('keeps the aspect ratio, centres, and never enlarges', () => {
    const cell = { x: 10, y: 20, width: 100, height: 50 };
    expect(fitInside(200, 200, cell)).toEqual({ x: 35, y: 20, width: 50, height: 50 });
    expect(fitInside(40, 10, cell)).toEqual({ x: 40, y: 40, width: 40, height: 10 });
    expect(fitInside(400, 100, cell)).toEqual({ x: 10, y: 32, width: 100, height: 25 });
  });
});
