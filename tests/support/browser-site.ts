// One fixture for the browser tests: a built site served on 127.0.0.1 and a headless Chromium, started
// before the tests of a describe block and closed after them; and the describe block itself, skipped
// with the reason in its title where no Chromium can be had (tests/support/browser.ts; never under
// CI=true, where the tests run and fail instead).
import { afterAll, beforeAll, describe } from "vitest";
import type { Browser } from "playwright-core";
import { browserAvailable, browserTitle, launchBrowser } from "./browser.ts";
import { serveDirectory, type RunningServer } from "./static-server.ts";

/** A describe block of browser tests, skipped with the reason in its title where no Chromium can be had. */
export function describeInBrowser(title: string, body: () => void): void {
  describe.skipIf(!browserAvailable)(browserTitle(title), body);
}

export interface SiteInBrowser {
  /** Where the site is served: `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly browser: Browser;
}

/**
 * Serves the built site in `dist()` and launches Chromium before the tests of the describe block this is
 * called in, and closes both after them. Vitest runs a block's beforeAll hooks in the order they are
 * declared, so a block that builds its own site in a beforeAll declared first is served that site.
 */
export function siteInBrowser(dist: () => string): SiteInBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(dist());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} has not started: read it in a test or a beforeAll declared after siteInBrowser`);
    return value;
  };
  return {
    get origin() {
      return started(server, "the site's server").origin;
    },
    get browser() {
      return started(browser, "Chromium");
    },
  };
}
