// @ts-check
// Headless Chromium for the command line, or a message that says how to get one; nothing is ever downloaded.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** Chromium is missing or would not start: said plainly, exit code 1. */
export class BrowserError extends Error {}

/** @param {string} command the command to run again, for the message */
const howTo = (command) =>
  "Install Debian's package (sudo apt-get install chromium) or point the command at any Chromium or Chrome: " +
  `CHROMIUM_PATH=/path/to/chrome ${command}`;

/** @param {{ extraArgs?: string[], command?: string }} [options] flags beyond the shared ones, and the command the message names */
export async function launchBrowser({ extraArgs = [], command = 'npm run render -- ...' } = {}) {
  if (!existsSync(chromiumPath)) throw new BrowserError(`No Chromium at ${chromiumPath}. ${howTo(command)}`);
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs], headless: true });
  } catch (error) {
    const first = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new BrowserError(`Chromium at ${chromiumPath} did not start (${first}). ${howTo(command)}`);
  }
}
