import { randomBytes } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, inject } from "vitest"
import type { SeedResult } from "../src/scripts/seed-demo"
import { appModule } from "./app"
import { copyDatabase } from "./databases"

type RateLimitsModule = typeof import("../src/lib/security/rate-limits")

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * `medusaIntegrationTestRunner` on a copy of a template database built once per run by
 * global-setup.ts, instead of a new database the runner migrates itself:
 * - `migrated`: all migrations and links, nothing seeded;
 * - `demo`: the demo marketplace seeded on top (no rendered images); `demoSeed()` returns
 *   what the seed returned.
 * The runner then finds the database up to date, boots the app, runs the suite's `beforeAll`
 * and, as before, snapshots the database and restores it before every test. (See README.md.)
 */
export function integrationTestRunner({ database, ...options }: RunnerOptions & { database: "migrated" | "demo" }) {
  const templates = inject("databaseTemplates")
  if (!templates) throw new Error("No template databases: integration-tests/global-setup.ts did not build them")
  const template = templates[database]
  const dbName = `${template}-${randomBytes(4).toString("hex")}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates (here: finds) and migrates the database.
      beforeServerStart: async (container) => {
        await copyDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/** What `seedDemoData` returned when it seeded the `demo` template (the same in every copy). */
export function demoSeed(): SeedResult {
  return inject("demoSeed")
}

/** A suite of `integrationTestGroup`: what a spec file of its own would pass as `testSuite`. */
export type Suite = RunnerOptions["testSuite"]

export function defineSuite({ testSuite }: { testSuite: Suite }): Suite {
  return testSuite
}

/**
 * Several suites on one booted app, on one copy of the `demo` template, instead of a spec file
 * (and an app boot) each. Each suite runs in its own `describe`: first the database goes back to
 * the template, then the suite's own `beforeAll` adds its fixtures, and that state is snapshotted
 * as the one the runner restores before each of the suite's tests, as if the suite ran alone.
 * Suites that change the app's configuration (environment read at boot) or need another
 * template keep their own spec file.
 */
export function integrationTestGroup(suites: Record<string, Suite>) {
  integrationTestRunner({
    database: "demo",
    testSuite: (options) => {
      const template = inject("databaseTemplates").demo
      // Before each suite, back to the template: the previous suite's last test left its writes.
      for (const [name, suite] of Object.entries(suites)) {
        describe(name, () => {
          beforeAll(() => options.dbUtils.restore({ templateName: template }))
          // …and the rate limits' counts (in memory here) start afresh: all suites are one client.
          beforeAll(() => appModule<RateLimitsModule>("src/lib/security/rate-limits").resetRateLimits())
          suite(options)
          beforeAll(() => options.dbUtils.snapshot())
        })
      }
    },
  })
}
