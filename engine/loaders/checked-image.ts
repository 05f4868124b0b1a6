// A texture's bytes accepted only after their type and declared size are checked, before any decoder sees them.
import type { LoadContext } from './context';
import { displayName } from './errors';
import { readImageSize } from './image-header';
import { imageTypeOf } from './image-types';
import type { EncodedImage } from '../scene/types';

/**
 * The image to decode later, or null (with a warning) when its format is unknown or its header damaged.
 * `unused` images are only looked at for damage. A header that declares more pixels than the limits allow fails the load with TOO_LARGE.
 */
export function checkedImage(bytes: Uint8Array, declared: string | undefined, name: string, ctx: LoadContext, unused = false): EncodedImage | null {
  const label = displayName(name, 60);
  const mimeType = imageTypeOf(bytes, declared);
  if (!mimeType) {
    ctx.warn(`The texture "${label}" is in an image format this app cannot show; the model is shown without it.`);
    return null;
  }
  const size = readImageSize(bytes, mimeType);
  if (size === null || (size && (size.width === 0 || size.height === 0))) {
    ctx.warn(`The texture "${label}" is damaged (its ${mimeType.slice(6).toUpperCase()} header is unreadable or gives no size); the model is shown without it.`);
    return null;
  }
  // An image no texture uses is never decoded, so only its damage matters, not its size.
  if (size && !unused) ctx.budget.chargeImage(size.width, size.height, label);
  const image: EncodedImage = { kind: 'encoded', mimeType, bytes };
  if (!unused) ctx.imageFound(image);
  return image;
}
