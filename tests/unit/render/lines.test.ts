import { describe, expect, it } from 'vitest';
import { createDemoScene } from '../../../engine/demo';
import { STUDIO } from '../../../engine/render/environment';
import { linePipelineDescriptor } from '../../../engine/render/line-pipelines';
import { Renderer } from '../../../engine/render/renderer';
import { STYLE_LAYOUT } from '../../../engine/render/style-uniforms';
import { STYLE_REGISTRY, findStyle, resolveParameters } from '../../../engine/styles';
import { defaultCamera } from '../../../engine/views/camera';
import { createFakeDevice } from './fake-device';

function useStyle(renderer: Renderer, id: string, params: Record<string, unknown> = {}): void {
  const style = findStyle(STYLE_REGISTRY, id);
  const values = resolveParameters(style, params);
  const data = new Float32Array(STYLE_LAYOUT.floats);
  style.pack(values, data);
  renderer.setLook({ program: style.program, parameters: data, environment: STUDIO, exposure: 1, lines: style.lines?.(values) ?? null });
}

describe('line looks', () => {
  it('build edge buffers on first use, keep them across looks, draw one quad per edge instance, free them with the scene', () => {
    const { device, stats, draws } = createFakeDevice();
    const renderer = new Renderer(device);
    const scene = createDemoScene();
    const rendererOwned = stats.liveBuffers;
    renderer.setScene(scene);
    const target = device.createRenderTarget({ label: 't', width: 8, height: 8, sampleCount: 4 });
    const frame = () => renderer.render(target, defaultCamera(), [1, 1, 1, 1]);
    const created = stats.buffersCreated;
    // a look without lines builds no edges
    useStyle(renderer, 'clay');
    frame();
    useStyle(renderer, 'toon', { outline: 0 });
    frame();
    expect(stats.buffersCreated).toBe(created);
    expect(draws.some((d) => d.pipeline.startsWith('lines|'))).toBe(false);

    useStyle(renderer, 'line-art');
    draws.length = 0;
    frame();
    const edgeBuffers = stats.buffersCreated - created;
    // one edge buffer per triangle geometry, and the quad's corners
    expect(edgeBuffers).toBeGreaterThan(1);
    const lineDraws = draws.filter((d) => d.pipeline.startsWith('lines|'));
    expect(lineDraws.length).toBeGreaterThan(0);
    for (const d of lineDraws) expect([d.count, d.indexed, d.pipeline]).toEqual([6, false, 'lines|depth-tested|x4']);
    // lines follow the opaque surfaces
    expect(draws.findIndex((d) => d.pipeline.startsWith('lines|'))).toBeGreaterThan(0);

    const pipelines = stats.pipelinesCreated;
    useStyle(renderer, 'wireframe', { hideHidden: false });
    draws.length = 0;
    frame();
    useStyle(renderer, 'toon', { outline: 3 });
    frame();
    expect(draws.some((d) => d.pipeline === 'lines|always|x4')).toBe(true);
    expect(stats.buffersCreated - created).toBe(edgeBuffers);
    // wireframe shares the fill program with line art, and both line pipelines were made together
    expect(stats.pipelinesCreated - pipelines).toBe(0);

    // data passes draw no lines
    draws.length = 0;
    const data = device.createRenderTarget({ label: 'd', width: 8, height: 8, sampleCount: 1 });
    renderer.render(data, defaultCamera(), [0, 0, 0, 0], { program: 'mask' });
    expect(draws.some((d) => d.pipeline.startsWith('lines|'))).toBe(false);

    renderer.setScene(null);
    // the scene's edges go with it; only the renderer's own buffers and the shared quad's corners stay
    expect(stats.liveBuffers).toBe(rendererOwned + 1);
    renderer.destroy();
    expect(stats.liveBuffers).toBe(0);
  });

  it('lines test depth without writing it, or draw over everything, and blend their coverage', () => {
    const tested = linePipelineDescriptor(4, true);
    const always = linePipelineDescriptor(4, false);
    expect([tested.depth, always.depth]).toEqual([{ write: false, compare: 'less-equal' }, { write: false, compare: 'always' }]);
    expect([tested.blend, tested.cullMode, tested.vertexBuffers[1].stepMode, tested.vertexBuffers[0].stepMode]).toEqual(['premultiplied', 'none', 'instance', undefined]);
  });
});
