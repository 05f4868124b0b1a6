// @ts-check
// How the bench's command-line scripts start: options checked against their usage, then the browser, each failure
// said plainly with its exit code and without a stack trace.
import { BrowserError, launchBrowser } from '../app/cli/launch-browser.mjs';

/**
 * The parsed options; on --help prints the usage and exits 0, on a bad option prints why and the usage and exits 2.
 * The parser signals --help by throwing the usage text itself.
 * @template T
 * @param {(argv: string[]) => T} parse
 * @param {string} usage
 * @returns {T}
 */
export function optionsOrExit(parse, usage) {
  try {
    return parse(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message === usage) process.exit((console.log(usage), 0));
    console.error(`${message}\n${usage}`);
    process.exit(2);
  }
}

/**
 * Chromium, launched; a missing or broken browser is said in one line and exits 1.
 * @param {Parameters<typeof launchBrowser>[0]} options
 */
export function browserOrExit(options) {
  return launchBrowser(options).catch((error) => {
    if (!(error instanceof BrowserError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
}
