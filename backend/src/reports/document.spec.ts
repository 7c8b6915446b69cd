import { balanceText, fullLapasName, pnbpDocumentNumber } from "./document"
import { layoutProblems } from "./pdf-table"

describe("finance document pieces", () => {
  const lapas = { id: "lap_01", satker_code: "413521", handle: "lapas-bojonegoro" }

  it("numbers a PNBP report from its lapas, period and channel, the same every time", () => {
    const month = pnbpDocumentNumber({ lapas, from: "2026-11-01", to: "2026-11-30" })
    expect(month).toMatch(/^PNBP\/413521\/202611\/[0-9A-F]{6}$/)
    expect(pnbpDocumentNumber({ lapas, from: "2026-11-01", to: "2026-11-30" })).toBe(month)
    expect(pnbpDocumentNumber({ lapas, from: "2026-09-01", to: "2026-11-30" })).toMatch(/^PNBP\/413521\/202609-202611\//)
    expect(pnbpDocumentNumber({ lapas, from: "2026-11-03", to: "2026-11-20" })).toMatch(/^PNBP\/413521\/20261103-20261120\//)
    expect(pnbpDocumentNumber({ lapas, from: "2026-11-01", to: "2026-11-30", channel: "pameran" })).not.toBe(month)
    expect(pnbpDocumentNumber({ lapas: { ...lapas, satker_code: null }, from: "2026-11-01", to: "2026-11-30" })).toMatch(/^PNBP\/BOJONEGORO\//)
    expect(pnbpDocumentNumber({ lapas: null, from: "2026-11-01", to: "2026-11-30" })).toMatch(/^PNBP\/NASIONAL\/202611\//)
  })

  it("writes a difference one way: a word and a positive amount", () => {
    expect(balanceText(4_000n)).toBe("Kurang setor Rp 4.000")
    expect(balanceText(-1_000n)).toBe("Lebih setor Rp 1.000")
    expect(balanceText(0n)).toBe("Lunas")
  })

  it("spells out the institution", () => {
    expect(fullLapasName("Lapas Kelas IIA Bojonegoro")).toBe("LEMBAGA PEMASYARAKATAN KELAS IIA BOJONEGORO")
    expect(fullLapasName("Rutan Kelas I Jakarta Pusat")).toBe("RUMAH TAHANAN NEGARA KELAS I JAKARTA PUSAT")
  })

  it("finds overlapping rows and rows past the page's body", () => {
    const body = { top: 40, bottom: 790 }
    expect(layoutProblems([{ page: 1, top: 40, bottom: 60, kind: "header" }, { page: 1, top: 60, bottom: 80, kind: "row" }], body)).toEqual([])
    expect(layoutProblems([{ page: 1, top: 40, bottom: 60, kind: "row" }, { page: 1, top: 55, bottom: 70, kind: "row" }], body)).toHaveLength(1)
    expect(layoutProblems([{ page: 1, top: 780, bottom: 800, kind: "row" }], body)).toHaveLength(1)
  })
})
