// Module resolution hook (node:module register): every import of scripts/pipeline/parse/index.ts gets
// lossy-parser.ts instead, except the import lossy-parser.ts itself makes of the real parser.
const PARSER = "/scripts/pipeline/parse/index.ts";
const LOSSY = new URL("./lossy-parser.ts", import.meta.url).href;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.endsWith(PARSER) && context.parentURL !== LOSSY) return { ...resolved, url: LOSSY, shortCircuit: true };
  return resolved;
}
