import os from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"

// The fuzz stage (`pnpm test:fuzz`, stage `fuzz` of `pnpm test`): integration-tests/http/*.fuzz.ts
// only, with the integration tests' global setup (template databases) and setup. Its files do not
// end in .spec.ts, so the backend stage (vitest.config.mts) does not run them.
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["integration-tests/http/*.fuzz.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    pool: "forks",
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    env: {
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "test",
      TEST_TYPE: "integration:http",
      LOG_LEVEL: "error",
      NOTIFICATION_DIR: path.join(os.tmpdir(), "karya-binaan-test-notifications"),
    },
  },
})
