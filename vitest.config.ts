import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Database tests share one PostgreSQL server; each file uses its own schema.
    fileParallelism: true,
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts", "src/**/*.test.ts"] } },
      // Browser tests (e2e/README.md): each file starts the server and chromium once.
      // More time: a browser and a server on 2 shared cores.
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
