// MeshLab's "comment TextureFile <name>" header line: the texture is looked up among the dropped files.
import type { LoadContext } from '../context';
import { DroppedFiles, classifyUri, externalReferenceWarning } from '../files';
import { checkedImage } from '../checked-image';
import { createSampler } from '../../scene/factory';
import type { Texture } from '../../scene/types';

export function plyTexture(comments: string[], plyName: string, files: DroppedFiles, ctx: LoadContext): Texture | null {
  const line = comments.find((c) => /^texturefile\s+/i.test(c));
  if (!line) return null;
  const reference = line.replace(/^texturefile\s+/i, '').trim();
  if (classifyUri(reference) === 'external') {
    ctx.warn(externalReferenceWarning('a texture', reference));
    return null;
  }
  const file = files.find(reference, plyName, 'path');
  const name = DroppedFiles.missingName(reference, 'path');
  if (!file) {
    ctx.warn(`The texture "${name}" was not dropped, so the model is shown without it. Add "${name}" to see it.`);
    return null;
  }
  const image = checkedImage(file.bytes, undefined, name, ctx);
  return image ? { name, image, sampler: createSampler() } : null;
}
