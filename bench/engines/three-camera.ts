// One three.js PerspectiveCamera per renderer, posed from a BenchView each time (no allocation per frame).
import type { ThreeModule } from '../scenes/to-three-scene';
import type { BenchView } from './bench-engine';

export function createThreeCamera(THREE: ThreeModule): (view: BenchView, aspect: number) => unknown {
  const camera = new THREE.PerspectiveCamera(45, 1, 0.01, 100);
  return (view, aspect) => {
    camera.fov = (view.fovY * 180) / Math.PI;
    camera.aspect = aspect;
    camera.near = view.near;
    camera.far = view.far;
    camera.position.set(...view.position);
    camera.lookAt(...view.target);
    camera.updateProjectionMatrix();
    return camera;
  };
}
