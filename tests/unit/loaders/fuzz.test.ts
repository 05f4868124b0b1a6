// Property-based fuzzing (fast-check: shrinking to the smallest failing input and a reproducible seed): valid
// GLB, glTF, OBJ, STL and PLY files are mutated by byte flips, truncation, splices and number changes; each
// load must succeed or fail with a typed ModelLoadError other than INTERNAL, within its time bound.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUBE_MTL, CUBE_OBJ, SQUARE_PLY_ASCII, SQUARE_PLY_BINARY, TETRA_STL_ASCII, binaryStl, embeddedGltf, packGlb, richGltf, textFile,
} from '../../fixtures/malformed';
import { encodePng } from '../../fixtures/png';
import { parseModel, ModelLoadError, type InputFile } from '../../../engine/loaders/index';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS_PER_FORMAT = Number(process.env.FUZZ_RUNS ?? 120);
const CASE_LIMIT_MS = 2000;
console.log(`fuzz: seed ${SEED} (set FUZZ_SEED to change it), ${RUNS_PER_FORMAT} cases per format`);

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Numbers that break assumptions: signs, zero, 8/16/32-bit edges, past 2^32 and 2^53, huge and fractional. */
const INTERESTING = ['0', '-1', '1', '2', '3', '255', '256', '65535', '65536', '2147483647', '4294967295', '4294967296', '9007199254740993', '1e308', '-1e308', '0.5', '-0', '1e-45', 'NaN', 'Infinity'];

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; from: number; length: number; to: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'number'; which: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('splice' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 64 }), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({
    kind: fc.constant('number' as const),
    which: fc.nat(),
    value: fc.oneof(fc.constantFrom(...INTERESTING), fc.integer({ min: -100000, max: 5000000 }).map(String), fc.double({ noNaN: true }).map(String)),
  }),
);

function applyBytes(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  if (n === 0) return bytes;
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      out[m.at % n] = m.value;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % n);
    case 'splice': {
      const from = m.from % n;
      const piece = bytes.slice(from, from + m.length);
      const to = m.to % n;
      const out = new Uint8Array(n + piece.length);
      out.set(bytes.subarray(0, to));
      out.set(piece, to);
      out.set(bytes.subarray(to), to + piece.length);
      return out;
    }
    case 'delete': {
      const at = m.at % n;
      const out = new Uint8Array(n - Math.min(m.length, n - at));
      out.set(bytes.subarray(0, at));
      out.set(bytes.subarray(at + m.length), at);
      return out;
    }
    case 'number':
      return enc.encode(changeNumber(dec.decode(bytes), m.which, m.value));
  }
}

/** The text with its `which`-th number (modulo how many there are) replaced. */
function changeNumber(text: string, which: number, value: string): string {
  const matches = [...text.matchAll(/-?\d+(\.\d+)?(e[-+]?\d+)?/gi)];
  if (matches.length === 0) return text;
  const m = matches[which % matches.length];
  return text.slice(0, m.index) + value + text.slice(m.index! + m[0].length);
}

interface Format {
  name: string;
  /** The model files; `mutate` changes the main one. */
  files: () => InputFile[];
  mutate: (main: Uint8Array, mutations: Mutation[]) => Uint8Array;
}

const png = encodePng(4, 4, new Uint8Array(64).fill(200));
const rich = richGltf(png);
const richJsonText = JSON.stringify(rich.json);

const CUBE_MTL_TEXTURED = `${CUBE_MTL}map_Kd -s 1 1 1 -o 0 0 0 red.png\nmap_Bump -bm 0.5 red.png\nd 0.9\nKe 0 0 0\n`;

const byBytes = (main: Uint8Array, mutations: Mutation[]): Uint8Array => mutations.reduce(applyBytes, main);

const FORMATS: Format[] = [
  {
    name: 'GLB',
    files: () => [{ name: 'model.glb', bytes: packGlb(enc.encode(richJsonText), rich.bin) }],
    // Number changes go into the JSON chunk, repacked so the container stays consistent and the damage reaches the model.
    mutate: (main, mutations) => {
      const numbers = mutations.filter((m) => m.kind === 'number');
      const base = numbers.length ? packGlb(enc.encode(numbers.reduce((t, m) => changeNumber(t, m.which, m.value), richJsonText)), rich.bin) : main;
      return byBytes(base, mutations.filter((m) => m.kind !== 'number'));
    },
  },
  { name: 'glTF', files: () => [{ name: 'model.gltf', bytes: embeddedGltf(rich.json, rich.bin) }], mutate: byBytes },
  { name: 'OBJ', files: () => [textFile('model.obj', CUBE_OBJ), textFile('cube.mtl', CUBE_MTL_TEXTURED), { name: 'red.png', bytes: png }], mutate: byBytes },
  // The material library mutated beside an intact OBJ (the model is found by its extension, not its place).
  { name: 'MTL (text)', files: () => [textFile('cube.mtl', CUBE_MTL_TEXTURED), textFile('model.obj', CUBE_OBJ), { name: 'red.png', bytes: png }], mutate: byBytes },
  {
    name: 'STL',
    files: () => [{ name: 'model.stl', bytes: binaryStl([[0, 0, 0, 1, 0, 0, 0, 1, 0], [0, 0, 0, 0, 1, 0, 0, 0, 1], [1, 1, 1, 2, 1, 1, 1, 2, 1]]) }],
    mutate: byBytes,
  },
  { name: 'STL (text)', files: () => [textFile('model.stl', TETRA_STL_ASCII)], mutate: byBytes },
  { name: 'PLY', files: () => [{ name: 'model.ply', bytes: SQUARE_PLY_BINARY() }], mutate: byBytes },
  { name: 'PLY (text)', files: () => [textFile('model.ply', SQUARE_PLY_ASCII)], mutate: byBytes },
];

describe('fuzzing the loaders with mutated files', () => {
  const totals = { cases: 0, loaded: 0, refused: 0, slowest: 0 };
  const codes = new Map<string, number>();
  afterAll(() => {
    const byCode = [...codes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(`fuzz: ${totals.cases} cases (seed ${SEED}): ${totals.loaded} loaded, ${totals.refused} refused (${byCode}); slowest ${totals.slowest.toFixed(0)} ms`);
  });

  for (const format of FORMATS) {
    // Text formats share the per-format budget with their binary twin.
    const runs = format.name.includes('(text)') || ['STL', 'PLY', 'OBJ'].includes(format.name) ? Math.ceil(RUNS_PER_FORMAT / 2) : RUNS_PER_FORMAT;
    it(`${format.name}: ${runs} mutated files load or fail with a typed error`, { timeout: 120_000 }, async () => {
      const base = format.files();
      // The unmutated file must load, or the mutations would only test a broken fixture.
      expect((await parseModel(base)).roots.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          const files = [{ name: base[0].name, bytes: format.mutate(base[0].bytes, mutations) }, ...base.slice(1)];
          const start = performance.now();
          let error: unknown = null;
          try {
            await parseModel(files);
          } catch (e) {
            error = e;
          }
          const elapsed = performance.now() - start;
          totals.cases++;
          totals.slowest = Math.max(totals.slowest, elapsed);
          if (error === null) totals.loaded++;
          else if (error instanceof ModelLoadError) {
            totals.refused++;
            codes.set(error.code, (codes.get(error.code) ?? 0) + 1);
          }
          if (error !== null && !(error instanceof ModelLoadError)) throw new Error(`not a ModelLoadError: ${String(error)}`);
          if (error instanceof ModelLoadError && error.code === 'INTERNAL') throw new Error(`INTERNAL: ${error.message} ${String(error.cause)}`);
          if (error instanceof ModelLoadError && /[\u0000-\u001f\u007f]/.test(error.message)) throw new Error(`raw bytes in the message: ${JSON.stringify(error.message)}`);
          if (elapsed > CASE_LIMIT_MS) throw new Error(`took ${elapsed.toFixed(0)} ms`);
        }),
        { seed: SEED, numRuns: runs },
      );
    });
  }
});
