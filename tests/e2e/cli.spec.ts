// The command-line batch renderer (app/cli/render.mjs) run as a person would run it: real corpus models read in
// place plus a damaged file, checked by the files it writes, its lines and its exit status, on both backends.
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { PRESET_NAMES, VIEW_SET_NAMES } from '../../engine/views/presets';
import { corpusAbsentReason, listCorpusModels } from '../corpus';
import { backends } from './browser';

const projectRoot = resolve(new URL('../..', import.meta.url).pathname);
const cli = join(projectRoot, 'app/cli/render.mjs');

// small and quick, and between them a .gltf whose .bin the CLI must pick up from the model's folder
const MODEL_IDS = ['gltf/Box/glTF', 'stl/cube_meshlab_binary.stl'];

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: projectRoot, env: process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function pickModels(): { paths: string[] } | { reason: string } {
  const absent = corpusAbsentReason();
  if (absent) return { reason: absent };
  const models = listCorpusModels();
  const picked = MODEL_IDS.map((id) => models.find((m) => m.id === id));
  if (picked.some((m) => !m)) return { reason: `the corpus lacks ${MODEL_IDS.join(' or ')}: CLI render test skipped` };
  return { paths: picked.map((m) => m!.paths[0]) };
}

const choice = pickModels();
if ('reason' in choice) console.log(choice.reason);

for (const backend of backends) {
  test(`CLI renders each model into its own folder and reports a damaged one on ${backend}`, async () => {
    test.skip('reason' in choice, 'reason' in choice ? choice.reason : '');
    test.setTimeout(180_000);
    const [gltf, stl] = (choice as { paths: string[] }).paths;
    const temp = mkdtempSync(join(tmpdir(), 'modelshot-cli-'));
    try {
      const broken = join(temp, 'broken.glb');
      writeFileSync(broken, Buffer.from('this is not a model, only some bytes that look like nothing at all'));
      const out = join(temp, 'renders');
      const run = await runCli([gltf, broken, stl, '--views', 'front,right', '--size', '96x64', '--out', out, '--backend', backend]);
      const said = `${run.stdout}\n${run.stderr}`;

      expect(run.code, said).toBe(1);
      for (const [index, model] of [[1, gltf], [3, stl]] as const) {
        const base = basename(model).replace(/\.[^.]+$/, '');
        expect(run.stdout).toContain(`[${index}/3] ${model}: 2 images in `);
        for (const view of ['front', 'right']) {
          const png = PNG.sync.read(readFileSync(join(out, base, `${base}_${view}.png`)));
          expect([png.width, png.height], `${base} ${view}`).toEqual([96, 64]);
          expect(png.data.some((v, i) => i % 4 === 3 && v > 0), `${base} ${view} shows the model`).toBe(true);
        }
        const cameras = JSON.parse(readFileSync(join(out, base, 'cameras.json'), 'utf8'));
        expect(JSON.stringify(cameras)).toContain(`${base}_front.png`);
      }
      // the loader's own plain message, on the damaged file's line, and no stack trace anywhere
      expect(run.stderr).toMatch(/\[2\/3\] .*broken\.glb: FAILED — [A-Z][^\n]*\.\n/);
      expect(said).not.toMatch(/\n\s+at /);
      expect(existsSync(join(out, 'broken'))).toBe(false);
      expect(run.stdout).toContain(`Done: 2 of 3 models rendered into ${out}; failed: ${broken}.`);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
}

test('CLI rejects an unknown option with exit status 2 and the usage', async () => {
  const run = await runCli(['model.glb', '--sideways']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('Unknown option --sideways.');
  expect(run.stderr).toContain('Usage: npm run render --');
  expect(run.stdout).toBe('');
});

test('CLI rejects an unknown view name with exit status 2 before loading any model', async () => {
  test.setTimeout(120_000);
  const run = await runCli(['does-not-matter.glb', '--views', 'front,sideways', '--out', join(tmpdir(), 'modelshot-cli-never-written')]);
  expect(run.code, run.stderr).toBe(2);
  expect(run.stderr).toContain('Unknown view "sideways"');
  expect(run.stderr).toContain('Usage: npm run render --');
  expect(existsSync(join(tmpdir(), 'modelshot-cli-never-written'))).toBe(false);
});

test("CLI help names every one of the engine's view sets and presets", async () => {
  const run = await runCli(['--help']);
  expect(run.code).toBe(0);
  for (const name of [...VIEW_SET_NAMES, ...PRESET_NAMES]) expect(run.stdout).toMatch(new RegExp(`[\\s,(]${name}[,;\\s)]`));
});
