// Which glTF extensions this loader understands; required unknown ones stop the load, optional ones warn.
import type { LoadContext } from '../context';
import { ModelLoadError, displayName } from '../errors';
import type { JsonObject } from './json';

export const SUPPORTED_EXTENSIONS = new Set([
  'KHR_texture_transform',
  'KHR_materials_emissive_strength',
  'KHR_materials_unlit',
  'KHR_lights_punctual',
  // Quantized attributes are read by the generic accessor reader like any other component type.
  'KHR_mesh_quantization',
  'EXT_texture_webp',
]);

/** What a person should know about extensions we cannot decode. */
const PLAIN_NAMES: Record<string, string> = {
  KHR_draco_mesh_compression: 'Draco mesh compression',
  EXT_meshopt_compression: 'meshoptimizer compression',
  KHR_meshopt_compression: 'meshoptimizer compression',
  KHR_texture_basisu: 'KTX2 / Basis Universal textures',
  EXT_mesh_gpu_instancing: 'GPU instancing',
};

function names(json: JsonObject, key: string): string[] {
  const value = json[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function shown(name: string): string {
  return /^[A-Za-z0-9_]{1,64}$/.test(name) ? name : displayName(name, 64);
}

export function checkExtensions(json: JsonObject, ctx: LoadContext): void {
  for (const name of names(json, 'extensionsRequired')) {
    if (SUPPORTED_EXTENSIONS.has(name)) continue;
    const plain = PLAIN_NAMES[name];
    const compression = /compression/.test(name);
    throw new ModelLoadError(
      'UNSUPPORTED_EXTENSION',
      plain
        ? `This model uses ${plain} (${name}), which this app cannot decode. ` +
            (compression ? 'Export or convert it again without compression, then drop it again.' : 'Export it again without this feature, then drop it again.')
        : `This model requires the glTF extension ${shown(name)}, which this app cannot read.`,
    );
  }
  const ignored = names(json, 'extensionsUsed').filter((n) => !SUPPORTED_EXTENSIONS.has(n));
  if (ignored.length > 0) {
    const list = ignored.slice(0, 6).map(shown).join(', ') + (ignored.length > 6 ? ', …' : '');
    ctx.warn(`Some features of this model are not shown, because this app does not support them: ${list}.`);
  }
}
