// Every address in the document judged before anything is read: outside ones are never fetched, and a damaged
// one stops the load when it names geometry, or drops its image with a warning.
import type { LoadContext } from '../context';
import { displayName } from '../errors';
import { classifyUri, dataUriMaxBytes, dataUriProblem, externalReferenceError, localUriProblem } from '../files';
import { tooLarge } from '../limits';
import { arrayOf, invalid, objectAt } from './json';

function uriProblem(uri: string): string | null {
  const kind = classifyUri(uri);
  return kind === 'data' ? dataUriProblem(uri) : kind === 'local' ? localUriProblem(uri) : null;
}

/** The size a data: URI decodes to, refused before decoding when it passes the buffer limit. */
export function checkDataUriSize(uri: string, what: string, ctx: LoadContext): void {
  const bytes = dataUriMaxBytes(uri);
  const limit = ctx.budget.limits.maxBufferBytes;
  if (bytes > limit) throw tooLarge(`the data embedded in ${what} holds up to`, bytes, limit, 'bytes');
}

export function checkUris(json: Record<string, unknown>, ctx: LoadContext): void {
  const buffers = arrayOf(json, 'buffers');
  buffers.forEach((_, i) => {
    const uri = objectAt(buffers, i, 'Buffer').uri;
    if (uri === undefined) return;
    if (typeof uri !== 'string') throw invalid(`buffer ${i} has an address that is not text.`);
    if (classifyUri(uri) === 'external') throw externalReferenceError('geometry data', uri);
    const problem = uriProblem(uri);
    if (problem) throw invalid(`buffer ${i} has ${problem} (${displayName(uri, 40)}).`);
    if (classifyUri(uri) === 'data') checkDataUriSize(uri, `buffer ${i}`, ctx);
  });
  const images = arrayOf(json, 'images');
  images.forEach((_, i) => {
    const uri = objectAt(images, i, 'Image').uri;
    if (uri === undefined) return;
    if (typeof uri !== 'string') {
      ctx.warn(`Image ${i} has an address that is not text; textures using it are not shown.`);
      return;
    }
    const problem = uriProblem(uri);
    if (problem) ctx.warn(`Image ${i} has ${problem} (${displayName(uri, 40)}); textures using it are not shown.`);
    else if (classifyUri(uri) === 'data') checkDataUriSize(uri, `image ${i}`, ctx);
  });
}
