// File names for exported images: `<model>_<view>.<ext>` or `<model>_<style>_<view>.<ext>`, safe on every OS and unique.

export type ImageFormat = 'png' | 'jpeg' | 'webp';
/** Extra render passes saved next to the image, always as PNG. */
export type ExtraPass = 'mask' | 'depth' | 'normals';

export interface ImageNameParts {
  /** The model's file name as dropped ("Damaged Helmet.glb"); its folder and extension are removed. */
  model: string;
  view: string;
  /** Omitted when the export uses a single style. */
  style?: string;
}

const EXTENSIONS: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
// Keeps the whole name well under the 255-byte limit of common file systems, however long the model's name.
const MAX_PART_LENGTH = 64;

/** Only [A-Za-z0-9._+-] survive ('+' keeps grid names' signs: el+30 vs el-30); anything else becomes '-', runs collapse; never empty. */
export function sanitizeNamePart(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // "Café" keeps its letters as "Cafe" rather than "Caf-".
    .replace(/[^A-Za-z0-9._+-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') // No hidden ".name" files, no dangling separators.
    .slice(0, MAX_PART_LENGTH)
    .replace(/[-.]+$/, '');
  return cleaned || fallback;
}

/** "models/Damaged Helmet.glb" → "Damaged-Helmet"; a bare ".glb" is all extension and becomes "model". */
export function modelBaseName(fileName: string): string {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return sanitizeNamePart(dot >= 0 ? base.slice(0, dot) : base, 'model');
}

function stem(parts: ImageNameParts): string {
  const model = modelBaseName(parts.model);
  const view = sanitizeNamePart(parts.view, 'view');
  return parts.style === undefined ? `${model}_${view}` : `${model}_${sanitizeNamePart(parts.style, 'style')}_${view}`;
}

export function imageFileName(parts: ImageNameParts, format: ImageFormat): string {
  return `${stem(parts)}.${EXTENSIONS[format]}`;
}

/** `<model>_<view>_mask.png` and the like. */
export function passFileName(parts: ImageNameParts, pass: ExtraPass): string {
  return `${stem(parts)}_${pass}.png`;
}

export interface UniqueNames {
  /** Returns `name`, or `name-2`, `name-3`… (before the extension) if it was already given out. */
  claim(name: string): string;
}

/** Names compare case-insensitively: an archive unpacked on Windows or macOS would merge "A.png" and "a.png". */
export function createUniqueNames(): UniqueNames {
  const taken = new Set<string>();
  return {
    claim(name: string): string {
      const dot = name.lastIndexOf('.');
      const base = dot > 0 ? name.slice(0, dot) : name;
      const extension = dot > 0 ? name.slice(dot) : '';
      let candidate = name;
      for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${extension}`;
      taken.add(candidate.toLowerCase());
      return candidate;
    },
  };
}

/** One view's files in an export: its images, one per style in the order given, and each data pass once. */
export interface ViewFileNames {
  images: string[];
  passes: Partial<Record<ExtraPass, string>>;
}

/**
 * `styles` lists the export's looks: one entry (its id, or undefined for the plain `<model>_<view>` names) for a
 * single-style export, every style's id for several. With several, the images are `<model>_<style>_<view>` and the
 * style-independent passes `<model>_<view>_<pass>`; with one, the passes carry the same name as the image.
 */
export function viewFileNames(
  model: string,
  view: string,
  styles: readonly (string | undefined)[],
  format: ImageFormat,
  passes: readonly ExtraPass[],
  names: UniqueNames,
): ViewFileNames {
  const images = styles.map((style) => names.claim(imageFileName({ model, view, style }, format)));
  const passStyle = styles.length === 1 ? styles[0] : undefined;
  const passNames: Partial<Record<ExtraPass, string>> = {};
  for (const pass of passes) passNames[pass] = names.claim(passFileName({ model, view, style: passStyle }, pass));
  return { images, passes: passNames };
}
