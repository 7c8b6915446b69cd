/**
 * The suite's last step, inside the Medusa app (`medusa exec ../e2e/fault/finish.ts` from backend/,
 * as a `server`): the second repair (which must find nothing, since the first ran and the queue
 * drained) and then the ledger audit, in one process instead of two (a boot costs ~15 s of CPU).
 * Runs the backend's own scripts, so it prints their `REPAIR_REPORT {json}` and `AUDIT_REPORT {json}`.
 */
import { createRequire } from "node:module"
import path from "node:path"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const repair = fromBackend("./src/scripts/repair").default
const auditLedger = fromBackend("./src/scripts/audit-ledger").default

export default async function finish({ container }: { container: any }) {
  await repair({ container })
  await auditLedger({ container, args: [] })
}
