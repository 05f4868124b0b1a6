// Follows the canvas's size in exact device pixels, so the image is never resampled by the browser.
export interface DeviceSize {
  /** Device pixels. */
  width: number;
  height: number;
  /** CSS pixels, for pointer maths. */
  cssHeight: number;
}

interface BoxSize {
  inlineSize: number;
  blockSize: number;
}

/** The browser's own device-pixel rounding when it is consistent with devicePixelRatio, else CSS size × ratio. */
function deviceSize(css: BoxSize, exact: BoxSize | undefined): DeviceSize {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(css.inlineSize * ratio), height = Math.round(css.blockSize * ratio);
  // devicePixelContentBoxSize is exact on real screens; emulated scale factors (test browsers) leave it at CSS size
  const trusted = exact && Math.abs(exact.inlineSize - width) <= 1 && Math.abs(exact.blockSize - height) <= 1;
  return trusted ? { width: exact.inlineSize, height: exact.blockSize, cssHeight: css.blockSize } : { width, height, cssHeight: css.blockSize };
}

/**
 * Calls `onChange` soon after observing starts and whenever the canvas's device-pixel size changes
 * (window resize, browser zoom, moving to another screen). Returns a function that stops observing.
 */
export function observeCanvasSize(canvas: HTMLCanvasElement, onChange: (size: DeviceSize) => void): () => void {
  let last = '';
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const css: BoxSize = entry.contentBoxSize?.[0] ?? { inlineSize: entry.contentRect.width, blockSize: entry.contentRect.height };
    const size = deviceSize(css, entry.devicePixelContentBoxSize?.[0]);
    const width = Math.max(1, size.width), height = Math.max(1, size.height);
    const key = `${width}x${height}x${size.cssHeight}`;
    if (key === last) return;
    last = key;
    onChange({ width, height, cssHeight: Math.max(1, size.cssHeight) });
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    // Safari has no device-pixel-content-box
    observer.observe(canvas);
  }
  // observations arrive in a rendering update; an idle page (headless Chromium) may not run one for a resize alone
  const nudge = () => requestAnimationFrame(() => undefined);
  window.addEventListener('resize', nudge);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', nudge);
  };
}
