import { defineConfig } from "vitest/config"
import integration from "./vitest.config.mts"

// The fuzz stage (`pnpm test:fuzz`, stage `fuzz` of `pnpm test`): integration-tests/http/*.fuzz.ts
// only, with the integration tests' global setup (template databases), setup and environment.
// Its files do not end in .spec.ts, so the backend stage (vitest.config.mts) does not run them.
export default defineConfig({
  test: {
    ...integration.test,
    projects: undefined,
    include: ["integration-tests/http/*.fuzz.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    maxWorkers: 1,
    testTimeout: 600_000,
    // Seeded: a failure would fail again, after up to another ten minutes, on a database the first
    // attempt wrote to.
    retry: 0,
  },
})
