import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Outside Next's server bundler "server-only" would throw; the server modules under test are server code.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "services/**/*.test.ts",
      "scripts/**/*.test.ts",
      "app/**/*.test.ts",
      "server/**/*.test.ts",
      "components/**/*.test.ts",
    ],
    environment: "node",
    // The suite must pass on a loaded two-core machine, where a test that takes 1 s alone can take several: the
    // default 5 s fails tests that are slow, not wrong. Tests that spawn processes or round-trip large files set their
    // own, larger timeout.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
