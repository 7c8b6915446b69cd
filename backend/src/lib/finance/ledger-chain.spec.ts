import { describe, expect, it } from "vitest"
import { canonicalText, canonicalTimestamp, chainField, chainHashOf, chainReportLines, sha256Hex } from "./ledger-chain"

describe("ledger chain canonical text", () => {
  it("writes NULL and the empty text differently, and counts UTF-8 bytes, not characters", () => {
    expect(chainField(null)).toBe("~")
    expect(chainField("")).toBe("0:")
    expect(chainField("~")).toBe("1:~")
    expect(chainField("ü")).toBe("2:ü")
    expect(chainField("😀")).toBe("4:😀")
    expect(chainField("a|b")).toBe("3:a|b")
  })

  it("cannot be fooled by moving a separator between fields", () => {
    const row = (reason: string | null, createdBy: string | null) =>
      canonicalText("share_ledger_entry", { chain_seq: "1", prev_hash: null, reason, created_by: createdBy })
    expect(row("a|1:b", null)).not.toBe(row("a", "b"))
    expect(row("", null)).not.toBe(row(null, null))
    expect(row(null, "")).not.toBe(row("", null))
  })

  it("appends a deposit's correction columns only when one is set, so older deposits keep their text", () => {
    const deposit = { chain_seq: "1", prev_hash: null, id: "pnbpd_1", lapas_id: "lapas_1", amount: "1000" }
    const plain = canonicalText("pnbp_deposit", deposit)
    expect(canonicalText("pnbp_deposit", { ...deposit, reverses_id: null, replaces_id: null, reason: null })).toBe(plain)
    const reversal = canonicalText("pnbp_deposit", { ...deposit, amount: "-1000", reverses_id: "pnbpd_0", reason: "Salah ketik" })
    expect(reversal.endsWith("|7:pnbpd_0|~|11:Salah ketik")).toBe(true)
    expect(canonicalText("pnbp_deposit", { ...deposit, reason: "x" })).not.toBe(plain)
  })

  it("writes timestamps as UTC with six fraction digits, whatever PostgreSQL trimmed", () => {
    expect(canonicalTimestamp("2026-11-05 03:04:05+00")).toBe("2026-11-05T03:04:05.000000Z")
    expect(canonicalTimestamp("2026-11-05 03:04:05.5+00")).toBe("2026-11-05T03:04:05.500000Z")
    expect(canonicalTimestamp("2026-11-05 03:04:05.123456+00")).toBe("2026-11-05T03:04:05.123456Z")
    expect(canonicalTimestamp(null)).toBeNull()
    // Another zone or DateStyle would hash differently: refused rather than guessed.
    expect(() => canonicalTimestamp("2026-11-05 10:04:05+07")).toThrow(/TimeZone UTC/)
    expect(() => canonicalTimestamp("Thu Nov 05 03:04:05 2026 UTC")).toThrow(/DateStyle ISO/)
  })

  it("puts version, table, seq and prev hash first, then the columns in their fixed order", () => {
    const text = canonicalText("closed_period", {
      chain_seq: "2",
      prev_hash: "ab",
      id: "clper_1",
      lapas_id: "lapas_1",
      month: "2026-01",
      start_at: "2025-12-31 17:00:00+00",
      end_at: "2026-01-31 17:00:00+00",
      closed_at: "2026-02-01 01:02:03+00",
      closed_by: null,
      ledger_head_seq: "7",
      ledger_head_hash: "cd",
      deposit_head_seq: null,
      deposit_head_hash: null,
      created_at: "2026-02-01 01:02:03.25+00",
      deleted_at: null,
    })
    expect(text).toBe(
      "11:kb-chain-v1|13:closed_period|1:2|2:ab|7:clper_1|7:lapas_1|7:2026-01|27:2025-12-31T17:00:00.000000Z|" +
        "27:2026-01-31T17:00:00.000000Z|27:2026-02-01T01:02:03.000000Z|~|1:7|2:cd|~|~|27:2026-02-01T01:02:03.250000Z|~"
    )
    expect(chainHashOf("closed_period", { chain_seq: "2", prev_hash: "ab", id: "clper_1" })).toMatch(/^[0-9a-f]{64}$/)
    // A missing column counts as NULL, and one changed column changes the hash.
    expect(chainHashOf("pnbp_deposit", { chain_seq: "1", prev_hash: null, amount: "1000" })).not.toBe(
      chainHashOf("pnbp_deposit", { chain_seq: "1", prev_hash: null, amount: "1001" })
    )
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  })

  it("prints one line per chain, naming the first broken row", () => {
    const lines = chainReportLines({
      ok: false,
      checked_at: "2026-01-01T00:00:00.000Z",
      chains: [
        { table: "share_ledger_entry", lapas_id: "lapas_1", rows: 3, head: { seq: 3, hash: "ff" }, broken: { kind: "row_changed", id: "sle_2", seq: 2, previous_id: "sle_1", detail: "changed" } },
        { table: "pnbp_deposit", lapas_id: null, rows: 0, head: null, broken: null },
      ],
    })
    expect(lines).toEqual([
      "share_ledger_entry lapas_1: 3 rows, head #3 ff, BROKEN at row sle_2 (seq 2, row_changed): changed",
      "pnbp_deposit (no lapas): 0 rows, empty, ok",
    ])
  })
})
