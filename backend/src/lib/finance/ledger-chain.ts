import { createHash } from "node:crypto"
import {
  CHAIN_TABLES,
  type ChainBreak,
  type ChainStatus,
  type ChainTable,
  type LedgerChainResponse,
} from "@karya-binaan/contracts"
import { cursorRows, type Database, type SqlClient } from "../sql"

/**
 * Verification of the hash chain the database keeps over the ledger-like tables (see
 * Migration20261220120000 in the profit-share module). This file writes each row's canonical text
 * on its own, from the column values, and hashes it with Node's sha256: it trusts no function in
 * the database, so a replaced trigger or hash function cannot vouch for a changed row.
 *
 * Canonical text: fields joined by `|`, each `~` (NULL) or `<UTF-8 byte length>:<text>`:
 * `kb-chain-v1`, the table, chain_seq, prev_hash, then the table's columns in CHAIN_COLUMNS order.
 * Text as stored; integers, numerics and jsonb in PostgreSQL's text output; timestamptz as UTC
 * `YYYY-MM-DDTHH:MI:SS.ffffffZ` (microseconds).
 */

export const CHAIN_VERSION = "kb-chain-v1"

type ColumnType = "text" | "int" | "numeric" | "timestamptz" | "jsonb"

/** The hashed columns of each table, in order. Must match `<table>_chain_text` in the migration. */
export const CHAIN_COLUMNS: Record<ChainTable, readonly (readonly [string, ColumnType])[]> = {
  share_ledger_entry: [
    ["id", "text"], ["lapas_id", "text"], ["order_id", "text"], ["line_item_id", "text"], ["account", "text"],
    ["amount", "numeric"], ["raw_amount", "jsonb"], ["kind", "text"], ["reference_id", "text"],
    ["idempotency_key", "text"], ["policy_id", "text"], ["capital_bp", "int"], ["premi_bp", "int"],
    ["pnbp_bp", "int"], ["unit_cost", "numeric"], ["raw_unit_cost", "jsonb"], ["quantity", "int"],
    ["revenue", "numeric"], ["raw_revenue", "jsonb"], ["paid", "numeric"], ["raw_paid", "jsonb"],
    ["reason", "text"], ["created_by", "text"], ["booked_at", "timestamptz"], ["channel", "text"],
    ["line_kind", "text"], ["created_at", "timestamptz"], ["deleted_at", "timestamptz"],
  ],
  pnbp_deposit: [
    ["id", "text"], ["lapas_id", "text"], ["period_from", "text"], ["period_to", "text"], ["billing_code", "text"],
    ["ntpn", "text"], ["amount", "numeric"], ["raw_amount", "jsonb"], ["deposited_on", "text"], ["note", "text"],
    ["created_by", "text"], ["created_at", "timestamptz"], ["deleted_at", "timestamptz"],
  ],
  closed_period: [
    ["id", "text"], ["lapas_id", "text"], ["month", "text"], ["start_at", "timestamptz"], ["end_at", "timestamptz"],
    ["closed_at", "timestamptz"], ["closed_by", "text"], ["ledger_head_seq", "int"], ["ledger_head_hash", "text"],
    ["deposit_head_seq", "int"], ["deposit_head_hash", "text"], ["created_at", "timestamptz"],
    ["deleted_at", "timestamptz"],
  ],
}

/**
 * Columns added after v1 (Migration20261230120000): appended to a row's text, in this order, only
 * when any of them is set, so rows written before keep their text and hash.
 */
export const CHAIN_EXTENSION_COLUMNS: Partial<Record<ChainTable, readonly string[]>> = {
  pnbp_deposit: ["reverses_id", "replaces_id", "reason"],
}

/** One field of the canonical text. */
export function chainField(value: string | null): string {
  return value === null ? "~" : `${Buffer.byteLength(value, "utf8")}:${value}`
}

/**
 * A timestamptz as PostgreSQL prints it in ISO DateStyle with TimeZone UTC
 * ("2026-11-05 03:04:05.5+00") in the canonical form ("2026-11-05T03:04:05.500000Z").
 */
export function canonicalTimestamp(printed: string | null): string | null {
  if (printed === null) return null
  const match = /^(\d{4,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?\+00$/.exec(printed)
  if (!match) throw new Error(`Unexpected timestamp text "${printed}": read it with TimeZone UTC and DateStyle ISO.`)
  const [, y, mo, d, h, mi, s, fraction = ""] = match
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${fraction.padEnd(6, "0")}Z`
}

/** The canonical text of a row, from its columns as read by `chainSelect` (all text or null). */
export function canonicalText(table: ChainTable, row: Record<string, string | null>): string {
  const fields = [CHAIN_VERSION, table, row.chain_seq, row.prev_hash]
  for (const [column, type] of CHAIN_COLUMNS[table]) {
    const value = row[column] ?? null
    fields.push(type === "timestamptz" ? canonicalTimestamp(value) : value)
  }
  const extension = (CHAIN_EXTENSION_COLUMNS[table] ?? []).map((column) => row[column] ?? null)
  if (extension.some((value) => value !== null)) fields.push(...extension)
  return fields.map((field) => chainField(field ?? null)).join("|")
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex")
}

/** The row_hash a row must carry. */
export const chainHashOf = (table: ChainTable, row: Record<string, string | null>) => sha256Hex(canonicalText(table, row))

/** The SELECT list that reads a row of `table` as text, as `canonicalText` takes it. */
function chainSelect(table: ChainTable) {
  const columns = [...CHAIN_COLUMNS[table].map(([column]) => column), ...(CHAIN_EXTENSION_COLUMNS[table] ?? [])].map(
    (column) => `"${column}"::text AS "${column}"`
  )
  return [
    `id AS chain_row_id`,
    `coalesce(lapas_id, '') AS chain_key`,
    `chain_seq::text AS chain_seq`,
    `prev_hash`,
    `row_hash`,
    ...columns,
  ].join(", ")
}

/**
 * Walks one table's chains in (lapas, seq) order and reports each; `lapasId` narrows to one chain.
 * ORDER BY names the table's columns, not the SELECT's text aliases (seq "10" sorts before "2").
 */
async function verifyTable(trx: SqlClient, table: ChainTable, lapasId: string | null | undefined): Promise<ChainStatus[]> {
  const where = lapasId === undefined ? "" : `WHERE coalesce("${table}".lapas_id, '') = ?`
  const sql = `SELECT ${chainSelect(table)} FROM "${table}" ${where}
    ORDER BY coalesce("${table}".lapas_id, ''), "${table}".chain_seq NULLS LAST, "${table}".created_at, "${table}".id`
  const out: ChainStatus[] = []
  let current: (ChainStatus & { key: string; prevHash: string | null; prevId: string | null; expected: number }) | null = null
  const finish = () => {
    if (current) {
      const { key: _key, prevHash: _prevHash, prevId: _prevId, expected: _expected, ...status } = current
      out.push(status)
    }
  }
  for await (const row of cursorRows(trx, sql, lapasId === undefined ? [] : [lapasId ?? ""])) {
    if (!current || current.key !== row.chain_key) {
      finish()
      current = {
        table,
        lapas_id: row.chain_key === "" ? null : row.chain_key,
        rows: 0,
        head: null,
        broken: null,
        key: row.chain_key,
        prevHash: null,
        prevId: null,
        expected: 1,
      }
    }
    current.rows += 1
    const breakOf = (kind: ChainBreak["kind"], detail: string): ChainBreak => ({
      kind,
      id: row.chain_row_id,
      seq: row.chain_seq === null ? null : Number(row.chain_seq),
      previous_id: current!.prevId,
      detail,
    })
    let broken: ChainBreak | null = null
    if (row.chain_seq === null || row.row_hash === null) {
      broken = breakOf("unchained", `Row ${row.chain_row_id} carries no chain data: it was written with the chain trigger switched off.`)
    } else {
      const seq = Number(row.chain_seq)
      if (seq > current.expected) {
        broken = breakOf(
          "gap",
          seq === current.expected + 1
            ? `Seq ${current.expected} is missing before row ${row.chain_row_id} (seq ${seq}): a row was removed.`
            : `Seqs ${current.expected}–${seq - 1} are missing before row ${row.chain_row_id} (seq ${seq}): rows were removed.`
        )
      } else if (seq < current.expected) {
        broken = breakOf("duplicate", `Row ${row.chain_row_id} has seq ${seq}, expected ${current.expected}: seqs repeat or were renumbered.`)
      } else if ((row.prev_hash ?? null) !== current.prevHash) {
        broken = breakOf(
          "link_broken",
          current.prevId
            ? `Row ${row.chain_row_id} (seq ${seq}) does not link to row ${current.prevId} before it: that row's hash was rewritten, or rows were swapped.`
            : `Row ${row.chain_row_id} (seq 1) starts the chain but names a previous hash.`
        )
      } else if (chainHashOf(table, row) !== row.row_hash) {
        broken = breakOf("row_changed", `Row ${row.chain_row_id} (seq ${seq}) was changed after it was written: its contents no longer give its hash.`)
      }
      current.expected = Math.max(current.expected, seq) + 1
      current.head = { seq, hash: row.row_hash }
    }
    if (broken && !current.broken) current.broken = broken
    current.prevHash = row.row_hash ?? null
    current.prevId = row.chain_row_id
  }
  finish()
  return out
}

/**
 * Verifies the chains of every table, for one lapas (`lapasId`; its chains are listed even when
 * empty) or for all (undefined). Reads through a server-side cursor in one repeatable-read,
 * read-only transaction, so memory stays flat over any number of rows and the check sees one
 * snapshot. TimeZone and DateStyle are set for the transaction, as canonicalTimestamp reads them.
 */
export async function verifyLedgerChains(db: Database, lapasId?: string, now = new Date()): Promise<LedgerChainResponse> {
  const chains = await db.transaction(async (trx) => {
    await trx.raw(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`)
    await trx.raw(`SET LOCAL TimeZone = 'UTC'`)
    await trx.raw(`SET LOCAL DateStyle = 'ISO, YMD'`)
    const all: ChainStatus[] = []
    for (const table of CHAIN_TABLES) {
      const found = await verifyTable(trx, table, lapasId)
      if (lapasId !== undefined && !found.length) {
        found.push({ table, lapas_id: lapasId, rows: 0, head: null, broken: null })
      }
      all.push(...found)
    }
    return all
  })
  return { ok: chains.every((c) => !c.broken), checked_at: now.toISOString(), chains }
}

/** One line per chain, for the command line: table, lapas, rows, head, and the first break. */
export function chainReportLines(result: LedgerChainResponse): string[] {
  return result.chains.map((c) => {
    const head = c.head ? `head #${c.head.seq} ${c.head.hash}` : "empty"
    const status = c.broken
      ? `BROKEN at row ${c.broken.id} (seq ${c.broken.seq ?? "none"}, ${c.broken.kind}): ${c.broken.detail}`
      : "ok"
    return `${c.table} ${c.lapas_id ?? "(no lapas)"}: ${c.rows} rows, ${head}, ${status}`
  })
}
