import { LEDGER_ACCOUNTS, LEDGER_ENTRY_KINDS, type LedgerAccount, type LedgerEntryKind } from "@karya-binaan/contracts"
import type { LedgerFilter } from "@/lib/data/finance"
import { isDay } from "@/lib/periods"
import { channelParam } from "@/lib/sale-channels"

export const LEDGER_PAGE_SIZE = 25

/** The ledger screen's query string, in Indonesian as members see it in the address bar. */
export interface LedgerSearch {
  dari?: string
  sampai?: string
  jenis?: string
  pos?: string
  pesanan?: string
  /** A sales channel (online, event, showroom, gate, cooperative). */
  kanal?: string
  /** A national member's lapas (from the PNBP screen). */
  lapas?: string
  halaman?: string
}

/** The API filter of the screen's query: unknown values are dropped, not sent. */
export function ledgerFilterOf(search: LedgerSearch): LedgerFilter & { page: number } {
  const page = Math.max(1, Number.parseInt(search.halaman ?? "1", 10) || 1)
  return {
    from: search.dari && isDay(search.dari) ? search.dari : undefined,
    to: search.sampai && isDay(search.sampai) ? search.sampai : undefined,
    kind: LEDGER_ENTRY_KINDS.includes(search.jenis as LedgerEntryKind) ? (search.jenis as LedgerEntryKind) : undefined,
    account: LEDGER_ACCOUNTS.includes(search.pos as LedgerAccount) ? (search.pos as LedgerAccount) : undefined,
    order_id: search.pesanan?.trim() || undefined,
    channel: channelParam(search.kanal),
    lapas_id: search.lapas?.trim() || undefined,
    limit: LEDGER_PAGE_SIZE,
    offset: (page - 1) * LEDGER_PAGE_SIZE,
    page,
  }
}

/** The filters to keep in the pagination links (everything but the page). */
export function ledgerSearchOf(search: LedgerSearch): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const key of ["dari", "sampai", "jenis", "pos", "pesanan", "kanal", "lapas"] as const) {
    const value = search[key]?.trim()
    if (value) kept[key] = value
  }
  return kept
}
