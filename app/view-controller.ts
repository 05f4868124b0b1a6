// The preview camera: an orbit rig around the current model, reframed on demand and on resize until touched.
import {
  boundsPoints,
  cameraFromOrbit,
  defaultCamera,
  frameOrbit,
  orbit,
  orbitFromCamera,
  pan,
  pointsBounds,
  scenePoints,
  subjectFromBounds,
  zoom,
  type CameraState,
  type OrbitState,
  type PointSource,
  type Scene,
  type UpAxis,
  type ZoomFocus,
} from '../engine';

/** A three-quarter view from the front right, a little above: shows three sides of most models. */
const OPENING_AZIMUTH = (32 * Math.PI) / 180;
const OPENING_ELEVATION = (22 * Math.PI) / 180;

export class ViewController {
  private state: OrbitState;
  /** What framing fits: the shown scene's vertices in world space. */
  private points: PointSource = boundsPoints({ min: [-1, -1, -1], max: [1, 1, 1] });
  private aspect = 1;
  /** True until the person moves the camera: until then a resize reframes the model. */
  private untouched = true;
  /**
   * A chosen view, shown exactly (its up vector, roll, elevation up to ±90°) until the person moves the camera;
   * the orbit rig is Y-up and stops short of the poles, so it could only approximate it.
   */
  private exact: CameraState | null = null;
  /** The lens a new model is shown with, whatever a chosen view switched to. */
  private readonly opening: Pick<OrbitState, 'projection' | 'fovY'>;

  constructor(private readonly onChange: () => void) {
    const start = orbitFromCamera(defaultCamera(), subjectFromBounds({ min: [-1, -1, -1], max: [1, 1, 1] }));
    this.state = { ...start, azimuth: OPENING_AZIMUTH, elevation: OPENING_ELEVATION };
    this.opening = { projection: start.projection, fovY: start.fovY };
  }

  camera(): CameraState {
    return this.exact ?? cameraFromOrbit(this.state);
  }

  /** A new model: back to the opening angle and lens, framed. */
  showScene(scene: Scene): void {
    this.points = scenePoints(scene);
    this.state = { ...this.state, azimuth: OPENING_AZIMUTH, elevation: OPENING_ELEVATION, projection: this.opening.projection, fovY: this.opening.fovY };
    this.frame();
  }

  /** No model: framing falls back to the unit cube, and the shown scene's vertices are let go. */
  clearScene(): void {
    this.points = boundsPoints({ min: [-1, -1, -1], max: [1, 1, 1] });
    this.exact = null;
    this.frame();
  }

  /** Shows a planned view as it will be exported; orbiting from it starts at its position. */
  showCamera(camera: CameraState): void {
    this.state = orbitFromCamera(camera, subjectFromBounds(pointsBounds(this.points)), this.state.upAxis);
    this.exact = camera;
    this.untouched = false;
    this.onChange();
  }

  /** The model's up axis: the preview turns about it and keeps it upright; back to the opening angle, framed. */
  setUpAxis(upAxis: UpAxis): void {
    if (upAxis === this.state.upAxis) return;
    this.state = { ...this.state, upAxis, azimuth: OPENING_AZIMUTH, elevation: OPENING_ELEVATION };
    this.frame();
  }

  /** Frames the current model from the current angle. */
  frame(): void {
    this.exact = null;
    this.state = frameOrbit(this.state, this.points, this.aspect);
    this.untouched = true;
    this.onChange();
  }

  setAspect(aspect: number): void {
    if (!(aspect > 0) || aspect === this.aspect) return;
    this.aspect = aspect;
    if (this.untouched) this.frame();
    else this.onChange();
  }

  orbit(dx: number, dy: number): void {
    this.update(orbit(this.state, dx, dy));
  }

  pan(dx: number, dy: number, viewHeight: number): void {
    this.update(pan(this.state, dx, dy, viewHeight));
  }

  zoom(factor: number, focus?: ZoomFocus): void {
    this.update(zoom(this.state, factor, focus));
  }

  private update(next: OrbitState): void {
    this.exact = null;
    this.state = next;
    this.untouched = false;
    this.onChange();
  }
}
