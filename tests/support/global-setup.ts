// Builds the bundled sample once for every test file that reads the built site.
import type { TestProject } from "vitest/node";
import { buildSite, type BuiltSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sampleSite: BuiltSite;
  }
}

export default function setup(project: TestProject): void {
  project.provide("sampleSite", buildSite());
}
