import { describe, expect, it } from 'vitest';
import { shownMeanLevel, shownShare } from '../../../bench/shown-share';

function image(pixels: number, background: number[], drawn: { count: number; rgb: number[] }): { data: Uint8Array } {
  const data = new Uint8Array(pixels * 4);
  for (let i = 0; i < pixels; i++) data.set([...(i >= pixels - drawn.count ? drawn.rgb : background), 255], i * 4);
  return { data };
}

describe('the benchmark\'s blank-image check', () => {
  it('is 0 for an image of its background alone, whatever the colour', () => {
    expect(shownShare(image(100, [26, 26, 26], { count: 0, rgb: [0, 0, 0] }))).toBe(0);
    expect(shownShare(image(100, [200, 10, 90], { count: 0, rgb: [0, 0, 0] }))).toBe(0);
  });

  it('counts the pixels that differ by more than 8 in any channel', () => {
    expect(shownShare(image(100, [26, 26, 26], { count: 25, rgb: [26, 26, 120] }))).toBe(0.25);
    // within 8 is the background, as antialiasing noise or dithering would be
    expect(shownShare(image(100, [26, 26, 26], { count: 25, rgb: [34, 18, 30] }))).toBe(0);
  });
});

describe('the mean level of what an image shows', () => {
  it('averages the shown pixels\' channels and leaves the background out', () => {
    expect(shownMeanLevel(image(100, [26, 26, 26], { count: 10, rgb: [90, 120, 150] }))).toBe(120);
    expect(shownMeanLevel(image(100, [200, 200, 200], { count: 50, rgb: [0, 30, 0] }))).toBe(10);
  });

  it('is 0 when nothing is shown', () => {
    expect(shownMeanLevel(image(100, [26, 26, 26], { count: 0, rgb: [0, 0, 0] }))).toBe(0);
  });
});
