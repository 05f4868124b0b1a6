#!/usr/bin/env node
// `npm test`: makes sure a Chromium is there, runs the unit tests (Vitest) and the browser tests
// (Playwright, both backends), and ends with one summary line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test-results', 'summary');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return true;
  const isRoot = process.getuid?.() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
  if (!process.env.CHROMIUM_PATH && (isRoot || sudo) && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing: installing Debian's chromium package (apt-get)...");
    const pre = sudo ?? [];
    const apt = (...a) => spawnSync(pre[0] ?? a[0], pre.length ? a : a.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status;
    apt('apt-get', 'update', '-qq');
    apt('apt-get', 'install', '-y', '-qq', 'chromium');
    if (existsSync(chromium)) return true;
  }
  console.error(
    `No Chromium at ${chromium}. Install Debian's package (sudo apt-get install chromium) or point the tests at ` +
      'any Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  );
  return false;
}

function countVitest(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0) };
}

function countPlaywright(file) {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0), skipped: s.skipped ?? 0 };
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = join(reports, 'vitest.json');
const playwrightJson = join(reports, 'playwright.json');

const total = { passed: 0, failed: 0, skipped: 0 };
const add = (c) => { if (c) for (const k of Object.keys(total)) total[k] += c[k]; };

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const unit = countVitest(vitestJson);
add(unit);
if (!unit && unitStatus !== 0) total.failed += 1;

/** A port nothing listens on, so the test server never collides with a dev server or another run. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let e2eStatus = 1;
if (ensureChromium()) {
  const port = process.env.TEST_PORT || String(await freePort());
  e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, TEST_PORT: port });
  const e2e = countPlaywright(playwrightJson);
  add(e2e);
  if (!e2e && e2eStatus !== 0) total.failed += 1;
} else {
  total.failed += 1;
}

console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(unitStatus === 0 && e2eStatus === 0 && total.failed === 0 ? 0 : 1);
