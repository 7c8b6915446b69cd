// One-off: the production stack on this engineer's ports, then one journey file (not committed).
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "../scripts/lib/process.mjs"
import { serviceOutputs, startProductionStack } from "../scripts/lib/production-stack.mjs"
import { E2E_STACK, log } from "./stack.mjs"
const HERE = path.dirname(fileURLToPath(import.meta.url))
let stack
let code = 1
try {
  stack = await startProductionStack({ ...E2E_STACK, database: "readmodel_e2e", panelPort: null, xenditSimulatorPort: null, log })
  code = await run(process.execPath, ["--test", "--test-reporter=spec", process.argv[2]], {
    cwd: HERE,
    env: {
      E2E_STOREFRONT_URL: stack.storefrontUrl,
      E2E_BACKEND_URL: stack.backendUrl,
      E2E_PUBLISHABLE_KEY: stack.publishableKey,
      E2E_DATABASE_URL: stack.databaseUrl,
    },
  })
  if (code !== 0) console.error(serviceOutputs(stack.services))
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
} finally {
  await stack?.stop()
}
process.exit(code)
