import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { monthLabel, type ReportTimeZone } from "./reports/period"
import {
  CLOSED_PERIOD_TABLE,
  closedMonthMessage,
  insertDepositRow,
  periodLockKey,
  type NewDepositInput,
  type PnbpDepositRow,
} from "./service"
import type ProfitShareModuleService from "./service"

/**
 * Months closed in order and deposits corrected by reversal (Migration20261230120000): the
 * module's own SQL over its own tables, run in the module's repository transactions with the same
 * locks as the service (the period lock of the lapas, shared for a deposit; the NTPN lock).
 * Kept beside the service rather than in it while the booking code in service.ts is being changed;
 * they belong on the service once that settles.
 */

type Manager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }
type Repository = { transaction: <T>(task: (manager: Manager) => Promise<T>) => Promise<T> }

const repositoryOf = (service: ProfitShareModuleService) =>
  (service as unknown as { baseRepository_: Repository }).baseRepository_

const rawAmount = (value: bigint) => JSON.stringify({ value: value.toString(), precision: 20 })

/** A deposit row as stored, with the correction columns. */
export type DepositRow = PnbpDepositRow & {
  reverses_id: string | null
  replaces_id: string | null
  reason: string | null
}

/**
 * The months ("YYYY-MM", lapas zone) before `month` in which the lapas has activity (ledger entries
 * dated there, or deposits whose period ends there) and which are not closed, oldest first.
 */
export async function openMonthsBefore(
  service: ProfitShareModuleService,
  lapas: { id: string; time_zone: ReportTimeZone },
  month: string,
  monthStart: Date
): Promise<string[]> {
  const rows = await repositoryOf(service).transaction((manager) =>
    manager.execute(
      `SELECT to_char(e.booked_at AT TIME ZONE ?, 'YYYY-MM') AS month FROM share_ledger_entry e
        WHERE e.lapas_id = ? AND e.deleted_at IS NULL AND e.booked_at < ?::timestamptz
       UNION
       SELECT substr(d.period_to, 1, 7) FROM pnbp_deposit d
        WHERE d.lapas_id = ? AND d.deleted_at IS NULL AND substr(d.period_to, 1, 7) < ?
       EXCEPT
       SELECT c.month FROM ${CLOSED_PERIOD_TABLE} c WHERE c.lapas_id = ? AND c.deleted_at IS NULL
       ORDER BY 1`,
      [lapas.time_zone, lapas.id, monthStart.toISOString(), lapas.id, month, lapas.id]
    )
  )
  return rows.map((row: any) => row.month as string)
}

/** "Close Juli 2026 first: …" for a month whose earlier months with activity are open. */
export function closeInOrderMessage(month: string, open: string[]): string {
  const names = open.map(monthLabel)
  return `Close ${names[0]} first: ${monthLabel(month)} can be closed only when every earlier month with activity is closed (still open: ${names.join(", ")}).`
}

/** The deposit rows with these ids (any lapas), with the reversal of each when it has one. */
export async function depositsWithReversals(
  service: ProfitShareModuleService,
  ids: string[]
): Promise<Map<string, { deposit: DepositRow; reversal: DepositRow | null }>> {
  const out = new Map<string, { deposit: DepositRow; reversal: DepositRow | null }>()
  if (!ids.length) return out
  const marks = ids.map(() => "?").join(", ")
  const rows = await repositoryOf(service).transaction((manager) =>
    manager.execute(
      `SELECT * FROM pnbp_deposit WHERE deleted_at IS NULL AND (id IN (${marks}) OR reverses_id IN (${marks}))`,
      [...ids, ...ids]
    )
  )
  for (const row of rows as DepositRow[]) if (ids.includes(row.id)) out.set(row.id, { deposit: row, reversal: null })
  for (const row of rows as DepositRow[]) {
    if (row.reverses_id && out.has(row.reverses_id)) out.get(row.reverses_id)!.reversal = row
  }
  return out
}

/** The first closed month of the lapas that [start, end) touches, or null. */
async function closedMonthTouching(manager: Manager, lapasId: string, start: Date, end: Date): Promise<string | null> {
  const rows = await manager.execute(
    `SELECT month FROM ${CLOSED_PERIOD_TABLE}
      WHERE deleted_at IS NULL AND lapas_id = ? AND start_at < ?::timestamptz AND end_at > ?::timestamptz
      ORDER BY month LIMIT 1`,
    [lapasId, end.toISOString(), start.toISOString()]
  )
  return rows[0]?.month ?? null
}

async function lockDeposit(manager: Manager, lapasId: string, ntpn: string) {
  await manager.execute(`SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0))`, [periodLockKey(lapasId)])
  await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`pnbp_ntpn:${ntpn}`])
}

export interface ReverseDepositInput {
  deposit_id: string
  /** The deposit's period as instants in its lapas's zone (for the closed-month check). */
  period_start: Date
  period_end: Date
  /** Today in the lapas's zone: the reversal's deposited_on. */
  today: string
  reason: string
  created_by: string | null
}

/**
 * Reverses a deposit: writes a new row with `reverses_id`, the negated amount, the same lapas,
 * period, billing code and NTPN, and the reason; the deposit stays. Under the lapas's period lock
 * (shared) and the NTPN lock. Refused (NOT_ALLOWED) for a reversal and for a deposit whose period
 * touches a closed month; `{ conflict }` with the reversal on record when it is reversed already.
 */
export async function reverseDeposit(
  service: ProfitShareModuleService,
  deposit: DepositRow,
  input: ReverseDepositInput
): Promise<{ reversal: DepositRow; conflict?: undefined } | { conflict: DepositRow; reversal?: undefined }> {
  return await repositoryOf(service).transaction(async (manager) => {
    await lockDeposit(manager, deposit.lapas_id, deposit.ntpn)
    const [current] = await manager.execute(`SELECT * FROM pnbp_deposit WHERE deleted_at IS NULL AND id = ?`, [deposit.id])
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deposit ${deposit.id} was not found.`)
    if (current.reverses_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Deposit ${deposit.id} is itself a reversal (of ${current.reverses_id}); a reversal is not reversed. Record the deposit again instead.`
      )
    }
    const [existing] = await manager.execute(
      `SELECT * FROM pnbp_deposit WHERE deleted_at IS NULL AND reverses_id = ?`,
      [deposit.id]
    )
    if (existing) return { conflict: existing as DepositRow }
    const closed = await closedMonthTouching(manager, deposit.lapas_id, input.period_start, input.period_end)
    if (closed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        closedMonthMessage(closed, "a deposit of a closed month stays as recorded; record the difference as a deposit for an open month")
      )
    }
    const amount = BigInt(String(current.amount))
    const [reversal] = await manager.execute(
      `INSERT INTO pnbp_deposit
         (id, lapas_id, period_from, period_to, billing_code, ntpn, amount, raw_amount, deposited_on, note, created_by, reverses_id, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, NULL, ?, ?, ?)
       RETURNING *`,
      [
        generateEntityId(undefined, "pnbpd"),
        current.lapas_id,
        current.period_from,
        current.period_to,
        current.billing_code,
        current.ntpn,
        (-amount).toString(),
        rawAmount(-amount),
        input.today,
        input.created_by,
        current.id,
        input.reason,
      ]
    )
    return { reversal: reversal as DepositRow }
  })
}

export type RecordAgainInput = NewDepositInput

/**
 * Records a deposit whose NTPN belongs to reversed deposits only: the new row names the latest of
 * them (`replaces_id`). Returns null when the NTPN is new or carried by a deposit that is not
 * reversed (the service's recordDeposit then records it or answers its conflict); `{ conflict }`
 * when the reversed deposit is another lapas's. Same locks and closed-month rule as recordDeposit.
 */
export async function recordDepositAgain(
  service: ProfitShareModuleService,
  input: RecordAgainInput
): Promise<{ deposit: DepositRow; conflict?: undefined } | { conflict: DepositRow; deposit?: undefined } | null> {
  return await repositoryOf(service).transaction(async (manager) => {
    await lockDeposit(manager, input.lapas_id, input.ntpn)
    const carriers = (await manager.execute(
      `SELECT d.*, EXISTS (SELECT 1 FROM pnbp_deposit r WHERE r.reverses_id = d.id AND r.deleted_at IS NULL) AS reversed
         FROM pnbp_deposit d
        WHERE d.deleted_at IS NULL AND d.ntpn = ? AND d.reverses_id IS NULL
        ORDER BY d.created_at DESC, d.id DESC`,
      [input.ntpn]
    )) as (DepositRow & { reversed: boolean })[]
    if (!carriers.length || carriers.some((row) => !row.reversed)) return null
    const latest = carriers[0]
    if (latest.lapas_id !== input.lapas_id) return { conflict: latest }
    const closed = await closedMonthTouching(manager, input.lapas_id, input.period_start, input.period_end)
    if (closed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        closedMonthMessage(closed, "record deposits before closing the month, or record this one for a period in an open month")
      )
    }
    return { deposit: (await insertDepositRow(manager, input, latest.id)) as DepositRow }
  })
}
