// GPU time of one render pass from EXT_disjoint_timer_query_webgl2: a TIME_ELAPSED query around the pass asked for,
// polled from timers until its result is available. Queries are pooled, so timing frame after frame creates nothing.

interface TimerQueryExtension {
  readonly TIME_ELAPSED_EXT: number;
  readonly GPU_DISJOINT_EXT: number;
}

/** One pass being timed: the pass calls end() right after its last command. */
export interface PassTiming {
  end(): void;
}

const POLL_INTERVAL_MS = 1;

export class PassTimer {
  private readonly ext: TimerQueryExtension | null;
  private readonly free: WebGLQuery[] = [];
  private requested: ((ms: number | null) => void) | null = null;

  constructor(private readonly gl: WebGL2RenderingContext) {
    this.ext = gl.getExtension('EXT_disjoint_timer_query_webgl2') as TimerQueryExtension | null;
  }

  /** The GPU time of the next pass begun, in ms; null when the browser has no timer queries. */
  timeNextPass(): Promise<number | null> | null {
    if (!this.ext) return null;
    const previous = this.requested;
    return new Promise((resolve) => {
      this.requested = previous ? (ms) => (previous(ms), resolve(ms)) : resolve;
    });
  }

  /** For a pass about to begin: starts its query, when one was asked for. */
  begin(): PassTiming | undefined {
    const settle = this.requested;
    const ext = this.ext;
    if (!settle || !ext) return undefined;
    this.requested = null;
    const { gl } = this;
    const query = this.free.pop() ?? gl.createQuery();
    if (!query) {
      settle(null);
      return undefined;
    }
    gl.beginQuery(ext.TIME_ELAPSED_EXT, query);
    return {
      end: () => {
        gl.endQuery(ext.TIME_ELAPSED_EXT);
        const poll = (): void => {
          if (gl.isContextLost()) return settle(null);
          if (!gl.getQueryParameter(query, gl.QUERY_RESULT_AVAILABLE)) return void setTimeout(poll, POLL_INTERVAL_MS);
          // a disjoint event (clock change, power state) makes the figure meaningless
          const disjoint = gl.getParameter(ext.GPU_DISJOINT_EXT) as boolean;
          const ns = gl.getQueryParameter(query, gl.QUERY_RESULT) as number;
          this.free.push(query);
          settle(disjoint ? null : ns / 1e6);
        };
        setTimeout(poll, 0);
      },
    };
  }

  destroy(): void {
    for (const query of this.free.splice(0)) this.gl.deleteQuery(query);
  }
}
