/**
 * The events page's form checks: an event (name, place, dates, max discount in whole percent →
 * basis points), its edit, and a stock move's quantities (`qty:<variant_id>` fields). Pure.
 */
import type { CreateEventVenueRequest, UpdateVenueRequest, VenueStockMoveRequest } from "@karya-binaan/contracts"
import { formatDate, type LapasTimeZone } from "@karya-binaan/format"
import type { Locale } from "@/i18n/locale"
import { isDay } from "../riwayat/rules"

export type EventErrorKey =
  | "event.nameInvalid"
  | "event.dayInvalid"
  | "event.endsBeforeStart"
  | "event.discountInvalid"
  | "move.none"
  | "move.quantityInvalid"

type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, EventErrorKey> }

/** "10" → 1000 basis points; whole percent from 0 to 50; empty is 0. */
export function percentToBasisPoints(text: string): number | null {
  const value = text.trim().replace(/\s*%$/, "")
  if (value === "") return 0
  if (!/^\d{1,2}$/.test(value)) return null
  const percent = Number(value)
  return percent <= 50 ? percent * 100 : null
}

/** 1000 → "10" (what the edit form shows). */
export const basisPointsToPercent = (bp: number) => String(Math.round(bp) / 100)

export interface EventFormValues {
  name: string
  place: string
  starts_on: string
  ends_on: string
  max_discount: string
}

export function checkEventForm(values: EventFormValues): Checked<CreateEventVenueRequest> {
  const errors: Record<string, EventErrorKey> = {}
  const name = values.name.trim()
  if (name.length < 2 || name.length > 120) errors.name = "event.nameInvalid"
  if (!isDay(values.starts_on)) errors.starts_on = "event.dayInvalid"
  if (!isDay(values.ends_on)) errors.ends_on = "event.dayInvalid"
  else if (isDay(values.starts_on) && values.ends_on < values.starts_on) errors.ends_on = "event.endsBeforeStart"
  const bp = percentToBasisPoints(values.max_discount)
  if (bp === null) errors.max_discount = "event.discountInvalid"
  if (Object.keys(errors).length || bp === null) return { ok: false, errors }
  const place = values.place.trim()
  return {
    ok: true,
    value: { name, ...(place ? { place } : {}), starts_on: values.starts_on, ends_on: values.ends_on, max_discount_bp: bp },
  }
}

export function checkEventEdit(values: Pick<EventFormValues, "name" | "place" | "max_discount">): Checked<UpdateVenueRequest> {
  const errors: Record<string, EventErrorKey> = {}
  const name = values.name.trim()
  if (name.length < 2 || name.length > 120) errors.name = "event.nameInvalid"
  const bp = percentToBasisPoints(values.max_discount)
  if (bp === null) errors.max_discount = "event.discountInvalid"
  if (Object.keys(errors).length || bp === null) return { ok: false, errors }
  return { ok: true, value: { name, place: values.place.trim() || null, max_discount_bp: bp } }
}

export const QUANTITY_FIELD_PREFIX = "qty:"

/**
 * The move's lines from the form's `qty:<variant_id>` entries: empty ones are skipped, others
 * are whole numbers ≥ 1; at least one line. Errors are keyed by the field's name.
 */
export function checkMoveForm(entries: Iterable<[string, unknown]>, direction: string): Checked<VenueStockMoveRequest> {
  const errors: Record<string, EventErrorKey> = {}
  const lines: { variant_id: string; quantity: number }[] = []
  for (const [name, raw] of entries) {
    if (!name.startsWith(QUANTITY_FIELD_PREFIX) || typeof raw !== "string") continue
    const text = raw.trim()
    if (text === "" || text === "0") continue
    if (!/^\d{1,6}$/.test(text) || Number(text) < 1) {
      errors[name] = "move.quantityInvalid"
      continue
    }
    lines.push({ variant_id: name.slice(QUANTITY_FIELD_PREFIX.length), quantity: Number(text) })
  }
  if (!lines.length && !Object.keys(errors).length) errors.lines = "move.none"
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: { direction: direction === "from_venue" ? "from_venue" : "to_venue", lines } }
}

/** A calendar day as a date in the lapas's zone ("6 Desember 2026"); "–" for none. */
export function dayLabel(day: string | null, zone: LapasTimeZone, locale: Locale): string {
  return day ? formatDate(new Date(`${day}T05:00:00Z`), zone, locale) : "–"
}
