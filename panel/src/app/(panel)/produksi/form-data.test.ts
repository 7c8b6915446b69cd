import { describe, expect, it } from "vitest"
import { parseBatchForm, parseCount, parseInmateForm, parseRupiah, todayIn } from "./form-data"

function form(entries: [string, string][]): FormData {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe("parseRupiah", () => {
  it("reads whole rupiah written with or without thousands dots and the Rp prefix", () => {
    expect(parseRupiah("12500")).toBe(12500)
    expect(parseRupiah("12.500")).toBe(12500)
    expect(parseRupiah("Rp 1.250.000")).toBe(1_250_000)
    expect(parseRupiah("0")).toBe(0)
  })
  it("refuses fractions, signs, letters and misplaced dots", () => {
    for (const input of ["12,5", "-100", "12.50", "1.2345", "abc", "", "12 500x"]) expect(parseRupiah(input)).toBeNull()
  })
})

describe("parseCount", () => {
  it("accepts whole numbers in range only", () => {
    expect(parseCount("3")).toBe(3)
    expect(parseCount("1.000")).toBe(1000)
    expect(parseCount("0")).toBeNull()
    expect(parseCount("2.5")).toBeNull()
    expect(parseCount("1000001")).toBeNull()
  })
})

describe("parseInmateForm", () => {
  it("upper-cases the code and reads consent from the checkbox", () => {
    const parsed = parseInmateForm(
      form([
        ["code", " tng-010 "],
        ["display_name", "Pak S."],
        ["story", ""],
        ["consent_public", "on"],
        ["status", "active"],
      ]),
      "create"
    )
    expect(parsed).toEqual({
      ok: true,
      body: { code: "TNG-010", display_name: "Pak S.", story: null, consent_public: true, status: "active" },
    })
  })
  it("says which field to fix", () => {
    expect(parseInmateForm(form([["code", "Budi Santoso"]]), "create")).toEqual({
      ok: false,
      fieldErrors: { code: "inmateForm.codeInvalid" },
    })
    expect(parseInmateForm(form([]), "create")).toEqual({ ok: false, fieldErrors: { code: "inmateForm.codeRequired" } })
  })
  it("on edit sends no code, and an unticked box withdraws consent", () => {
    expect(parseInmateForm(form([["display_name", ""], ["status", "released"]]), "edit")).toEqual({
      ok: true,
      body: { display_name: null, story: null, consent_public: false, status: "released" },
    })
  })
})

describe("parseBatchForm", () => {
  const valid: [string, string][] = [
    ["variant_id", "variant_1"],
    ["quantity", "20"],
    ["unit_cost", "12.500"],
    ["produced_on", "2026-12-01"],
    ["maker_inmate", "inm_1"],
    ["maker_units", "6"],
    ["maker_inmate", "inm_2"],
    ["maker_units", "4"],
    ["maker_inmate", ""],
    ["maker_units", ""],
  ]
  it("reads several makers and skips empty rows", () => {
    expect(parseBatchForm(form(valid), "2026-12-06")).toEqual({
      ok: true,
      body: {
        variant_id: "variant_1",
        quantity: 20,
        unit_cost: 12500,
        produced_on: "2026-12-01",
        makers: [
          { inmate_id: "inm_1", work_units: 6 },
          { inmate_id: "inm_2", work_units: 4 },
        ],
      },
    })
  })
  it("refuses a future date, no makers, a maker twice and bad work units", () => {
    const without = (name: string) => valid.filter(([n]) => n !== name)
    expect(parseBatchForm(form(valid), "2026-11-30")).toMatchObject({ ok: false, fieldErrors: { produced_on: "batchForm.dateInvalid" } })
    expect(parseBatchForm(form([...without("maker_inmate").filter(([n]) => n !== "maker_units")]), "2026-12-06")).toMatchObject({
      ok: false,
      fieldErrors: { makers: "batchForm.makersRequired" },
    })
    expect(
      parseBatchForm(form([...without("maker_inmate").filter(([n]) => n !== "maker_units"), ["maker_inmate", "inm_1"], ["maker_units", "1"], ["maker_inmate", "inm_1"], ["maker_units", "2"]]), "2026-12-06")
    ).toMatchObject({ ok: false, fieldErrors: { makers: "batchForm.makersDuplicate" } })
    expect(
      parseBatchForm(form([...without("maker_inmate").filter(([n]) => n !== "maker_units"), ["maker_inmate", "inm_1"], ["maker_units", "0"]]), "2026-12-06")
    ).toMatchObject({ ok: false, fieldErrors: { makers: "batchForm.workUnitsInvalid" } })
    expect(parseBatchForm(form([["unit_cost", "12,5"]]), "2026-12-06")).toMatchObject({
      ok: false,
      fieldErrors: {
        variant_id: "batchForm.variantRequired",
        quantity: "batchForm.quantityInvalid",
        unit_cost: "batchForm.unitCostInvalid",
      },
    })
  })
})

it("todayIn gives the calendar day in the lapas's zone", () => {
  const lateEvening = new Date("2026-12-06T16:30:00Z") // 23.30 WIB, 00.30 WITA the next day
  expect(todayIn("Asia/Jakarta", lateEvening)).toBe("2026-12-06")
  expect(todayIn("Asia/Makassar", lateEvening)).toBe("2026-12-07")
})

describe("parseBatchForm for a service (batch layanan)", () => {
  const service: [string, string][] = [
    ["variant_id", "variant_jasa"],
    ["service", "1"],
    ["quantity", "120"],
    ["material_cost", "6.000"],
    ["labour_cost", "Rp 12.000"],
    ["unit_cost", "999"],
    ["produced_on", "2026-12-01"],
    ["maker_inmate", "inm_1"],
    ["maker_units", "3"],
    ["maker_inmate", "inm_2"],
    ["maker_units", "1"],
  ]
  it("sends materials and labour per service instead of a unit cost", () => {
    const parsed = parseBatchForm(form(service), "2026-12-06")
    expect(parsed).toEqual({
      ok: true,
      body: {
        variant_id: "variant_jasa",
        quantity: 120,
        material_cost: 6000,
        labour_cost: 12000,
        produced_on: "2026-12-01",
        makers: [
          { inmate_id: "inm_1", work_units: 3 },
          { inmate_id: "inm_2", work_units: 1 },
        ],
      },
    })
  })
  it("names a missing or malformed part", () => {
    const parsed = parseBatchForm(
      form(service.map(([k, v]): [string, string] => (k === "material_cost" ? [k, ""] : k === "labour_cost" ? [k, "12,5"] : [k, v]))),
      "2026-12-06"
    )
    expect(parsed).toEqual({
      ok: false,
      fieldErrors: { material_cost: "batchForm.materialCostInvalid", labour_cost: "batchForm.labourCostInvalid" },
    })
  })
})
