import type { OrderShareEntry, OrderShareLine, OrderShares } from "@karya-binaan/contracts"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ACCOUNTS, rupiahToJson, toRupiahBigInt, type Account } from "@karya-binaan/shares"
import { PROFIT_SHARE_MODULE } from "../../modules/profit-share"
import type ProfitShareModuleService from "../../modules/profit-share/service"
import type { OrderLineOfLapas } from "./order-lines"

interface LineSums {
  line_item_id: string
  lapas_id: string | null
  quantity: number
  revenue: bigint
  unit_cost: bigint
  shares: Record<Account, bigint>
}

/**
 * The shares booked for an order, net of refunds and corrections: per line and in total, with
 * the ledger entries behind them. A line's unit cost is its latest correction's, else its sale's.
 * With `lapasId`, only that lapas's entries count (a lapas's finance sees only their own lines);
 * null shows every lapas's. An order not captured yet shows no lines. `lines` are the order's
 * lines (orderLinesWithLapas), for their titles; the caller has checked the order is in scope.
 */
export async function orderSharesView(
  scope: MedusaContainer,
  orderId: string,
  orderLines: OrderLineOfLapas[],
  lapasId: string | null
): Promise<OrderShares> {
  const titles = new Map(orderLines.map((line) => [line.id, line.title]))
  const profitShare: ProfitShareModuleService = scope.resolve(PROFIT_SHARE_MODULE)
  const all = (await profitShare.listLedgerEntries({ order_id: orderId } as any, {
    order: { created_at: "ASC", id: "ASC" },
    take: null as any,
  })) as any[]
  const entries = all.filter((e) => lapasId === null || e.lapas_id === lapasId)

  const lines = new Map<string, LineSums>()
  const amountOf = (entry: any, field: string) => toRupiahBigInt(entry[`raw_${field}`] ?? entry[field] ?? 0)
  for (const entry of entries.filter((e) => e.kind === "sale")) {
    if (lines.has(entry.line_item_id)) continue
    lines.set(entry.line_item_id, {
      line_item_id: entry.line_item_id,
      lapas_id: entry.lapas_id ?? null,
      quantity: Number(entry.quantity),
      revenue: amountOf(entry, "revenue"),
      unit_cost: amountOf(entry, "unit_cost"),
      shares: { capital: 0n, premi: 0n, pnbp: 0n },
    })
  }
  for (const entry of entries) {
    const line = lines.get(entry.line_item_id)
    if (!line) continue
    line.shares[entry.account as Account] += amountOf(entry, "amount")
    if (entry.kind === "refund" && entry.account === "capital") {
      // A reversal carries the revenue it gave back (once per line, on its capital row).
      line.revenue -= amountOf(entry, "revenue")
    }
    if (entry.kind === "correction" && entry.unit_cost !== null && entry.unit_cost !== undefined) {
      // Entries come oldest first: the latest correction's HPP is the line's.
      line.unit_cost = amountOf(entry, "unit_cost")
    }
  }

  const total = { revenue: 0n, cost: 0n, profit: 0n, capital: 0n, premi: 0n, pnbp: 0n }
  const lineViews = [...lines.values()].map((line): OrderShareLine => {
    const profit = ACCOUNTS.reduce((sum, account) => sum + line.shares[account], 0n)
    total.revenue += line.revenue
    total.cost += line.revenue - profit
    total.profit += profit
    for (const account of ACCOUNTS) total[account] += line.shares[account]
    return {
      line_item_id: line.line_item_id,
      title: titles.get(line.line_item_id) ?? "",
      lapas_id: line.lapas_id,
      quantity: line.quantity,
      revenue: rupiahToJson(line.revenue),
      unit_cost: rupiahToJson(line.unit_cost),
      profit: rupiahToJson(profit),
      capital: rupiahToJson(line.shares.capital),
      premi: rupiahToJson(line.shares.premi),
      pnbp: rupiahToJson(line.shares.pnbp),
    }
  })

  return {
    order_id: orderId,
    revenue: rupiahToJson(total.revenue),
    cost: rupiahToJson(total.cost),
    profit: rupiahToJson(total.profit),
    capital: rupiahToJson(total.capital),
    premi: rupiahToJson(total.premi),
    pnbp: rupiahToJson(total.pnbp),
    lines: lineViews,
    entries: entries.map((entry): OrderShareEntry => ({
      id: entry.id,
      line_item_id: entry.line_item_id,
      account: entry.account,
      amount: rupiahToJson(amountOf(entry, "amount")),
      kind: entry.kind,
      reason: entry.reason ?? null,
      booked_at: new Date(entry.booked_at ?? entry.created_at).toISOString(),
      created_at: new Date(entry.created_at).toISOString(),
    })),
  }
}
