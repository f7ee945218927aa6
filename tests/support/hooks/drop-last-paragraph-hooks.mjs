// Module resolution hook (node:module register): every import of the project's astro.config.mjs gets
// drop-last-paragraph.config.mjs instead, except the import that config itself makes of the real one.
const CONFIG = new URL("../../../astro.config.mjs", import.meta.url).pathname;
const SWAPPED = new URL("./drop-last-paragraph.config.mjs", import.meta.url).href;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (new URL(resolved.url).pathname === CONFIG && context.parentURL !== SWAPPED) return { ...resolved, url: SWAPPED, shortCircuit: true };
  return resolved;
}
