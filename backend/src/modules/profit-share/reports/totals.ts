import { SALE_CHANNELS, type ClosedPeriodChainHeads, type SaleChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { monthsOf } from "./period"
import { reconcilePnbp, type BookedPnbp, type DepositStatus } from "./reconciliation"
import { entriesFrom, everyChannel, FIGURES_SQL, inList, type ReadRows, type Scope } from "./scope"

export const FIGURES = ["revenue", "cost", "profit", "capital", "premi", "pnbp"] as const
export type Figures = Record<(typeof FIGURES)[number], bigint>

export interface ReportTotals extends Figures {
  /** Of every channel: deposits are not per channel. */
  deposited: bigint
  /** Every channel's PNBP booked − deposited (also under a channel filter). */
  outstanding: bigint
  over_deposited: boolean
  /** How deposits stand against PNBP booked (reconciliation.ts DepositStatus); difference ≥ 0. */
  deposit_status: DepositStatus
  difference: bigint
}

/** A group's figures with the units sold. */
export type FiguresWithQuantity = Figures & { quantity: number }

export interface ChannelTotals extends FiguresWithQuantity {
  channel: SaleChannel
}

export interface ReportHeader {
  totals: ReportTotals
  /** The channel the report is narrowed to, or null. */
  channel: SaleChannel | null
  /**
   * Per channel in SALE_CHANNELS order: every channel (zeros included) for a report of every
   * channel; the one channel when narrowed. They add up to `totals`.
   */
  by_channel: ChannelTotals[]
  /** The services (jasa) among the selection, across channels. */
  services: FiguresWithQuantity
  /** Every month the period touches is closed for every lapas in scope. */
  closed: boolean
  /** The latest close of those months, when closed. */
  closed_at: Date | null
  /** The chain heads each closed month in scope recorded at its close, by lapas and month. */
  chain_heads: ClosedPeriodChainHeads[]
}

const headOf = (seq: unknown, hash: unknown) => (seq === null || seq === undefined || !hash ? null : { seq: Number(seq), hash: String(hash) })

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

/** The sum of two groups' figures. */
export function addFigures(a: FiguresWithQuantity, b: FiguresWithQuantity): FiguresWithQuantity {
  return {
    revenue: a.revenue + b.revenue,
    cost: a.cost + b.cost,
    profit: a.profit + b.profit,
    capital: a.capital + b.capital,
    premi: a.premi + b.premi,
    pnbp: a.pnbp + b.pnbp,
    quantity: a.quantity + b.quantity,
  }
}

/**
 * The totals and the close state of a PNBP report's period, read from the module's own tables
 * (ledger, deposits, closed periods): small queries, read before any row of the report is written.
 */
export async function reportHeader(read: ReadRows, scope: Scope): Promise<ReportHeader> {
  // One pass over the ledger of every channel, per lapas, channel and kind of line: the report's
  // totals, channels and services add up from the groups of its channel (all, or the one it is
  // narrowed to), and the reconciliation's PNBP booked (always of every channel: deposits pay for
  // every channel's PNBP) from every group's, so the period's entries are read once, not twice.
  const entries = entriesFrom(everyChannel(scope))
  const rows = await read(
    `SELECT p.lapas_id, e.channel, e.line_kind, ${FIGURES_SQL}, COUNT(*) FILTER (WHERE e.account = 'pnbp') AS pnbp_entries
       FROM ${entries.sql} WHERE ${entries.where} GROUP BY p.lapas_id, e.channel, e.line_kind`,
    entries.params
  )
  const groups = rows
    .filter((r: any) => !scope.channel || r.channel === scope.channel)
    .map((r: any) => ({ channel: r.channel as SaleChannel, line_kind: r.line_kind as string, figures: figuresOf(r) }))
  const booked = new Map<string, BookedPnbp>()
  for (const r of rows) {
    const lapas = booked.get(r.lapas_id) ?? { lapas_id: r.lapas_id, total: 0n, n: 0 }
    booked.set(r.lapas_id, { lapas_id: r.lapas_id, total: BigInt(lapas.total) + figuresOf(r).pnbp, n: Number(lapas.n) + Number(r.pnbp_entries) })
  }
  const sumOf = (rows: typeof groups) => rows.reduce((sum, r) => addFigures(sum, r.figures), figuresOf({}))
  const figures = sumOf(groups)
  const channels = scope.channel ? [scope.channel] : [...SALE_CHANNELS]
  const services = sumOf(groups.filter((g) => g.line_kind === "service"))
  const reconciliation = await reconcilePnbp(
    read,
    everyChannel(scope),
    [...booked.values()].filter((b) => Number(b.n) > 0)
  )
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
  // The hash-chain heads the closes recorded (Migration20261220120000), printed on the report.
  const heads = ids.length
    ? await read(
        `SELECT lapas_id, month, ledger_head_seq::text AS ledger_seq, ledger_head_hash, deposit_head_seq::text AS deposit_seq,
                deposit_head_hash, chain_seq::text AS close_seq, row_hash
           FROM closed_period
          WHERE deleted_at IS NULL AND lapas_id IN (${inList(ids)}) AND month IN (${inList(months)})
          ORDER BY lapas_id, month`,
        [...ids, ...months]
      )
    : []
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
      outstanding: reconciliation.outstanding,
      over_deposited: reconciliation.over_deposited,
      deposit_status: reconciliation.status,
      difference: reconciliation.difference,
    },
    channel: scope.channel ?? null,
    by_channel: channels.map((channel) => ({ channel, ...sumOf(groups.filter((g) => g.channel === channel)) })),
    services,
    closed: allClosed,
    closed_at: allClosed && closed.closed_at ? new Date(closed.closed_at) : null,
    chain_heads: heads.map((h: any) => ({
      lapas_id: h.lapas_id,
      month: h.month,
      ledger: headOf(h.ledger_seq, h.ledger_head_hash),
      deposits: headOf(h.deposit_seq, h.deposit_head_hash),
      close: headOf(h.close_seq, h.row_hash),
    })),
  }
}
