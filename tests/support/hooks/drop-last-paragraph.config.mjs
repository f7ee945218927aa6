// The project's Astro config, plus a Vite plugin that resolves every import of the renderer's seam
// (src/lib/render-hooks.ts) to drop-last-paragraph.ts, except the one that module makes of the real
// seam. See drop-last-paragraph.mjs.
import { fileURLToPath } from "node:url";
import config from "../../../astro.config.mjs";

const SEAM = fileURLToPath(new URL("../../../src/lib/render-hooks.ts", import.meta.url));
const BROKEN = fileURLToPath(new URL("./drop-last-paragraph.ts", import.meta.url));

/** @type {import("vite").Plugin} */
const dropLastParagraph = {
  name: "minutebook-test-drop-last-paragraph",
  enforce: "pre",
  async resolveId(source, importer, options) {
    if (!source.endsWith("render-hooks.ts") || importer === BROKEN) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === SEAM ? BROKEN : null;
  },
};

export default { ...config, vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), dropLastParagraph] } };
