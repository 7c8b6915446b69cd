import { describe, expect, it } from "vitest"
import { stringify } from "csv-stringify/sync"
import { CSV_OPTIONS, csvRecord, inert } from "./csv"
import { Amount, type Cell } from "./table"

/** What one csv-stringify stream over the records writes (CSV_OPTIONS, no BOM): the reference. */
const reference = (records: unknown[][]) =>
  stringify(records, {
    delimiter: CSV_OPTIONS.delimiter,
    record_delimiter: CSV_OPTIONS.record_delimiter,
    quoted_match: CSV_OPTIONS.quoted_match,
    eof: true,
  })

describe("the PNBP CSV records", () => {
  it("are the bytes csv-stringify writes: quoting, doubled quotes, CR and LF, empty cells, numbers and amounts", () => {
    const texts = ["Jahe Instan", "a;b", 'kata "kutip"', '"', ";", "baris\nbaru", "baris\r\nbaru", "akhir\r", "\r", "", " spasi ", "=1+2", "Ünïcödé 🌶", "tab\t"]
    const others: Cell[] = [null, 0, -7, 123456789, new Amount("-125000"), new Amount("99999999999999999999")]
    const values: Cell[] = [...texts, ...others]
    const records: Cell[][] = values.map((_, r) => Array.from({ length: 5 }, (_, c) => values[(r + c * 3) % values.length]))
    // csv-stringify's input as the writer gave it before: amounts as their digits (bigint → string), empty as "".
    const asBefore = records.map((cells) =>
      cells.map((cell) => (cell === null ? "" : cell instanceof Amount ? cell.digits : typeof cell === "string" ? inert(cell) : cell))
    )
    expect(records.map(csvRecord).join("")).toBe(reference(asBefore))
  })

  it("write text that would start a formula with a leading apostrophe, and amounts and numbers as they are", () => {
    const titles = ["=HYPERLINK(\"http://x\";\"klik\")", "+62 812", "-diskon", "@SUM(A1)", "\tTab", "\rCR", "Kursi = meja", "Rp 5.000"]
    expect(csvRecord([...titles, new Amount("-125000"), -7])).toBe(
      `"'=HYPERLINK(""http://x"";""klik"")";'+62 812;'-diskon;'@SUM(A1);'\tTab;"'\rCR";Kursi = meja;Rp 5.000;-125000;-7\r\n`
    )
  })

  it("quote a field with a line break of any kind, so Excel keeps the row whole", () => {
    expect(csvRecord(["baris\nbaru", "akhir\r", "a\r\nb", "biasa"])).toBe('"baris\nbaru";"akhir\r";"a\r\nb";biasa\r\n')
  })
})
