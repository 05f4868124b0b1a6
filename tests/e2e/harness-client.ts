// Node-side handle on tests/e2e/pages/harness.html: opens it on one backend, collects console errors,
// page errors and GPU error events, and hands read-back images to the specs.
import { expect, type Page } from '@playwright/test';
import type { Backend } from './browser';
import { fromBase64, type Image } from './pixels';

export interface HarnessFile { name: string; bytes: Uint8Array }

export interface RenderArgs {
  width: number;
  height: number;
  background?: [number, number, number, number];
  camera?: Record<string, unknown>;
  frame?: boolean;
  pass?: 'color' | 'mask' | 'depth' | 'normals';
  supersample?: 1 | 2 | 4;
  tileSize?: number;
}

export class Harness {
  readonly problems: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page, readonly backend: Backend) {
    // the location names the resource when the error is a failed load
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console: ${m.text()} ${m.location().url ?? ''}`.trim()); });
    page.on('pageerror', (e) => this.problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') this.foreignRequests.push(r.url());
    });
  }

  static async open(page: Page, backend: Backend): Promise<Harness> {
    const h = new Harness(page, backend);
    await page.goto('/tests/e2e/pages/harness.html');
    await page.waitForFunction(() => document.title === 'harness ready');
    const info = await page.evaluate((b) => (window as any).harness.init(b), backend);
    expect(info.backend).toBe(backend);
    return h;
  }

  async load(files: HarnessFile[]): Promise<{ ok: boolean; warnings?: string[]; code?: string; message?: string }> {
    const args = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
    return this.page.evaluate((a) => (window as any).harness.load(a), args);
  }

  /** Loads `{ name, bytes }` inputs rather than Files; returns what is left of the page's byte arrays afterwards. */
  async loadBytes(files: HarnessFile[], transferBytes: boolean): Promise<{ roots: number; bytesLeft: number[] }> {
    const args = files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') }));
    return this.page.evaluate(([a, t]) => (window as any).harness.loadBytes(a, t), [args, transferBytes] as const);
  }

  async render(args: RenderArgs): Promise<Image> {
    return fromBase64(await this.page.evaluate((a) => (window as any).harness.render(a), args));
  }

  /** Renders in the page and brings back only a `factor`× smaller box-averaged copy (for images too big to move). */
  async renderDownscaled(args: RenderArgs, factor: number): Promise<Image> {
    return fromBase64(await this.page.evaluate(([a, f]) => (window as any).harness.renderDownscaled(a, f), [args, factor] as const));
  }

  /** Plans and exports views of the loaded model in the page; returns the files by name. */
  async exportViews(spec: object, plan: object, settings: object, loseDeviceAt?: number): Promise<Map<string, Buffer>> {
    const files: { name: string; base64: string }[] = await this.page.evaluate(([a, b, c, d]) => (window as any).harness.exportViews(a, b, c, d), [spec, plan, settings, loseDeviceAt] as const);
    return new Map(files.map((f) => [f.name, Buffer.from(f.base64, 'base64')]));
  }

  /** Chooses the style through the engine's public API; a refusal comes back as its error's name and message. */
  async setStyle(id: string, params?: Record<string, unknown>): Promise<{ ok: boolean; name?: string; message?: string; style?: { id: string; params: Record<string, unknown> } }> {
    return this.page.evaluate(([i, p]) => (window as any).harness.setStyle(i, p), [id, params] as const);
  }

  /** Chooses the style and fails the test when the engine refuses it. */
  async useStyle(id: string, params?: Record<string, unknown>): Promise<void> {
    const result = await this.setStyle(id, params);
    expect(result, `setStyle(${id})`).toMatchObject({ ok: true });
  }

  /** Shows (options) or hides (null) the ground shadow; a refusal comes back as its error's name and message. */
  async setGroundShadow(options: { up: 'y' | 'z'; opacity?: number; softness?: number } | null | Record<string, unknown>): Promise<{ ok: boolean; name?: string; message?: string; groundShadow?: unknown }> {
    return this.page.evaluate((o) => (window as any).harness.setGroundShadow(o), options);
  }

  async currentStyle(): Promise<{ id: string; params: Record<string, unknown> }> {
    return this.page.evaluate(() => (window as any).harness.currentStyle());
  }

  async styles(): Promise<{ id: string; label: string; parameters: { id: string; kind: string; default: unknown }[] }[]> {
    return this.page.evaluate(() => (window as any).harness.styles());
  }

  /** The device's creation counters (pipelines, bind groups, buffers, textures). */
  async stats(): Promise<{ pipelinesCreated: number; bindGroupsCreated: number; buffersCreated: number; texturesCreated: number }> {
    return this.page.evaluate(() => (window as any).harness.stats());
  }

  /** GPU error and loss events plus console and page errors seen so far. */
  async allProblems(): Promise<string[]> {
    const events: { type: string; message?: string; reason?: string }[] = await this.page.evaluate(() => (window as any).harness.events());
    return [...this.problems, ...events.map((e) => `${e.type}: ${e.message ?? e.reason ?? ''}`)];
  }

  async expectNoProblems(): Promise<void> {
    expect(await this.allProblems()).toEqual([]);
    expect(this.foreignRequests).toEqual([]);
  }
}

/** An orthographic camera looking down -z at the origin, showing the square [-1,1]² (XY). */
export const frontOrtho = {
  position: [0, 0, 5],
  target: [0, 0, 0],
  up: [0, 1, 0],
  projection: 'orthographic',
  orthoHeight: 2,
  near: 0.1,
  far: 20,
};
