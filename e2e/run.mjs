// End-to-end run: the production stack (fresh demo database, backend, storefront and panel
// builds), then the journeys in tests/ (node:test + playwright-core in Debian's Chromium).
// With E2E_PREPARED=1 the database comes from prepare.mjs, run beforehand.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "../scripts/lib/process.mjs"
import { serviceOutputs, startProductionStack } from "../scripts/lib/production-stack.mjs"
import { E2E_STACK, log } from "./stack.mjs"

const HERE = path.dirname(fileURLToPath(import.meta.url))

let stack
let code = 1
try {
  stack = await startProductionStack({ ...E2E_STACK, prepared: process.env.E2E_PREPARED === "1", log })
  code = await run(
    process.execPath,
    ["--test", "--test-concurrency=1", "--test-reporter=spec", "tests/"],
    {
      cwd: HERE,
      env: {
        E2E_STOREFRONT_URL: stack.storefrontUrl,
        E2E_BACKEND_URL: stack.backendUrl,
        E2E_PANEL_URL: stack.panelUrl,
        E2E_PUBLISHABLE_KEY: stack.publishableKey,
        E2E_DATABASE_URL: stack.databaseUrl,
        E2E_XENDIT_URL: stack.xendit?.url ?? "",
        E2E_XENDIT_SECRET_KEY: stack.xendit?.secretKey ?? "",
      },
    }
  )
  if (code !== 0) console.error(serviceOutputs(stack.services))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  await stack?.stop()
}
process.exit(code)
