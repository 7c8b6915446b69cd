import type { ClosedPeriod, LedgerEntry, PnbpDeposit } from "@karya-binaan/contracts"
import { rupiahToJson } from "@karya-binaan/shares"
import type { ClosedPeriodRow, PnbpDepositRow } from "../../modules/profit-share/service"

/** A ledger row as the finance screens read it. */
export function ledgerEntryView(entry: Record<string, any>): LedgerEntry {
  return {
    id: entry.id,
    order_id: entry.order_id,
    line_item_id: entry.line_item_id,
    lapas_id: entry.lapas_id ?? null,
    account: entry.account,
    amount: rupiahToJson(entry.raw_amount ?? entry.amount),
    kind: entry.kind,
    policy_id: entry.policy_id ?? null,
    unit_cost:
      entry.unit_cost === null || entry.unit_cost === undefined ? null : rupiahToJson(entry.raw_unit_cost ?? entry.unit_cost),
    reason: entry.reason ?? null,
    created_at: new Date(entry.created_at).toISOString(),
    booked_at: new Date(entry.booked_at ?? entry.created_at).toISOString(),
    channel: entry.channel ?? "online",
    line_kind: entry.line_kind ?? "goods",
  }
}

/**
 * A deposit as the finance screens read it; `reversal`: the row that reverses it, when there is
 * one (the list and the reverse route look it up).
 */
export function pnbpDepositView(row: PnbpDepositRow & Record<string, any>, reversal?: Record<string, any> | null): PnbpDeposit {
  return {
    id: row.id,
    lapas_id: row.lapas_id,
    period_from: row.period_from,
    period_to: row.period_to,
    billing_code: row.billing_code,
    ntpn: row.ntpn,
    amount: rupiahToJson(row.raw_amount ?? row.amount),
    deposited_on: row.deposited_on,
    note: row.note ?? null,
    created_by: row.created_by ?? null,
    created_at: new Date(row.created_at).toISOString(),
    reverses_id: row.reverses_id ?? null,
    replaces_id: row.replaces_id ?? null,
    reason: row.reason ?? null,
    reversed_by: reversal
      ? { id: reversal.id, reason: reversal.reason ?? null, created_at: new Date(reversal.created_at).toISOString() }
      : null,
  }
}

export function closedPeriodView(row: ClosedPeriodRow): ClosedPeriod {
  return {
    id: row.id,
    lapas_id: row.lapas_id,
    month: row.month,
    start_at: new Date(row.start_at).toISOString(),
    end_at: new Date(row.end_at).toISOString(),
    closed_at: new Date(row.closed_at).toISOString(),
    closed_by: row.closed_by ?? null,
  }
}

/** The month `n` months before `month` (YYYY-MM). */
export function monthsBefore(month: string, n: number) {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}
