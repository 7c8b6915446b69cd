import { randomBytes } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { inject } from "vitest"
import type { SeedResult } from "../src/scripts/seed-demo"
import { copyDatabase } from "./databases"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * `medusaIntegrationTestRunner` on a copy of a template database built once per run by
 * global-setup.ts, instead of a new database the runner migrates itself:
 * - `migrated`: all migrations and links, nothing seeded;
 * - `demo`: the demo marketplace seeded on top (no rendered images); `demoSeed()` returns
 *   what the seed returned.
 * The runner then finds the database up to date, boots the app, runs the suite's `beforeAll`
 * and, as before, snapshots the database and restores it before every test.
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
