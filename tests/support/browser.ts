// Headless Chromium from Debian's package, driven by playwright-core (test tools cannot download
// browsers here). Locally, browser tests are skipped with a note when Chromium is missing; in CI
// (CI=true) `.ci/run` installs it, and a missing browser fails the run rather than hiding the tests.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.MINUTEBOOK_CHROMIUM ?? "/usr/bin/chromium";
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === "true";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // No --user-data-dir: playwright refuses it in launch() and gives every launch a fresh profile itself.
    ],
  });
}
