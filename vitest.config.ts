import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    // Build tests run the real pipeline (Astro + Pagefind) and take seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // Builds are CPU-heavy and the machines have two cores: run test files one at a time.
    fileParallelism: false,
  },
});
