import { describe, expect, it } from 'vitest';
import { createDemoScene } from '../../../engine/demo';
import { defaultCamera } from '../../../engine/views/camera';
import { STUDIO } from '../../../engine/render/environment';
import { Renderer } from '../../../engine/render/renderer';
import { STYLE_LAYOUT } from '../../../engine/render/style-uniforms';
import { surfacePipelineDescriptor } from '../../../engine/render/pipelines';
import { STYLE_REGISTRY, resolveParameters, type Style } from '../../../engine/styles';
import { createFakeDevice } from '../render/fake-device';

/** What the engine's setStyle does after validation. */
function useStyle(renderer: Renderer, style: Style, params: Record<string, unknown> = {}): void {
  const values = resolveParameters(style, params);
  const data = new Float32Array(STYLE_LAYOUT.floats);
  style.pack(values, data);
  const lighting = style.lighting?.(values) ?? { environment: STUDIO, exposure: 1 };
  renderer.setLook({ program: style.program, parameters: data, ...lighting, lines: style.lines?.(values) ?? null });
}

describe('switching styles', () => {
  it('creates pipelines once per style, bind groups never, and writes the Style block only on a change', () => {
    const { device, stats, bufferWrites, textureWrites } = createFakeDevice();
    const renderer = new Renderer(device);
    renderer.setScene(createDemoScene());
    const target = device.createRenderTarget({ label: 't', width: 8, height: 8, sampleCount: 4 });
    const frame = () => renderer.render(target, defaultCamera(), [0, 0, 0, 1]);
    for (const style of STYLE_REGISTRY) {
      useStyle(renderer, style);
      frame();
    }
    const bindGroups = stats.bindGroupsCreated;
    const pipelines = stats.pipelinesCreated;
    const styleWrites = () => bufferWrites.filter((l) => l === 'style/uniforms').length;
    const writesBefore = styleWrites();
    for (const style of [...STYLE_REGISTRY].reverse()) {
      useStyle(renderer, style);
      frame();
      frame();
    }
    const mapWrites = textureWrites.length;
    useStyle(renderer, STYLE_REGISTRY[0], { environment: 'outdoor', exposure: 2 });
    frame();
    expect(stats.pipelinesCreated).toBe(pipelines);
    expect(stats.bindGroupsCreated).toBe(bindGroups);
    // another environment rewrites the reflection map in place: the frame's bind group stays valid
    expect(textureWrites.slice(mapWrites)).toEqual(['frame/environment']);
    // one write per change, none per frame
    expect(styleWrites() - writesBefore).toBe(STYLE_REGISTRY.length + 1);
    renderer.destroy();
  });

  it('draws x-ray surfaces from both sides, blended additively, writing no depth; other looks as before', () => {
    const key = { topology: 'triangle-list', alphaMode: 'OPAQUE', doubleSided: false, mirrored: false, sampleCount: 4, features: new Set<string>() } as const;
    const xray = surfacePipelineDescriptor({ ...key, program: 'xray' });
    expect([xray.cullMode, xray.blend, xray.depth.write]).toEqual(['none', 'additive', false]);
    for (const program of ['pbr', 'clay', 'toon', 'matcap', 'unlit', 'depth-ramp', 'silhouette', 'normals'] as const) {
      const d = surfacePipelineDescriptor({ ...key, program });
      expect([d.cullMode, d.blend, d.depth.write], program).toEqual(['back', 'none', true]);
    }
    const glass = surfacePipelineDescriptor({ ...key, alphaMode: 'BLEND', program: 'clay' });
    expect([glass.blend, glass.depth.write]).toEqual(['premultiplied', false]);
    const covered = surfacePipelineDescriptor({ ...key, alphaMode: 'BLEND', program: 'silhouette' });
    expect([covered.blend, covered.depth.write]).toEqual(['none', true]);
  });
});
