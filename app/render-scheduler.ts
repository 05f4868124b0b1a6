// Draws on demand: at most one frame per animation frame, and none while nothing changes.
export interface RenderScheduler {
  /** Asks for one frame; repeated requests before it runs coalesce. */
  request(): void;
  /** Draws now, cancelling a pending frame (startup, tests). */
  flush(): void;
}

export function createRenderScheduler(draw: () => void): RenderScheduler {
  let pending = 0;
  const run = () => {
    pending = 0;
    draw();
  };
  return {
    request() {
      if (!pending) pending = requestAnimationFrame(run);
    },
    flush() {
      if (pending) cancelAnimationFrame(pending);
      run();
    },
  };
}
