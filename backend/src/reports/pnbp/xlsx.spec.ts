import { PassThrough } from "node:stream"
import { afterEach, describe, expect, it, vi } from "vitest"
import ExcelJS from "exceljs"
import { DatedWorkbookWriter, writeXlsxPages, type XlsxRows } from "./xlsx"
import { Amount, SECTION_LABELS, TABLE_COLUMNS, type Cell } from "./table"

const CLOSED_AT = new Date("2026-01-31T17:00:00.000Z")

/** A small workbook written at the given wall-clock time, as bytes. */
async function writtenAt(now: string, Writer: new (options: any) => ExcelJS.stream.xlsx.WorkbookWriter) {
  vi.setSystemTime(new Date(now))
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on("data", (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => out.on("end", resolve))
  const workbook = new Writer({ stream: out, useStyles: true, created: CLOSED_AT, modified: CLOSED_AT })
  const sheet = workbook.addWorksheet("PNBP")
  sheet.columns = [{ header: "Nama", key: "name" }, { header: "PNBP (Rp)", key: "pnbp" }]
  sheet.addRow({ name: "Jahe Instan", pnbp: 1875 }).commit()
  sheet.commit()
  await workbook.commit()
  await ended
  return Buffer.concat(chunks)
}

describe("the PNBP XLSX writer", () => {
  afterEach(() => vi.useRealTimers())

  it("writes the same bytes whenever it runs: every zip entry is dated the workbook's date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] })
    const first = await writtenAt("2026-12-07T10:00:00.000Z", DatedWorkbookWriter)
    const later = await writtenAt("2026-12-08T15:33:17.000Z", DatedWorkbookWriter)
    expect(later.equals(first)).toBe(true)
    // exceljs's own writer stamps the entries it adds in its constructor with the time of writing.
    const plainFirst = await writtenAt("2026-12-07T10:00:00.000Z", ExcelJS.stream.xlsx.WorkbookWriter as any)
    const plainLater = await writtenAt("2026-12-08T15:33:17.000Z", ExcelJS.stream.xlsx.WorkbookWriter as any)
    expect(plainLater.equals(plainFirst)).toBe(false)
  })
})

/** The table's pages written with the given row writer, as bytes. */
async function tableBytes(pages: Cell[][][], rows: XlsxRows) {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on("data", (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise((resolve) => out.on("end", resolve))
  async function* source() {
    for (const page of pages) yield page
  }
  await writeXlsxPages(source(), out, CLOSED_AT, new AbortController().signal, rows)
  await ended
  return Buffer.concat(chunks)
}

describe("the PNBP XLSX rows", () => {
  it("are the bytes exceljs's row writer gives: text escaped, empty cells, amounts past a safe integer, every kind of value in every column", async () => {
    const texts = ["Jahe Instan", "Kursi & meja <rotan> \"asli\" 'Semarang'", "", "tab\there", "ctl\u0001\u0008\u000b\u001f\u007f", "baris\r\nbaru", "Ünïcödé 🌶", "=1+2", "  spasi  "]
    const amounts = ["0", "-125000", "9007199254740991", "9007199254740993", "-99999999999999999999"].map((digits) => new Amount(digits))
    const values: Cell[] = [null, 0, -7, 1.5, 123456789, ...texts, ...amounts]
    // Every column gets every kind of value (text, number, amount, empty) across the rows, in pages of uneven size.
    const rows: Cell[][] = []
    for (let r = 0; r < values.length * 2; r++) {
      rows.push(TABLE_COLUMNS.map((_, c) => (c === 0 ? SECTION_LABELS.order : values[(r + c * 7) % values.length])))
    }
    const pages = [rows.slice(0, 3), rows.slice(3, 4), rows.slice(4)]
    const fast = await tableBytes(pages, "fast")
    const reference = await tableBytes(pages, "exceljs")
    expect(fast.equals(reference)).toBe(true)
    // The values read back as written.
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(fast as any)
    const sheet = book.getWorksheet("PNBP")!
    expect(sheet.getRow(1).getCell(8).value).toBe("Pendapatan (Rp)")
    expect(sheet.rowCount).toBe(rows.length + 1)
    const cellOf = (r: number, c: number) => sheet.getRow(r + 2).getCell(c + 1)
    // (Text with control characters is written as exceljs writes it, without them, and an empty
    // text reads back empty: those are compared as bytes above only.)
    const plain = (value: Cell) => typeof value !== "string" || (value !== "" && !/[\u0000-\u001f\u007f]/.test(value))
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!plain(value)) return
        const expected =
          value instanceof Amount ? (Number.isSafeInteger(Number(value.digits)) ? Number(value.digits) : value.digits) : value
        expect(cellOf(r, c).value ?? null).toEqual(expected)
      })
    )
    // Amount columns carry the number format, others none.
    expect(cellOf(0, 7).numFmt).toBe("#,##0")
    expect(cellOf(0, 5).numFmt).toBeUndefined()
  })
})
