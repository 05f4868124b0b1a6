import { describe, expect, it } from 'vitest';
import { computeCameraMatrices, createCameraMatrices } from '../../../engine/render/camera-matrices';
import { ENVIRONMENT_PRESETS } from '../../../engine/render/environment-presets';
import { environmentHarmonics, evaluateIrradiance } from '../../../engine/render/irradiance-sh';
import { directionToWorld, harmonicsToWorld } from '../../../engine/render/studio-to-world';
import { defaultCamera, type CameraState } from '../../../engine/views/camera';
import type { Vec3 } from '../../../engine/scene/types';
import { seededNumbers, unitDirections } from './seeded-directions';

/** Studio rotations of cameras all around the scene, with tilted up axes among them. */
function studioRotations(): Float32Array[] {
  const next = seededNumbers(11);
  const eyes = unitDirections(12, next);
  const ups = unitDirections(12, next);
  return eyes.map((eye, k) => {
    const camera: CameraState = { ...defaultCamera(), position: [eye[0] * 5, eye[1] * 5, eye[2] * 5], target: [0, 0, 0], up: k % 3 === 0 ? ups[k] : [0, 1, 0] };
    return new Float32Array(computeCameraMatrices(createCameraMatrices(), camera, 1.5, 'zero-to-one').studioRotation);
  });
}

/** studio = R · world, R's rows in the mat4's first three columns' entries (column-major). */
function toStudio(rotation: Float32Array, n: Vec3): Vec3 {
  return [0, 1, 2].map((r) => rotation[r] * n[0] + rotation[4 + r] * n[1] + rotation[8 + r] * n[2]) as Vec3;
}

describe('the studio turned into world space (what the shaders light with)', () => {
  it('gives every world normal the irradiance the studio gives it in the studio frame', () => {
    for (const preset of Object.values(ENVIRONMENT_PRESETS)) {
      const studio = environmentHarmonics(preset);
      for (const rotation of studioRotations()) {
        const packed = new Float32Array(40);
        harmonicsToWorld(rotation as unknown as Parameters<typeof harmonicsToWorld>[0], studio, packed, 4);
        const world = Array.from({ length: 9 }, (_, k) => [packed[4 + k * 4], packed[5 + k * 4], packed[6 + k * 4]] as Vec3);
        for (const n of unitDirections(50, seededNumbers(3))) {
          const expected = evaluateIrradiance(studio, ...toStudio(rotation, n), [0, 0, 0]);
          const actual = evaluateIrradiance(world, ...n, [0, 0, 0]);
          for (let c = 0; c < 3; c++) expect(actual[c]).toBeCloseTo(expected[c], 5);
        }
        // the vec4s' fourth lanes are padding and stay untouched
        expect(packed[7]).toBe(0);
        expect(packed[0]).toBe(0);
      }
    }
  });

  it('turns the key light so it meets every world normal at the angle it meets the studio normal', () => {
    const key: Vec3 = [-0.4, 0.7, 0.6];
    for (const rotation of studioRotations()) {
      const out = new Float32Array(3);
      directionToWorld(rotation as unknown as Parameters<typeof directionToWorld>[0], key, out, 0);
      for (const n of unitDirections(20, seededNumbers(5))) {
        const studioN = toStudio(rotation, n);
        const expected = studioN[0] * key[0] + studioN[1] * key[1] + studioN[2] * key[2];
        expect(out[0] * n[0] + out[1] * n[1] + out[2] * n[2]).toBeCloseTo(expected, 5);
      }
    }
  });
});
