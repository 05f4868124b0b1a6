import { describe, expect, it } from 'vitest';
import { createGeometry } from '../../../engine/scene/factory';
import { uploadGeometry } from '../../../engine/render/geometry-upload';
import { surfacePipelineDescriptor } from '../../../engine/render/pipelines';
import { PROGRAMS } from '../../../engine/render/programs';
import { specializeShader } from '../../../engine/render/shader-features';
import { ATTRIBUTE_FEATURES, presentAttributes, vertexBuffersFor } from '../../../engine/render/vertex-attributes';
import { materialFeatures, TEXTURE_SLOTS } from '../../../engine/render/material-uniforms';
import type { ShaderSource } from '../../../engine/gpu/types';
import { createFakeDevice } from './fake-device';

const triangle = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
const perVertex = (components: number, value = 0.5) => new Float32Array(3 * components).fill(value);

function upload(geometry = createGeometry({ positions: triangle })) {
  const { device } = createFakeDevice();
  return uploadGeometry(device, geometry, 'test', () => {});
}

/** The shader locations a pipeline's vertex buffers feed, slot by slot. */
const locationsOf = (features: ReadonlySet<string>) => vertexBuffersFor(features).map((b) => b.attributes.map((a) => a.location));

describe('vertex attributes', () => {
  it('upload only what the geometry has: a bare mesh is one position buffer and no attribute feature', () => {
    const bare = upload();
    expect(bare.vertexBuffers.map((b) => b.label)).toEqual(['test/position']);
    expect([...bare.features]).toEqual([]);
    expect(locationsOf(bare.features)).toEqual([[0]]);
  });

  it('pack the present attributes into consecutive slots that keep their shader locations', () => {
    const scan = upload(createGeometry({ positions: triangle, normals: perVertex(3), colors: perVertex(4) }));
    expect(scan.vertexBuffers.map((b) => b.label)).toEqual(['test/position', 'test/normal', 'test/color']);
    expect([...scan.features].sort()).toEqual(['COLOR_0', 'NORMAL']);
    expect(locationsOf(scan.features)).toEqual([[0], [1], [5]]);
    expect(vertexBuffersFor(scan.features).map((b) => b.arrayStride)).toEqual([12, 12, 16]);
  });

  it('give a full glTF primitive all six, in location order', () => {
    const full = upload(createGeometry({ positions: triangle, normals: perVertex(3), uvs: perVertex(2), uvs1: perVertex(2), tangents: perVertex(4), colors: perVertex(4) }));
    expect(full.vertexBuffers).toHaveLength(6);
    expect([...full.features].sort()).toEqual(Object.values(ATTRIBUTE_FEATURES).sort());
    expect(locationsOf(full.features)).toEqual([[0], [1], [2], [3], [4], [5]]);
  });

  it('treat an attribute shorter than the vertex count as absent, rather than read past its end', () => {
    const geometry = createGeometry({ positions: triangle, uvs: new Float32Array(4) });
    expect(presentAttributes(geometry)).toEqual(['position']);
  });

  const pipelineFor = (program: 'pbr' | 'mask', features: ReadonlySet<string>) =>
    surfacePipelineDescriptor({ program, topology: 'triangle-list', alphaMode: 'OPAQUE', doubleSided: false, mirrored: false, sampleCount: 4, features });
  const inputs = (source: string, pattern: RegExp) => [...source.matchAll(pattern)].map((m) => Number(m[1]));
  /** The locations the variant's vertex stage declares, in WGSL and in GLSL. */
  const shaderInputs = (shader: ShaderSource) => {
    const wgsl = inputs(/struct VertexInput \{([^}]*)\}/.exec(shader.wgsl)![1], /@location\((\d)\)/g);
    expect(inputs(shader.glslVertex, /^layout\(location = (\d)\) in /gm)).toEqual(wgsl);
    return wgsl;
  };

  it('build the pipeline for the geometry: buffers as the geometry has them, read as the material needs them', () => {
    const features = upload(createGeometry({ positions: triangle, normals: perVertex(3), uvs: perVertex(2) })).features;
    const textured = pipelineFor('pbr', new Set([...features, ...materialFeatures(['baseColor'])]));
    expect(textured.vertexBuffers.flatMap((b) => b.attributes.map((a) => a.location))).toEqual([0, 1, 2]);
    expect(shaderInputs(textured.shader)).toEqual([0, 1, 2]);
    // the fragment stage reads stand-ins for the rest: white for the colour, zero for the second uv and the tangent
    expect(textured.shader.glslFragment).toMatch(/const vec4 vColor = vec4\(1\.0\);/);
    expect(textured.shader.glslFragment).toMatch(/in vec2 vUv0;/);
    expect(textured.shader.wgsl).not.toMatch(/interpolated\.(uv1|tangent|color)/);
    // untextured, the uvs are bound (the slots follow the geometry) but never fetched nor interpolated
    const plain = pipelineFor('pbr', features);
    expect(plain.vertexBuffers.flatMap((b) => b.attributes.map((a) => a.location))).toEqual([0, 1, 2]);
    expect(shaderInputs(plain.shader)).toEqual([0, 1]);
    expect(plain.shader.glslFragment).toMatch(/const vec2 vUv0 = vec2\(0\.0\);/);
  });

  it('read the tangent only for a normal map, in the programs that sample one', () => {
    const all = new Set([...Object.values(ATTRIBUTE_FEATURES), ...materialFeatures(TEXTURE_SLOTS)]);
    expect(shaderInputs(pipelineFor('pbr', all).shader)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shaderInputs(pipelineFor('pbr', new Set([...all].filter((f) => f !== 'NORMAL_TEXTURE'))).shader)).toEqual([0, 1, 2, 3, 5]);
    // the mask pass samples only the base colour
    expect(shaderInputs(pipelineFor('mask', all).shader)).toEqual([0, 1, 2, 3, 5]);
  });

  it('every surface program compiles each attribute in and out, in both languages', () => {
    const all = new Set([...Object.values(ATTRIBUTE_FEATURES), ...materialFeatures(TEXTURE_SLOTS)]);
    for (const [id, { shader }] of Object.entries(PROGRAMS)) {
      expect(shaderInputs(specializeShader(shader, new Set())), id).toEqual([0]);
      expect(shaderInputs(specializeShader(shader, all)).length, id).toBeGreaterThanOrEqual(5);
      expect(shaderInputs(specializeShader(shader, new Set(['COLOR_0']))), id).toEqual([0, 5]);
    }
  });
});
