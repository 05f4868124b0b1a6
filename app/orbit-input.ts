// Turns pointer, wheel, pinch and keyboard input on the viewport into orbit/pan/zoom requests.
export interface ViewFocus {
  /** NDC, -1..1, y up. */
  x: number;
  y: number;
  aspect: number;
}

export interface OrbitHandlers {
  /** Radians, screen convention: right and down positive. */
  orbit(dx: number, dy: number): void;
  /** CSS pixels, right and down positive, in a view `viewHeight` CSS pixels tall. */
  pan(dx: number, dy: number, viewHeight: number): void;
  /** > 1 zooms in; `focus` is the point that should stay put. */
  zoom(factor: number, focus?: ViewFocus): void;
  frame(): void;
}

/** A drag across the full height of the view turns the model half a turn. */
const ORBIT_RADIANS_PER_VIEW_HEIGHT = Math.PI;
const KEY_ORBIT_RADIANS = (7.5 * Math.PI) / 180;
const KEY_PAN_FRACTION = 0.08;
const KEY_ZOOM = 1.2;
const WHEEL_ZOOM_PER_PIXEL = 0.0015;
/** Trackpad pinches arrive as ctrl+wheel with small deltas. */
const PINCH_WHEEL_ZOOM_PER_PIXEL = 0.01;

interface PointerPoint {
  x: number;
  y: number;
}

function focusAt(canvas: HTMLCanvasElement, clientX: number, clientY: number): ViewFocus {
  const rect = canvas.getBoundingClientRect();
  return {
    x: ((clientX - rect.left) / rect.width) * 2 - 1,
    y: 1 - ((clientY - rect.top) / rect.height) * 2,
    aspect: rect.width / Math.max(rect.height, 1),
  };
}

function wheelPixels(event: WheelEvent, viewHeight: number): number {
  if (event.deltaMode === WheelEvent.DOM_DELTA_LINE) return event.deltaY * 16;
  if (event.deltaMode === WheelEvent.DOM_DELTA_PAGE) return event.deltaY * viewHeight;
  return event.deltaY;
}

/** Wires the handlers to the canvas; returns a function that removes every listener. */
export function attachOrbitInput(canvas: HTMLCanvasElement, handlers: OrbitHandlers): () => void {
  const pointers = new Map<number, PointerPoint>();
  const viewHeight = () => Math.max(canvas.clientHeight, 1);
  const controller = new AbortController();
  const options = { signal: controller.signal };

  const twoPointerGesture = (previous: PointerPoint[], next: PointerPoint[]) => {
    const midBefore = { x: (previous[0].x + previous[1].x) / 2, y: (previous[0].y + previous[1].y) / 2 };
    const midAfter = { x: (next[0].x + next[1].x) / 2, y: (next[0].y + next[1].y) / 2 };
    const spreadBefore = Math.hypot(previous[0].x - previous[1].x, previous[0].y - previous[1].y);
    const spreadAfter = Math.hypot(next[0].x - next[1].x, next[0].y - next[1].y);
    if (spreadBefore > 0 && spreadAfter > 0) handlers.zoom(spreadAfter / spreadBefore, focusAt(canvas, midAfter.x, midAfter.y));
    handlers.pan(midAfter.x - midBefore.x, midAfter.y - midBefore.y, viewHeight());
  };

  canvas.addEventListener('pointerdown', (event) => {
    if (pointers.size >= 2) return;
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  }, options);

  canvas.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const previous = [...pointers.values()];
    const point = { x: event.clientX, y: event.clientY };
    pointers.set(event.pointerId, point);
    if (pointers.size === 2) {
      twoPointerGesture(previous, [...pointers.values()]);
      return;
    }
    const dx = point.x - last.x, dy = point.y - last.y;
    if (dx === 0 && dy === 0) return;
    // right or middle button, or Shift: pan; otherwise orbit
    if (event.buttons & 6 || event.shiftKey) handlers.pan(dx, dy, viewHeight());
    else {
      const scale = ORBIT_RADIANS_PER_VIEW_HEIGHT / viewHeight();
      handlers.orbit(dx * scale, dy * scale);
    }
  }, options);

  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
    if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
  };
  canvas.addEventListener('pointerup', release, options);
  canvas.addEventListener('pointercancel', release, options);
  canvas.addEventListener('lostpointercapture', (event) => pointers.delete(event.pointerId), options);
  // right-drag pans, so the context menu would only get in the way
  canvas.addEventListener('contextmenu', (event) => event.preventDefault(), options);

  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    const rate = event.ctrlKey ? PINCH_WHEEL_ZOOM_PER_PIXEL : WHEEL_ZOOM_PER_PIXEL;
    handlers.zoom(Math.exp(-wheelPixels(event, viewHeight()) * rate), focusAt(canvas, event.clientX, event.clientY));
  }, { passive: false, signal: controller.signal });

  canvas.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const panStep = viewHeight() * KEY_PAN_FRACTION;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const arrow = arrows[event.key];
    if (arrow && event.shiftKey) {
      // Shift+Right moves the camera right, so the scene slides left: a leftward drag
      handlers.pan(-arrow[0] * panStep, -arrow[1] * panStep, viewHeight());
    } else if (arrow) {
      // Up raises the camera to look from above, like dragging down
      handlers.orbit(arrow[0] * KEY_ORBIT_RADIANS, -arrow[1] * KEY_ORBIT_RADIANS);
    } else if (event.key === '+' || event.key === '=') {
      handlers.zoom(KEY_ZOOM);
    } else if (event.key === '-' || event.key === '_') {
      handlers.zoom(1 / KEY_ZOOM);
    } else if (event.key === 'f' || event.key === 'F' || event.key === 'Home') {
      handlers.frame();
    } else {
      return;
    }
    event.preventDefault();
  }, options);

  return () => controller.abort();
}
