import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { chainReportLines, verifyLedgerChains } from "../lib/finance/ledger-chain"
import type { Database } from "../lib/sql"

/**
 * `pnpm --filter backend ledger:verify [lapas_id]` (`medusa exec ./src/scripts/verify-ledger-chain.ts`):
 * recomputes the hash chain of the share ledger, the PNBP deposits and the closed periods (every
 * lapas, or the one named) and prints per chain the rows checked, the head and the first broken
 * row. Exits with code 1 when any chain is broken. Reads only; safe to run at any time.
 */
export default async function verifyLedgerChain({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Database
  const lapasId = args?.[0]?.trim() || undefined
  const result = await verifyLedgerChains(db, lapasId)
  for (const line of chainReportLines(result)) logger.info(line)
  if (!result.ok) {
    const first = result.chains.find((c) => c.broken)!
    throw new Error(
      `Ledger chain broken: ${first.table} of ${first.lapas_id ?? "(no lapas)"}, first at row ${first.broken!.id} (${first.broken!.kind}). ${first.broken!.detail}`
    )
  }
  logger.info(`Ledger chains verified: ${result.chains.length} chains, ${result.chains.reduce((n, c) => n + c.rows, 0)} rows, no break.`)
}
