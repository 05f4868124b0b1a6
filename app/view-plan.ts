// Keeps the planned views in step with the model, the Views form and the export size.
import { modelCameras, planViews, type PlannedView, type Scene } from '../engine';
import type { ViewsPanel } from './views-panel';

export interface ViewPlanner {
  /** A new model: re-plans and offers its cameras when it has some; null: no model, no plan. */
  setScene(scene: Scene | null): void;
  /** Re-plans after a change elsewhere (the export's aspect). */
  update(): void;
  /** The current plan, or null while the settings are invalid (the reason is on screen). */
  readonly views: PlannedView[] | null;
  /** Why there is no plan, in plain words; empty when there is one. */
  readonly problem: string;
}

function countText(count: number): string {
  return count === 1 ? '1 view' : `${count} views`;
}

export function createViewPlanner(panel: ViewsPanel, aspect: () => number, onPlan: (views: PlannedView[] | null) => void): ViewPlanner {
  let scene: Scene | null = null;
  let views: PlannedView[] | null = null;
  let problem = 'The model is not loaded yet.';

  function plan(): void {
    const choice = panel.read();
    views = null;
    if (!scene) problem = 'The model is not loaded yet.';
    else if (!choice) problem = 'Some view settings need fixing: see the messages in the Views panel.';
    else {
      try {
        views = planViews(scene, choice.spec, { ...choice.options, aspect: aspect() });
        problem = views.length ? '' : 'This model has no cameras of its own.';
        if (!views.length) views = null;
      } catch (error) {
        // planViews explains bad input with a RangeError; anything else is a bug and stays loud
        if (!(error instanceof RangeError)) throw error;
        problem = error.message;
      }
    }
    panel.showSummary(views ? countText(views.length) : problem, !views);
    onPlan(views);
  }

  panel.onChange(plan);
  return {
    setScene(next) {
      scene = next;
      panel.setModelCamerasAvailable(next ? modelCameras(next).length > 0 : false);
      plan();
    },
    update: plan,
    get views() {
      return views;
    },
    get problem() {
      return problem;
    },
  };
}
