import { extractText, getDocumentProxy } from "unpdf"
import { formatRupiah } from "@karya-binaan/format"
import type { PremiStatement } from "../lib/premi/statement"
import { layoutProblems } from "./pdf-table"
import { renderStatement, rupiahInWords, statementNumber } from "./premi-statement"

const LONG = [
  "Set Kursi Teras Rotan Sintetis Anyaman Tangan Motif Kawung dengan Meja Kaca Tempered dan Bantal Busa Tebal",
  "Lukisan Cat Minyak di Atas Kanvas Pemandangan Sawah Bojonegoro Saat Panen Raya Bingkai Kayu Jati Ukir",
  "Jahe Instan",
]

function statement(lines: number, payouts: number): PremiStatement {
  return {
    inmate: { id: "inm_1", code: "WBP-BJN-0042", lapas_id: "lap_1" },
    lapas: { id: "lap_1", name: "Lapas Kelas IIA Bojonegoro", handle: "lapas-bojonegoro", time_zone: "Asia/Jakarta", city: "Bojonegoro", address: "Jl. Diponegoro No. 1, Kadipaten, Bojonegoro, Bojonegoro 62111", province: "Jawa Timur" },
    period: { from: "2026-11-01", to: "2026-11-30", time_zone: "Asia/Jakarta" },
    opening_balance: 10_000n,
    lines: Array.from({ length: lines }, (_, i) => ({
      date: `2026-11-${String((i % 28) + 1).padStart(2, "0")}`,
      booked_at: "2026-11-01T03:00:00.000Z",
      kind: i % 7 === 6 ? ("refund" as const) : ("sale" as const),
      order_id: `order_${i}`,
      display_id: 100 + i,
      line_item_id: `line_${i}`,
      product_title: `${LONG[i % LONG.length]} nomor ${i}`,
      units: (i % 3) + 1,
      amount: BigInt(1_000 + i),
      ledger_entry_id: `entry_${i}`,
    })),
    payouts: Array.from({ length: payouts }, (_, i) => ({
      id: `pay_${i}`,
      paid_on: `2026-11-${String(i + 10).padStart(2, "0")}`,
      method: (["cash_inside", "savings_account", "on_release"] as const)[i % 3],
      amount: BigInt(7_000 + 1_111 * i),
      note: i === 0 ? "Untuk membeli kebutuhan harian di koperasi lapas, dibayar di hadapan wali pemasyarakatan" : null,
    })),
    totals: { earned: 123_456n, paid: 45_678n },
    closing_balance: 87_778n,
  }
}

async function textOf(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf))
  const { text } = await extractText(doc, { mergePages: true })
  return { text: String(text).replace(/\s+/g, " "), pages: doc.numPages }
}

describe("premi statement PDF", () => {
  it("lays out long product names and many rows without overlaps, over pages with repeated headers", async () => {
    const s = statement(70, 5)
    const { pdf, layout } = await renderStatement(s)
    const body = { top: layout.margins.top, bottom: layout.pageHeight - layout.margins.bottom }
    expect(layoutProblems(layout.rows, body)).toEqual([])
    expect(layoutProblems(layout.receipts, body)).toEqual([])
    // A long name wraps: some rows are taller than one line, and none is cut off.
    const heights = layout.rows.filter((r) => r.kind === "row").map((r) => r.bottom - r.top)
    expect(Math.max(...heights)).toBeGreaterThan(2 * Math.min(...heights))
    // Every page the rows run onto starts with the table's header.
    const pages = [...new Set(layout.rows.map((r) => r.page))]
    expect(pages.length).toBeGreaterThan(2)
    for (const page of pages) {
      const first = layout.rows.find((r) => r.page === page)!
      if (page > 1) expect({ page, kind: first.kind }).toEqual({ page, kind: "header" })
    }

    const { text, pages: pageCount } = await textOf(pdf)
    expect(pageCount).toBeGreaterThanOrEqual(pages.length)
    expect(text).toContain("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA")
    expect(text).toContain("DIREKTORAT JENDERAL PEMASYARAKATAN")
    expect(text).toContain("LEMBAGA PEMASYARAKATAN KELAS IIA BOJONEGORO")
    expect(text).toContain(`Nomor: ${statementNumber(s)}`)
    expect(text).toContain("WBP-BJN-0042")
    for (const line of s.lines) expect(text).toContain(line.product_title!)
    // One receipt per payout, each with its amount in figures and in words, once.
    expect(text.match(/Telah menerima premi sebesar/g)).toHaveLength(s.payouts.length)
    for (const [i, p] of s.payouts.entries()) {
      const receipt = `${i + 1}. Telah menerima premi sebesar ${formatRupiah(p.amount)} (${rupiahInWords(p.amount)})`
      expect(text.split(receipt)).toHaveLength(2)
    }
    expect(text.match(/tanda tangan \/ cap jempol/g)).toHaveLength(s.payouts.length)
    expect(text).toContain("Saldo akhir: Rp 87.778")
    expect(text).toContain("1 November 2026 s.d. 30 November 2026 (WIB)")
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it("says there is nothing to sign for when nothing was paid out", async () => {
    const { pdf, layout } = await renderStatement(statement(2, 0))
    expect(layout.receipts).toEqual([])
    const { text } = await textOf(pdf)
    expect(text).toContain("tidak ada tanda terima")
    expect(text).not.toContain("Telah menerima premi")
  })

  it("writes rupiah in words", () => {
    expect(rupiahInWords(12_250n)).toBe("Dua belas ribu dua ratus lima puluh rupiah")
    expect(rupiahInWords(1_000n)).toBe("Seribu rupiah")
    expect(rupiahInWords(2_500_000_000n)).toBe("Dua miliar lima ratus juta rupiah")
  })
})
