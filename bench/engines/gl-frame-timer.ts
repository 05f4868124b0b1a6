// GPU time of whatever a WebGL2 context draws between begin and end, from EXT_disjoint_timer_query_webgl2: how the
// bench times three.js WebGLRenderer, which measures nothing itself.

interface TimerQueryExtension {
  readonly TIME_ELAPSED_EXT: number;
  readonly GPU_DISJOINT_EXT: number;
}

/** Null when the browser has no timer queries. */
export function createGlFrameTimer(gl: WebGL2RenderingContext): ((draw: () => void) => Promise<number | null>) | null {
  const ext = gl.getExtension('EXT_disjoint_timer_query_webgl2') as TimerQueryExtension | null;
  if (!ext) return null;
  return (draw) => {
    const query = gl.createQuery();
    if (!query) return Promise.resolve(null);
    gl.beginQuery(ext.TIME_ELAPSED_EXT, query);
    draw();
    gl.endQuery(ext.TIME_ELAPSED_EXT);
    return new Promise((resolve) => {
      const poll = (): void => {
        if (gl.isContextLost()) return resolve(null);
        if (!gl.getQueryParameter(query, gl.QUERY_RESULT_AVAILABLE)) return void setTimeout(poll, 1);
        const disjoint = gl.getParameter(ext.GPU_DISJOINT_EXT) as boolean;
        const ns = gl.getQueryParameter(query, gl.QUERY_RESULT) as number;
        gl.deleteQuery(query);
        resolve(disjoint ? null : ns / 1e6);
      };
      setTimeout(poll, 0);
    });
  };
}
