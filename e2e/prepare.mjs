// Builds a fresh demo database for the journeys (and the admin dashboard if the stack asks for
// it), without starting any server: `pnpm test` runs it alongside the backend tests, then run.mjs with E2E_PREPARED=1.
import { prepareProductionStack } from "../scripts/lib/production-stack.mjs"
import { E2E_STACK, log } from "./stack.mjs"

try {
  await prepareProductionStack({ ...E2E_STACK, log })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
