// npm run release: after a successful build, record its URLs as published. From then on every build
// checks that these URLs (and their #anchors) keep working, and keeps each document at its URL.
import { copyFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { readManifest } from "../pipeline/emit/url-manifest.ts";
import { sitePaths } from "./paths.ts";

const paths = sitePaths();
const built = join(paths.dist, "url-manifest.json");
if (!existsSync(built)) {
  console.error(`minutebook: no ${built}: run \`npm run build\` first`);
  process.exitCode = 1;
} else {
  const manifest = readManifest(built)!;
  copyFileSync(built, paths.publishedUrls);
  console.log(`minutebook: recorded ${Object.keys(manifest.pages).length} pages and ${manifest.files.length} files as published in ${paths.publishedUrls}`);
}
