// Headless Chromium for the browser tests, driven by playwright-core (test tools cannot download
// browsers at install time). Which Chromium, in order:
//   1. MINUTEBOOK_CHROMIUM, a path to any Chromium binary;
//   2. the system's /usr/bin/chromium (Debian's package), unless MINUTEBOOK_NO_SYSTEM_CHROMIUM=1;
//   3. the Chromium that the npm package @sparticuz/chromium ships inside itself (a brotli-compressed
//      Linux x64 build with the NSS libraries and a font it needs), unpacked once into
//      node_modules/.cache/ — so `npm install && npm test` passes on a machine with only Node.
// When none can be had the browser tests are skipped with the reason in their title and on stderr; in
// CI (CI=true) they run anyway and fail, rather than hide the tests.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, normalize, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, createBrotliDecompress } from "node:zlib";
import { chromium, type Browser } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

interface BundledChromium {
  /** The package's folder of brotli files. */
  bin: string;
  version: string;
}

function bundledChromium(): BundledChromium | undefined {
  // The package carries only a Linux x64 build.
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  try {
    const require = createRequire(import.meta.url);
    // The package's exports hide its package.json: walk up from its entry point (build/cjs/index.cjs,
    // whose folder has a package.json of its own) to the folder that has the `bin` of brotli files.
    let root = dirname(require.resolve("@sparticuz/chromium"));
    while (!existsSync(join(root, "bin", "chromium.br")) && dirname(root) !== root) root = dirname(root);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const bin = join(root, "bin");
    return existsSync(join(bin, "chromium.br")) ? { bin, version } : undefined;
  } catch {
    return undefined;
  }
}

type Choice = { kind: "path"; path: string } | { kind: "bundled"; bundled: BundledChromium } | { kind: "none"; reason: string };

function choose(env: NodeJS.ProcessEnv = process.env): Choice {
  if (env.MINUTEBOOK_CHROMIUM) {
    return existsSync(env.MINUTEBOOK_CHROMIUM)
      ? { kind: "path", path: env.MINUTEBOOK_CHROMIUM }
      : { kind: "none", reason: `MINUTEBOOK_CHROMIUM=${env.MINUTEBOOK_CHROMIUM} does not exist` };
  }
  if (env.MINUTEBOOK_NO_SYSTEM_CHROMIUM !== "1" && existsSync(SYSTEM_CHROMIUM)) return { kind: "path", path: SYSTEM_CHROMIUM };
  const bundled = bundledChromium();
  if (bundled) return { kind: "bundled", bundled };
  return {
    kind: "none",
    reason:
      `no Chromium: neither ${SYSTEM_CHROMIUM} nor the npm package @sparticuz/chromium (Linux x64 only; ` +
      `this is ${process.platform} ${process.arch}) is there; set MINUTEBOOK_CHROMIUM to a Chromium binary`,
  };
}

const choice = choose();

/** Why the browser tests cannot run here, or undefined when they can (always undefined under CI=true). */
export const browserSkipReason: string | undefined =
  choice.kind === "none" && process.env.CI !== "true" ? choice.reason : undefined;
export const browserAvailable = browserSkipReason === undefined;
if (browserSkipReason) console.warn(`browser tests skipped: ${browserSkipReason}`);

/** A describe title that carries the reason when the browser tests are skipped. */
export const browserTitle = (title: string): string => (browserSkipReason ? `${title} (skipped: ${browserSkipReason})` : title);

/** Unpacks a tar archive of regular files and folders (as the package ships them) under `dir`. */
function untar(archive: Buffer, dir: string): void {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const field = (start: number, length: number) =>
      archive.toString("utf8", offset + start, offset + start + length).replace(/\0.*$/s, "");
    const name = field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100);
    if (!name) break;
    const size = parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1) || "0";
    const target = normalize(join(dir, name));
    if (!target.startsWith(dir + sep)) throw new Error(`tar entry ${name} would land outside ${dir}`);
    if (type === "5") mkdirSync(target, { recursive: true });
    else if (type === "0") {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, archive.subarray(offset + 512, offset + 512 + size), { mode: 0o755 });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** The package's Chromium, unpacked once per version into node_modules/.cache/ (atomically, by rename). */
async function unpackBundled({ bin, version }: BundledChromium): Promise<string> {
  const cache = join(fileURLToPath(new URL("../../node_modules/.cache/minutebook-chromium/", import.meta.url)), version);
  if (!existsSync(join(cache, "chromium"))) {
    const partial = `${cache}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    await pipeline(
      createReadStream(join(bin, "chromium.br")),
      createBrotliDecompress(),
      createWriteStream(join(partial, "chromium"), { mode: 0o755 }),
    );
    for (const part of ["al2023", "fonts", "swiftshader"]) {
      const archive = join(bin, `${part}.tar.br`);
      if (existsSync(archive)) untar(brotliDecompressSync(readFileSync(archive)), join(partial, part));
    }
    // The package's fonts.conf names serverless paths; point fontconfig at the unpacked font instead.
    writeFileSync(
      join(partial, "fonts", "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(cache, "fonts", "fonts")}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(cache, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(partial, cache);
    } catch (error) {
      // Another process unpacked it first.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(cache, "chromium"))) throw error;
    }
  }
  return cache;
}

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // No --user-data-dir: playwright refuses it in launch() and gives every launch a fresh profile itself.
];

export async function launchBrowser(): Promise<Browser> {
  if (choice.kind === "none") throw new Error(`cannot launch Chromium: ${choice.reason}`);
  if (choice.kind === "path") return chromium.launch({ executablePath: choice.path, args: ARGS });
  const dir = await unpackBundled(choice.bundled);
  const libs = join(dir, "al2023", "lib");
  return chromium.launch({
    executablePath: join(dir, "chromium"),
    args: ARGS,
    env: {
      ...process.env,
      // The NSS libraries the package ships (built for the same Chromium), ahead of any system ones.
      LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: join(dir, "fonts", "fonts.conf"),
    },
  });
}
