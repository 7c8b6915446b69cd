/**
 * Builds the template databases the HTTP suites start from, once per test run (run in a child
 * process by global-setup.ts, with ts-node registered). It boots Medusa through the same
 * `medusaIntegrationTestRunner` the suites use, so the databases are exactly what a suite would
 * build itself: `migrated` after all migrations, link sync and one boot; `demo` after the demo
 * seed on top (without rendered images, as most suites seeded it). The seed's result (ids and the
 * publishable key, equal in every copy of the template) goes to the JSON file KB_TEMPLATES_RESULT.
 */
import { writeFileSync } from "node:fs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../src/scripts/seed-demo"

const { seedDemoData } = require("../../src/scripts/seed-demo") as typeof import("../../src/scripts/seed-demo")

const migrated = required("KB_TEMPLATE_MIGRATED")
const demo = required("KB_TEMPLATE_DEMO")
const resultFile = required("KB_TEMPLATES_RESULT")

function required(name: string) {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

// The runner declares its lifecycle with Jest-style globals; outside a test framework they
// are collected here and run in order.
type Hook = () => unknown
const hooks: Record<"beforeAll" | "afterAll", Hook[]> = { beforeAll: [], afterAll: [] }
Object.assign(globalThis, {
  describe: (_name: string, body: () => void) => body(),
  beforeAll: (hook: Hook) => hooks.beforeAll.push(hook),
  afterAll: (hook: Hook) => hooks.afterAll.push(hook),
  beforeEach: () => {},
  afterEach: () => {},
})

let seeded: SeedResult | undefined

medusaIntegrationTestRunner({
  dbName: `${demo}-build`,
  testSuite: ({ getContainer, dbUtils, utils }) => {
    beforeAll(async () => {
      await dbUtils.snapshot({ templateName: migrated })
      seeded = await seedDemoData(getContainer(), { renderImages: false })
      await utils.waitWorkflowExecutions()
      // Subscribers the seed's events started may still be writing.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await dbUtils.snapshot({ templateName: demo })
    })
  },
})

async function main() {
  const started = Date.now()
  try {
    for (const hook of hooks.beforeAll) await hook()
  } finally {
    for (const hook of hooks.afterAll) await hook()
  }
  if (!seeded) throw new Error("The demo seed did not run")
  writeFileSync(resultFile, JSON.stringify(seeded))
  console.log(`Template databases ${migrated} and ${demo} built in ${Math.round((Date.now() - started) / 1000)} s`)
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
