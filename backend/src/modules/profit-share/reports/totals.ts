import { toRupiahBigInt } from "@karya-binaan/shares"
import { monthsOf } from "./period"
import { reconcilePnbp } from "./reconciliation"
import { entriesFrom, FIGURES_SQL, inList, type ReadRows, type Scope } from "./scope"

export const FIGURES = ["revenue", "cost", "profit", "capital", "premi", "pnbp"] as const
export type Figures = Record<(typeof FIGURES)[number], bigint>

export interface ReportTotals extends Figures {
  deposited: bigint
  outstanding: bigint
  over_deposited: boolean
}

export interface ReportHeader {
  totals: ReportTotals
  /** Every month the period touches is closed for every lapas in scope. */
  closed: boolean
  /** The latest close of those months, when closed. */
  closed_at: Date | null
}

/** The figures of a row selected with FIGURES_SQL; cost is revenue − profit. */
export function figuresOf(row: any): Figures & { quantity: number } {
  const revenue = toRupiahBigInt(row.revenue ?? 0)
  const profit = toRupiahBigInt(row.profit ?? 0)
  return {
    revenue,
    cost: revenue - profit,
    profit,
    capital: toRupiahBigInt(row.capital ?? 0),
    premi: toRupiahBigInt(row.premi ?? 0),
    pnbp: toRupiahBigInt(row.pnbp ?? 0),
    quantity: Number(row.quantity ?? 0),
  }
}

/**
 * The totals and the close state of a PNBP report's period, read from the module's own tables
 * (ledger, deposits, closed periods): small queries, read before any row of the report is written.
 */
export async function reportHeader(read: ReadRows, scope: Scope): Promise<ReportHeader> {
  const entries = entriesFrom(scope)
  const [row] = await read(`SELECT ${FIGURES_SQL} FROM ${entries.sql} WHERE ${entries.where}`, entries.params)
  const figures = figuresOf(row ?? {})
  const reconciliation = await reconcilePnbp(read, scope)
  const months = monthsOf(scope.period.from, scope.period.to)
  const ids = scope.lapas.map((l) => l.id)
  const closed = ids.length
    ? (
        await read(
          `SELECT COUNT(*)::int AS n, MAX(closed_at) AS closed_at FROM closed_period
            WHERE deleted_at IS NULL AND lapas_id IN (${inList(ids)}) AND month IN (${inList(months)})`,
          [...ids, ...months]
        )
      )[0]
    : { n: 0, closed_at: null }
  const allClosed = ids.length > 0 && Number(closed.n) === ids.length * months.length
  return {
    totals: {
      revenue: figures.revenue,
      cost: figures.cost,
      profit: figures.profit,
      capital: figures.capital,
      premi: figures.premi,
      pnbp: figures.pnbp,
      deposited: reconciliation.deposited,
      outstanding: figures.pnbp - reconciliation.deposited,
      over_deposited: figures.pnbp - reconciliation.deposited < 0n,
    },
    closed: allClosed,
    closed_at: allClosed && closed.closed_at ? new Date(closed.closed_at) : null,
  }
}
