// How much a model file may ask for: checked against the file's own declarations before anything is allocated.
import { ModelLoadError } from './errors';

export interface LoadLimits {
  /** Vertices over all primitives read (shared meshes count once). */
  maxVertices: number;
  /** Triangles over all primitives read. */
  maxTriangles: number;
  /** Bytes of binary data a glTF declares or embeds (its buffers, data: URIs included). */
  maxBufferBytes: number;
  /** Bytes of vertex and index arrays the loader builds (positions, normals, uvs, colours, indices, generated normals). */
  maxGeometryBytes: number;
  /** Width or height of one texture, as its image header declares it. */
  maxImageSide: number;
  /** Pixels of all textures together (each costs 4 bytes, more with mipmaps, once decoded). */
  maxTexturePixels: number;
}

/**
 * Sized for one browser tab: 50 M vertices and triangles are far past what renders interactively; 512 MiB of
 * buffers and 1 GiB of built arrays stay under the ~2-4 GiB a tab may use; 16384 is the largest texture side
 * common GPUs accept, and 256 M pixels are 1 GiB of decoded RGBA.
 */
export const DEFAULT_LOAD_LIMITS: Readonly<LoadLimits> = {
  maxVertices: 50_000_000,
  maxTriangles: 50_000_000,
  maxBufferBytes: 512 * 1024 * 1024,
  maxGeometryBytes: 1024 * 1024 * 1024,
  maxImageSide: 16384,
  maxTexturePixels: 256 * 1024 * 1024,
};

const group = new Intl.NumberFormat('en-US');

function formatAmount(value: number, unit: string): string {
  if (unit !== 'bytes') return `${group.format(value)} ${unit}`;
  const mib = value / (1024 * 1024);
  return mib >= 1 ? `${group.format(Math.round(mib * 10) / 10)} MiB` : `${group.format(value)} bytes`;
}

/** "asks for X; the limit is Y (Z times too much)": what was too big and by how much. */
export function tooLarge(what: string, amount: number, limit: number, unit: string): ModelLoadError {
  const ratio = amount / Math.max(1, limit);
  const by = ratio >= 2 ? `${group.format(Math.round(ratio * 10) / 10)} times the limit` : `${formatAmount(amount - limit, unit)} over the limit`;
  return new ModelLoadError(
    'TOO_LARGE',
    `This model is too large to open here: ${what} ${formatAmount(amount, unit)}, and the limit is ${formatAmount(limit, unit)} (${by}).`,
  );
}

/** Running totals of what one load has asked for; each charge is made before the allocation it pays for. */
export class LoadBudget {
  readonly limits: LoadLimits;
  private vertices = 0;
  private triangles = 0;
  private bufferBytes = 0;
  private geometryBytes = 0;
  private texturePixels = 0;

  constructor(limits: Partial<LoadLimits> = {}) {
    this.limits = { ...DEFAULT_LOAD_LIMITS, ...limits };
  }

  chargeVertices(count: number): void {
    this.vertices += count;
    if (this.vertices > this.limits.maxVertices) throw tooLarge('it has', this.vertices, this.limits.maxVertices, 'vertices');
  }

  chargeTriangles(count: number): void {
    this.triangles += count;
    if (this.triangles > this.limits.maxTriangles) throw tooLarge('it has', this.triangles, this.limits.maxTriangles, 'triangles');
  }

  chargeBufferBytes(bytes: number, what: string): void {
    this.bufferBytes += bytes;
    if (this.bufferBytes > this.limits.maxBufferBytes) throw tooLarge(`${what} bring its binary data to`, this.bufferBytes, this.limits.maxBufferBytes, 'bytes');
  }

  chargeGeometryBytes(bytes: number): void {
    this.geometryBytes += bytes;
    if (this.geometryBytes > this.limits.maxGeometryBytes) {
      throw tooLarge('its vertex and index data need', this.geometryBytes, this.limits.maxGeometryBytes, 'bytes');
    }
  }

  /** One texture's declared size, against the side limit and the pixels of all textures together. */
  chargeImage(width: number, height: number, label: string): void {
    const side = Math.max(width, height);
    if (side > this.limits.maxImageSide) {
      throw new ModelLoadError(
        'TOO_LARGE',
        `This model is too large to open here: its texture "${label}" is ${width}×${height} pixels, and the largest side allowed is ${group.format(this.limits.maxImageSide)} pixels (${Math.round((side / this.limits.maxImageSide) * 10) / 10} times the limit).`,
      );
    }
    this.texturePixels += width * height;
    if (this.texturePixels > this.limits.maxTexturePixels) throw tooLarge('its textures have', this.texturePixels, this.limits.maxTexturePixels, 'pixels');
  }
}
