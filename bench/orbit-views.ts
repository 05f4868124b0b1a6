// Cameras on a circle around the scene: the export's 8 views and the orbit the frame loop follows.
import type { BenchView } from './engines/bench-engine';

const FOV_Y = (45 * Math.PI) / 180;

/** The camera at `angle` radians around the y axis, 20° above the horizon, far enough to frame the scene. */
export function orbitView(scene: { radius: number }, angle: number, out?: BenchView): BenchView {
  const distance = (scene.radius / Math.sin(FOV_Y / 2)) * 1.05;
  const elevation = (20 * Math.PI) / 180;
  const view = out ?? { position: [0, 0, 0], target: [0, 0, 0], fovY: FOV_Y, near: distance * 0.05, far: distance * 3 };
  view.position[0] = Math.cos(angle) * Math.cos(elevation) * distance;
  view.position[1] = Math.sin(elevation) * distance;
  view.position[2] = Math.sin(angle) * Math.cos(elevation) * distance;
  return view;
}

export function exportViews(scene: { radius: number }, count: number): BenchView[] {
  return Array.from({ length: count }, (_, k) => orbitView(scene, (k / count) * Math.PI * 2));
}
