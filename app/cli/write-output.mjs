// @ts-check
// Where a rendered model's files go: <out>/<model>/<files>, so each model's cameras.json stays its own,
// or <out>/<model>_views.zip with --zip. Existing files of the same name are replaced; nothing else is touched.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {import('./batch-protocol').RenderedModel} RenderedModel */

/**
 * @param {string} out
 * @param {RenderedModel} result
 * @param {boolean} zip
 * @param {(index: number, size: number) => Promise<Buffer>} take
 * @returns {Promise<string>} the folder or archive written
 */
export async function writeModelOutput(out, result, zip, take) {
  const folder = zip ? out : join(out, result.folder);
  await mkdir(folder, { recursive: true });
  for (const [index, file] of result.files.entries()) await writeFile(join(folder, file.name), await take(index, file.size));
  return zip ? join(out, result.files[0].name) : folder;
}
