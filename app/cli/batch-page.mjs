// @ts-check
// Node's handle on app/batch.html: opens it, starts the engine, and moves a model's files in and its exports out
// in parts of a few megabytes, so neither a large model nor a large image makes one oversized call.
import { readFile } from 'node:fs/promises';

/** @typedef {import('./batch-protocol').BatchJob} BatchJob */
/** @typedef {import('./batch-protocol').BatchReady} BatchReady */
/** @typedef {import('./batch-protocol').ModelResult} ModelResult */
/** @typedef {import('./batch-protocol').JobProblem} JobProblem */
/** @typedef {import('./model-files.mjs').ModelFile} ModelFile */
/** @typedef {(fraction: number, label: string) => void} ProgressListener */

const PART = 6 * 1024 * 1024;

export class BatchPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    /** @type {ProgressListener} */
    this.onProgress = () => {};
  }

  /**
   * @param {import('@playwright/test').Browser} browser
   * @param {string} baseUrl
   * @param {'auto' | 'webgpu' | 'webgl2'} backend
   * @returns {Promise<{ batch: BatchPage, ready: BatchReady }>}
   */
  static async open(browser, baseUrl, backend) {
    const batch = new BatchPage(await browser.newPage());
    // the page has everything it needs on 127.0.0.1; anything else is refused, not fetched
    await batch.page.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    await batch.page.exposeFunction('modelshotProgress', (/** @type {number} */ f, /** @type {string} */ label) => batch.onProgress(f, label));
    await batch.page.goto(`${baseUrl}/app/batch.html`);
    await batch.page.waitForFunction(() => document.title === 'batch ready');
    const ready = /** @type {BatchReady} */ (await batch.page.evaluate((b) => /** @type {any} */ (window).modelshotBatch.init(b), backend));
    return { batch, ready };
  }

  /** @param {BatchJob} job @returns {Promise<JobProblem>} */
  check(job) {
    return this.page.evaluate((j) => /** @type {any} */ (window).modelshotBatch.check(j), job);
  }

  /** @param {ModelFile[]} files the model's own file first @param {BatchJob} job @returns {Promise<ModelResult>} */
  async render(files, job) {
    for (const file of files) {
      const bytes = await readFile(file.path);
      for (let start = 0; start === 0 || start < bytes.length; start += PART) {
        const part = bytes.subarray(start, start + PART).toString('base64');
        const last = start + PART >= bytes.length;
        await this.page.evaluate(([n, b, l]) => /** @type {any} */ (window).modelshotBatch.addFilePart(n, b, l), /** @type {const} */ ([file.name, part, last]));
      }
    }
    return this.page.evaluate(([n, j]) => /** @type {any} */ (window).modelshotBatch.render(n, j), /** @type {const} */ ([files[0].name, job]));
  }

  /** The bytes of exported file `index`, `size` long. @param {number} index @param {number} size */
  async take(index, size) {
    /** @type {Buffer[]} */
    const parts = [];
    for (let start = 0; start === 0 || start < size; start += PART) {
      const base64 = await this.page.evaluate(([i, s, e]) => /** @type {any} */ (window).modelshotBatch.take(i, s, e), [index, start, start + PART]);
      parts.push(Buffer.from(base64, 'base64'));
    }
    return Buffer.concat(parts);
  }
}
