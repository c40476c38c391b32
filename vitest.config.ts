import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Specs import the public authoring API by its package name, as instructors' packs do.
    alias: { "latutor/kit": fileURLToPath(new URL("./src/grader/kit.ts", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: the end-to-end tests start real latutor processes and worker threads.
    maxWorkers: 2,
  },
});
