/**
 * Reading the PNBP report's CSV and XLSX back as a spreadsheet user would: the CSV with the
 * documented separator (`;`, UTF-8 byte-order mark first), the XLSX's first sheet. Both give
 * records keyed by the report's JSON keys, through the Indonesian headers written here on their
 * own (not imported from src), so a renamed, missing or reordered header fails the suites.
 */
import { parse as parseCsv } from "csv-parse/sync"
import ExcelJS from "exceljs"

/** The spreadsheet columns in order: Indonesian header → the JSON key it carries. */
export const REPORT_HEADERS: [string, string][] = [
  ["Bagian", "section"],
  ["Lapas", "lapas"],
  ["ID", "id"],
  ["No. pesanan", "display_id"],
  ["Tanggal", "date"],
  ["Nama", "name"],
  ["Jumlah (unit)", "quantity"],
  ["Pendapatan (Rp)", "revenue"],
  ["Biaya (Rp)", "cost"],
  ["Laba (Rp)", "profit"],
  ["Modal produksi (Rp)", "capital"],
  ["Premi (Rp)", "premi"],
  ["PNBP (Rp)", "pnbp"],
  ["Disetor (Rp)", "deposited"],
  ["Belum disetor (Rp)", "outstanding"],
  ["Kode billing", "billing_code"],
  ["Masa dari", "period_from"],
  ["Masa sampai", "period_to"],
  ["Kanal", "channel"],
]

function keysOf(headers: string[]): string[] {
  if (JSON.stringify(headers) !== JSON.stringify(REPORT_HEADERS.map(([h]) => h))) {
    throw new Error(`Unexpected report headers: ${JSON.stringify(headers)}`)
  }
  return REPORT_HEADERS.map(([, key]) => key)
}

/** The CSV as Excel set to Indonesian reads it: `;`-separated, UTF-8 with a byte-order mark. */
export function readReportCsv(bytes: Buffer): Record<string, string>[] {
  if (!bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error("The CSV does not start with a UTF-8 byte-order mark")
  return parseCsv(bytes.subarray(3).toString("utf8"), { delimiter: ";", columns: keysOf }) as Record<string, string>[]
}

/** The XLSX's first sheet, each cell as text ("" when empty), by the same keys. */
export async function readReportXlsx(bytes: Buffer): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as any)
  const sheet = workbook.worksheets[0]
  const keys = keysOf((sheet.getRow(1).values as any[]).slice(1))
  const rows: Record<string, string>[] = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    const values = (row.values as any[]).slice(1)
    rows.push(Object.fromEntries(keys.map((k, i) => [k, values[i] === undefined || values[i] === null ? "" : String(values[i])])))
  })
  return rows
}
