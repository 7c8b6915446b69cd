import os from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"

// Medusa's test runners were written for Jest; under Vitest they need Jest-style globals,
// ts-node for the TypeScript Medusa require()s at run time, and one file at a time
// (each HTTP suite owns a database and a server). The global setup builds, once per run, the
// migrated and the demo-seeded template databases the HTTP suites copy (integration-tests/runner.ts).
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    include: ["integration-tests/**/*.spec.ts", "src/**/*.spec.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    env: {
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "test",
      TEST_TYPE: "integration:http",
      LOG_LEVEL: "error",
      // Emails of suites without SMTP_URL go to a throw-away folder, not the developer's.
      NOTIFICATION_DIR: path.join(os.tmpdir(), "karya-binaan-test-notifications"),
    },
  },
})
