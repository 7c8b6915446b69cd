import os from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"
import { BaseSequencer, type TestSpecification } from "vitest/node"

/**
 * The two groups of suites (one booted app each, several minutes) start first, one per worker;
 * the shorter spec files fill in beside them. Without this, files are ordered by size and a group
 * could start last and run alone.
 */
const GROUPS_FIRST = ["demo-marketplace.spec.ts", "security.spec.ts"]
class GroupsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const rank = (file: TestSpecification) => {
      const index = GROUPS_FIRST.findIndex((name) => file.moduleId.endsWith(`/${name}`))
      return index === -1 ? GROUPS_FIRST.length : index
    }
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}

// Medusa's test runners were written for Jest; under Vitest they need Jest-style globals and
// ts-node for the TypeScript Medusa require()s at run time. Each integration spec file runs in its
// own process with its own database (a copy of a template) and its own server on a free port, so
// two files run at once on the two cores. The global setup builds, once per run, the migrated and
// the demo-seeded template databases the HTTP suites copy (integration-tests/runner.ts). The unit
// specs beside the code (src/**) boot nothing and share one process per worker: given a process
// each, their setup and imports took five times as long as their tests.
export default defineConfig({
  test: {
    globals: true,
    environment: "node",
    pool: "forks",
    fileParallelism: true,
    sequence: { sequencer: GroupsFirst },
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Under CI (two busy cores) a failed test runs once more; one that then passes is named as
    // flaky by the reporter below and in the test command's summary.
    retry: process.env.CI ? 1 : 0,
    reporters: ["default", "./integration-tests/retried-tests-reporter.ts"],
    env: {
      MEDUSA_DISABLE_TELEMETRY: "true",
      NODE_ENV: "test",
      TEST_TYPE: "integration:http",
      LOG_LEVEL: "error",
      // Emails of suites without SMTP_URL go to a throw-away folder, not the developer's.
      NOTIFICATION_DIR: path.join(os.tmpdir(), "karya-binaan-test-notifications"),
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.spec.ts"], isolate: false, setupFiles: ["./integration-tests/fresh-modules.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["integration-tests/**/*.spec.ts"],
          globalSetup: ["./integration-tests/global-setup.ts"],
          // ts-node for what Medusa require()s, and entities of an earlier file cleared: each file boots an app.
          setupFiles: ["./integration-tests/setup.ts"],
        },
      },
    ],
  },
})
