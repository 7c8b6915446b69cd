import { generateEntityId, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { PremiAllocation } from "./models/allocation"
import { PremiPayout, type PayoutMethod } from "./models/payout"

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Repository = { transaction: <T>(task: (manager: Manager) => Promise<T>) => Promise<T> }

const raw = (value: bigint) => JSON.stringify({ value: value.toString(), precision: 20 })
const inList = (ids: string[]) => ids.map(() => "?").join(", ")
/** Allocation rows per INSERT statement (11 bindings each, far below PostgreSQL's 65,535). */
const ALLOCATION_INSERT_BATCH = 500

export interface AllocationRow {
  id: string
  lapas_id: string
  inmate_id: string
  batch_id: string
  order_id: string
  line_item_id: string
  ledger_entry_id: string
  kind: string
  amount: bigint
  booked_at: Date
}

export type NewAllocationRow = Omit<AllocationRow, "id">

export interface Balance {
  inmate_id: string
  earned: bigint
  paid: bigint
  outstanding: bigint
}

export interface NewPayout {
  lapas_id: string
  inmate_id: string
  amount: bigint
  paid_on: string
  method: PayoutMethod
  note?: string | null
  created_by?: string | null
}

const toAllocation = (row: any): AllocationRow => ({
  id: row.id,
  lapas_id: row.lapas_id,
  inmate_id: row.inmate_id,
  batch_id: row.batch_id,
  order_id: row.order_id,
  line_item_id: row.line_item_id,
  ledger_entry_id: row.ledger_entry_id,
  kind: row.kind,
  amount: BigInt(row.amount),
  booked_at: new Date(row.booked_at),
})

const ALLOCATION_COLUMNS = `id, lapas_id, inmate_id, batch_id, order_id, line_item_id, ledger_entry_id, kind,
  amount::text AS amount, booked_at`

/**
 * Premi per inmate: allocations of the premi ledger entries to makers and payouts. Both tables
 * are append-only; writes go through the methods below (advisory locks per order and per inmate).
 */
class PremiModuleService extends MedusaService({ PremiAllocation, PremiPayout }) {
  private get repository(): Repository {
    return (this as unknown as { baseRepository_: Repository }).baseRepository_
  }

  /**
   * Allocates an order's premi in ONE transaction under the order's advisory lock: `compute` gets
   * the order's allocations as they are inside the lock and returns the rows to add, each
   * inserted with ON CONFLICT (ledger_entry_id, inmate_id, batch_id) DO NOTHING. Replays and
   * concurrent runs therefore write each allocation once.
   */
  async allocateOrder(
    orderId: string,
    compute: (existing: AllocationRow[]) => NewAllocationRow[]
  ): Promise<{ inserted: number; existing: number }> {
    return await this.repository.transaction(async (manager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`premi:order:${orderId}`])
      const existing = (
        await manager.execute(
          `SELECT ${ALLOCATION_COLUMNS} FROM premi_allocation WHERE order_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
          [orderId]
        )
      ).map(toAllocation)
      const rows = compute(existing)
      let inserted = 0
      // All of them in one statement (a row that conflicts with an earlier one is skipped too).
      for (let i = 0; i < rows.length; i += ALLOCATION_INSERT_BATCH) {
        const batch = rows.slice(i, i + ALLOCATION_INSERT_BATCH)
        const written = await manager.execute(
          `INSERT INTO premi_allocation
             (id, lapas_id, inmate_id, batch_id, order_id, line_item_id, ledger_entry_id, kind, amount, raw_amount, booked_at)
           VALUES ${batch.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)").join(", ")}
           ON CONFLICT (ledger_entry_id, inmate_id, batch_id) WHERE deleted_at IS NULL DO NOTHING
           RETURNING id`,
          batch.flatMap((row) => [
            generateEntityId(undefined, "palloc"),
            row.lapas_id,
            row.inmate_id,
            row.batch_id,
            row.order_id,
            row.line_item_id,
            row.ledger_entry_id,
            row.kind,
            row.amount.toString(),
            raw(row.amount),
            row.booked_at.toISOString(),
          ])
        )
        inserted += written.length
      }
      return { inserted, existing: existing.length }
    })
  }

  /** Earned, paid and outstanding of the given inmates (all zero for one with nothing). */
  async balances(inmateIds: string[]): Promise<Map<string, Balance>> {
    const result = new Map<string, Balance>()
    for (const id of inmateIds) result.set(id, { inmate_id: id, earned: 0n, paid: 0n, outstanding: 0n })
    if (!inmateIds.length) return result
    const rows = await this.repository.transaction((manager) =>
      manager.execute(
        `SELECT inmate_id, SUM(earned)::text AS earned, SUM(paid)::text AS paid FROM (
           SELECT inmate_id, amount AS earned, 0 AS paid FROM premi_allocation
            WHERE inmate_id IN (${inList(inmateIds)}) AND deleted_at IS NULL
           UNION ALL
           SELECT inmate_id, 0, amount FROM premi_payout
            WHERE inmate_id IN (${inList(inmateIds)}) AND deleted_at IS NULL
         ) t GROUP BY inmate_id`,
        [...inmateIds, ...inmateIds]
      )
    )
    for (const row of rows) {
      const earned = BigInt(row.earned)
      const paid = BigInt(row.paid)
      result.set(row.inmate_id, { inmate_id: row.inmate_id, earned, paid, outstanding: earned - paid })
    }
    return result
  }

  /** Sum of the allocations of a lapas (to compare with the premi booked on the ledger). */
  async allocatedTotal(lapasId: string): Promise<bigint> {
    const [row] = await this.repository.transaction((manager) =>
      manager.execute(
        `SELECT COALESCE(SUM(amount), 0)::text AS total FROM premi_allocation WHERE lapas_id = ? AND deleted_at IS NULL`,
        [lapasId]
      )
    )
    return BigInt(row.total)
  }

  /**
   * Records a payout in ONE transaction under the inmate's advisory lock, refusing (400) an
   * amount above what is outstanding at that moment: two concurrent payouts cannot overdraw.
   */
  async recordPayout(input: NewPayout): Promise<{ id: string; outstanding_before: bigint }> {
    return await this.repository.transaction(async (manager) => {
      await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`premi:inmate:${input.inmate_id}`])
      const [row] = await manager.execute(
        `SELECT (SELECT COALESCE(SUM(amount), 0) FROM premi_allocation WHERE inmate_id = ? AND deleted_at IS NULL)
              - (SELECT COALESCE(SUM(amount), 0) FROM premi_payout WHERE inmate_id = ? AND deleted_at IS NULL) AS outstanding`,
        [input.inmate_id, input.inmate_id]
      )
      const outstanding = BigInt(String(row.outstanding))
      if (input.amount > outstanding) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The payout of ${input.amount} rupiah is more than this inmate's outstanding premi (${outstanding} rupiah); pay at most the outstanding balance.`
        )
      }
      const id = generateEntityId(undefined, "ppay")
      await manager.execute(
        `INSERT INTO premi_payout (id, lapas_id, inmate_id, amount, raw_amount, paid_on, method, note, created_by)
         VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)`,
        [
          id,
          input.lapas_id,
          input.inmate_id,
          input.amount.toString(),
          raw(input.amount),
          input.paid_on,
          input.method,
          input.note ?? null,
          input.created_by ?? null,
        ]
      )
      return { id, outstanding_before: outstanding }
    })
  }

  /**
   * What a statement needs for one inmate and period [start, end) (instants, from the lapas's
   * zone) and days [fromDay, toDay]: the opening balance, the allocations booked in the period and
   * the payouts paid in it, oldest first.
   */
  async statementData(inmateId: string, start: Date, end: Date, fromDay: string, toDay: string) {
    return await this.repository.transaction(async (manager) => {
      const [opening] = await manager.execute(
        `SELECT (SELECT COALESCE(SUM(amount), 0) FROM premi_allocation
                  WHERE inmate_id = ? AND booked_at < ? AND deleted_at IS NULL)::text AS earned,
                (SELECT COALESCE(SUM(amount), 0) FROM premi_payout
                  WHERE inmate_id = ? AND paid_on < ? AND deleted_at IS NULL)::text AS paid`,
        [inmateId, start.toISOString(), inmateId, fromDay]
      )
      const allocations = (
        await manager.execute(
          `SELECT ${ALLOCATION_COLUMNS} FROM premi_allocation
            WHERE inmate_id = ? AND booked_at >= ? AND booked_at < ? AND deleted_at IS NULL
            ORDER BY booked_at, created_at, id`,
          [inmateId, start.toISOString(), end.toISOString()]
        )
      ).map(toAllocation)
      const payouts = await manager.execute(
        `SELECT id, amount::text AS amount, paid_on, method, note, created_at FROM premi_payout
          WHERE inmate_id = ? AND paid_on >= ? AND paid_on <= ? AND deleted_at IS NULL
          ORDER BY paid_on, created_at, id`,
        [inmateId, fromDay, toDay]
      )
      return {
        opening: { earned: BigInt(opening.earned), paid: BigInt(opening.paid) },
        allocations,
        payouts: payouts.map((p: any) => ({
          id: p.id as string,
          amount: BigInt(p.amount),
          paid_on: p.paid_on as string,
          method: p.method as PayoutMethod,
          note: (p.note ?? null) as string | null,
        })),
      }
    })
  }
}

export default PremiModuleService
