import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: the end-to-end tests start real latutor processes and worker threads.
    maxWorkers: 2,
  },
});
