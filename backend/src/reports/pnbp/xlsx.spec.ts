import { PassThrough } from "node:stream"
import { afterEach, describe, expect, it, vi } from "vitest"
import ExcelJS from "exceljs"
import { DatedWorkbookWriter } from "./xlsx"

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
