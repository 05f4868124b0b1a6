// The Khronos glTF-Validator's valid and malformed files: each must load or fail with a clear ModelLoadError
// (never an internal error, a hang or a fetch). Skipped, saying so, when ../shared is absent.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validatorRoot } from '../../corpus';
import { parseModel, ModelLoadError } from '../../../engine/loaders/index';

/** The same file with every mesh placed in the scene, so malformed accessors and primitives are really read. */
function withEveryMeshShown(file: { name: string; bytes: Uint8Array }): { name: string; bytes: Uint8Array } | null {
  if (!file.name.endsWith('.gltf')) return null;
  let json: { meshes?: unknown; nodes?: unknown; scenes?: unknown; scene?: unknown };
  try {
    json = JSON.parse(new TextDecoder().decode(file.bytes));
  } catch {
    return null;
  }
  if (!Array.isArray(json.meshes) || json.meshes.length === 0) return null;
  const nodes: unknown[] = Array.isArray(json.nodes) ? json.nodes : [];
  const first = nodes.length;
  json.meshes.forEach((_, i) => nodes.push({ mesh: i }));
  json.nodes = nodes;
  json.scenes = [{ nodes: json.meshes.map((_, i) => first + i) }];
  json.scene = 0;
  return { name: file.name, bytes: new TextEncoder().encode(JSON.stringify(json)) };
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(gltf|glb)$/i.test(name)) out.push(path);
  }
  return out;
}

const present = existsSync(validatorRoot);
if (!present) console.log(`the validator corpus is absent (${validatorRoot}): validator tests skipped`);
const models = present ? walk(validatorRoot).sort() : [];

describe.skipIf(!present)('glTF-Validator files', () => {
  const fetchSpy = vi.fn(() => {
    throw new Error('fetch must never be called');
  });
  const outcomes = { loaded: 0, refused: 0 };
  beforeAll(() => vi.stubGlobal('fetch', fetchSpy));
  afterAll(() => {
    vi.unstubAllGlobals();
    console.log(`validator: ${models.length} files (plus variants with every mesh shown): ${outcomes.loaded} loads, ${outcomes.refused} clear refusals`);
  });

  it('finds the files', () => expect(models.length).toBeGreaterThan(100));

  it('loads or refuses each one clearly, without fetching', async () => {
    const failures: string[] = [];
    for (const path of models) {
      // The model with the non-model files of its folder (buffers, images), as a person would drop them.
      const siblings = readdirSync(dirname(path)).filter((n) => !/\.(gltf|glb|json)$/i.test(n)).map((n) => join(dirname(path), n));
      const files = [path, ...siblings].map((p) => ({ name: basename(p), bytes: new Uint8Array(readFileSync(p)) }));
      const forced = withEveryMeshShown(files[0]);
      for (const attempt of forced ? [files, [forced, ...files.slice(1)]] : [files]) {
        try {
          await parseModel(attempt);
          outcomes.loaded++;
        } catch (error) {
          if (!(error instanceof ModelLoadError) || error.code === 'INTERNAL') failures.push(`${path}: ${String(error)} ${(error as Error).cause ?? ''}`);
          else outcomes.refused++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
