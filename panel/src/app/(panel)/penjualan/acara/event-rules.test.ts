import { describe, expect, it } from "vitest"
import { basisPointsToPercent, checkEventEdit, checkEventForm, checkMoveForm, dayLabel, percentToBasisPoints } from "./event-rules"

const event = (over = {}) => ({
  name: "Pameran Karya Binaan",
  place: "Alun-alun Tangerang",
  starts_on: "2026-12-06",
  ends_on: "2026-12-08",
  max_discount: "10",
  ...over,
})

describe("event form", () => {
  it("sends the event with the discount in basis points", () => {
    expect(checkEventForm(event())).toEqual({
      ok: true,
      value: { name: "Pameran Karya Binaan", place: "Alun-alun Tangerang", starts_on: "2026-12-06", ends_on: "2026-12-08", max_discount_bp: 1000 },
    })
    const noPlace = checkEventForm(event({ place: " ", max_discount: "" }))
    expect(noPlace.ok && noPlace.value).toEqual({ name: "Pameran Karya Binaan", starts_on: "2026-12-06", ends_on: "2026-12-08", max_discount_bp: 0 })
  })

  it("refuses a short name, an end before the start and a discount over 50 %", () => {
    expect(checkEventForm(event({ name: "P", ends_on: "2026-12-05", max_discount: "60" }))).toEqual({
      ok: false,
      errors: { name: "event.nameInvalid", ends_on: "event.endsBeforeStart", max_discount: "event.discountInvalid" },
    })
    expect(checkEventForm(event({ starts_on: "", ends_on: "2026-02-30" }))).toMatchObject({
      ok: false,
      errors: { starts_on: "event.dayInvalid", ends_on: "event.dayInvalid" },
    })
  })

  it("edits name, place (cleared to null) and discount", () => {
    expect(checkEventEdit({ name: "Bazar", place: "", max_discount: "5 %" })).toEqual({
      ok: true,
      value: { name: "Bazar", place: null, max_discount_bp: 500 },
    })
    expect(percentToBasisPoints("2.5")).toBeNull()
    expect(basisPointsToPercent(1500)).toBe("15")
  })

  it("shows a calendar day in the lapas's zone", () => {
    expect(dayLabel("2026-12-06", "Asia/Jayapura", "id")).toContain("6 Desember 2026")
    expect(dayLabel(null, "Asia/Jakarta", "id")).toBe("–")
  })
})

describe("stock move form", () => {
  it("keeps the filled quantities as lines and skips empty ones", () => {
    const entries: [string, unknown][] = [
      ["venue_id", "venue_e"],
      ["qty:variant_a", "4"],
      ["qty:variant_b", ""],
      ["qty:variant_c", " 12 "],
      ["qty:variant_d", "0"],
    ]
    expect(checkMoveForm(entries, "to_venue")).toEqual({
      ok: true,
      value: { direction: "to_venue", lines: [{ variant_id: "variant_a", quantity: 4 }, { variant_id: "variant_c", quantity: 12 }] },
    })
    expect(checkMoveForm([["qty:variant_a", "1"]], "from_venue")).toMatchObject({ ok: true, value: { direction: "from_venue" } })
  })

  it("names a bad quantity and asks for at least one line", () => {
    expect(checkMoveForm([["qty:variant_a", "1.5"], ["qty:variant_b", "-2"]], "to_venue")).toEqual({
      ok: false,
      errors: { "qty:variant_a": "move.quantityInvalid", "qty:variant_b": "move.quantityInvalid" },
    })
    expect(checkMoveForm([["qty:variant_a", ""]], "to_venue")).toEqual({ ok: false, errors: { lines: "move.none" } })
  })
})
