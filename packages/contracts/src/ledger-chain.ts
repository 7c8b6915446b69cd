/**
 * The hash chain over the ledger-like tables (share ledger, PNBP deposits, closed periods): each
 * row carries chain_seq, prev_hash and row_hash, one chain per table and lapas.
 */
export const CHAIN_TABLES = ["share_ledger_entry", "pnbp_deposit", "closed_period"] as const
export type ChainTable = (typeof CHAIN_TABLES)[number]

/**
 * What broke at the first broken row of a chain:
 * - `row_changed`: the row's contents no longer give its row_hash (a column was changed);
 * - `link_broken`: its prev_hash is not the row_hash of the row before it (that row was rewritten with a new hash, or rows were swapped);
 * - `gap`: its chain_seq skips numbers (rows were removed before it);
 * - `duplicate`: its chain_seq repeats or goes back (rows were inserted or renumbered by hand);
 * - `unchained`: it has no chain data at all (inserted with the chain trigger switched off).
 */
export const CHAIN_BREAK_KINDS = ["row_changed", "link_broken", "gap", "duplicate", "unchained"] as const
export type ChainBreakKind = (typeof CHAIN_BREAK_KINDS)[number]

export interface ChainHead {
  seq: number
  hash: string
}

export interface ChainBreak {
  kind: ChainBreakKind
  /** The broken row. */
  id: string
  /** Its chain_seq (null when unchained). */
  seq: number | null
  /** The row before it in the chain, when there is one. */
  previous_id: string | null
  /** In English, for people: what was expected and what was found. */
  detail: string
}

export interface ChainStatus {
  table: ChainTable
  /** The chain's lapas (null: the rows without a lapas). */
  lapas_id: string | null
  /** Rows checked. */
  rows: number
  /** The last row of the chain (null when the chain is empty). */
  head: ChainHead | null
  /** The first broken row, or null when the whole chain verifies. */
  broken: ChainBreak | null
}

/** `GET /lapas-api/ledger/chain` query. */
export interface LedgerChainQuery {
  /** National members: one lapas (else every lapas); finance: their own only (another is a 404). */
  lapas_id?: string
}

/** `GET /lapas-api/ledger/chain` */
export interface LedgerChainResponse {
  /** Every chain verified without a break. */
  ok: boolean
  /** When the check ran (ISO). */
  checked_at: string
  chains: ChainStatus[]
}

/** The heads a closed month recorded at its close (also printed on its PNBP report). */
export interface ClosedPeriodChainHeads {
  lapas_id: string
  /** YYYY-MM */
  month: string
  ledger: ChainHead | null
  deposits: ChainHead | null
  /** The close's own row in the closed-period chain. */
  close: ChainHead | null
}
