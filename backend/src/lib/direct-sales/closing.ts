import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  DIRECT_PAYMENT_METHODS,
  type CashClosing,
  type CashClosingMethodTotal,
  type CashClosingPreview,
  type CloseCashRequest,
  type DirectPaymentMethod,
} from "@karya-binaan/contracts"
import { rupiahToJson, toRupiahBigInt } from "@karya-binaan/shares"
import { DIRECT_SALE_MODULE } from "../../modules/direct-sale"
import type DirectSaleModuleService from "../../modules/direct-sale/service"
import { dayIn } from "../../modules/profit-share/reports/period"
import { directSaleViews, type DirectSaleRecord } from "./views"
import { lapasTimeZone, type VenueRecord } from "./venues"

/**
 * The daily closing (tutup kas) of one cashier at one venue for one of the lapas's calendar days:
 * what the day's sales say was taken per payment method, the cash the drawer should hold
 * (opening float + cash sales), the cash counted, and the signed difference with its reason.
 * One closing per venue, cashier and day; a sale kept offline and synced after the closing is
 * still accepted (the goods left the stand) and shows in the preview as after closing.
 */

export type CashClosingRecord = {
  id: string
  lapas_id: string
  venue_id: string
  cashier_id: string
  cashier_name: string
  business_date: string
  by_method: CashClosingMethodTotal[]
  opening_float: unknown
  expected_cash: unknown
  counted_cash: unknown
  difference: unknown
  reason: string | null
  closed_by: string
  created_at: Date | string
}

const money = (value: unknown) => rupiahToJson(toRupiahBigInt(value as any))
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export function cashClosingView(closing: CashClosingRecord, venue: Pick<VenueRecord, "id" | "kind" | "name">): CashClosing {
  return {
    id: closing.id,
    lapas_id: closing.lapas_id,
    venue: { id: venue.id, kind: venue.kind, name: venue.name },
    cashier: { id: closing.cashier_id, name: closing.cashier_name },
    business_date: closing.business_date,
    by_method: closing.by_method ?? [],
    opening_float: money(closing.opening_float),
    expected_cash: money(closing.expected_cash),
    counted_cash: money(closing.counted_cash),
    difference: money(closing.difference),
    reason: closing.reason,
    closed_at: new Date(closing.created_at).toISOString(),
  }
}

/** Views of closings with their venues loaded in one read. */
export async function cashClosingViews(scope: MedusaContainer, closings: CashClosingRecord[]): Promise<CashClosing[]> {
  if (!closings.length) return []
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const venueIds = [...new Set(closings.map((c) => c.venue_id))]
  const venues = (await service.listVenues({ id: venueIds }, { take: null as any })) as unknown as VenueRecord[]
  const venueOf = new Map(venues.map((v) => [v.id, v]))
  return closings.map((c) => cashClosingView(c, venueOf.get(c.venue_id) ?? { id: c.venue_id, kind: "showroom", name: "?" }))
}

/** Per payment method (all four, in their order): how many sales and what they say was taken. Voided sales excluded. */
export function totalsByMethod(sales: Pick<DirectSaleRecord, "payment_method" | "total" | "voided_at">[]): CashClosingMethodTotal[] {
  const sums = new Map<DirectPaymentMethod, { count: number; amount: bigint }>()
  for (const method of DIRECT_PAYMENT_METHODS) sums.set(method, { count: 0, amount: 0n })
  for (const sale of sales) {
    if (sale.voided_at) continue
    const sum = sums.get(sale.payment_method)!
    sum.count += 1
    sum.amount += toRupiahBigInt(sale.total as any)
  }
  return DIRECT_PAYMENT_METHODS.map((method) => ({
    payment_method: method,
    sale_count: sums.get(method)!.count,
    expected: rupiahToJson(sums.get(method)!.amount),
  }))
}

/** Today in the lapas's calendar (its time zone). */
export async function lapasToday(scope: MedusaContainer, lapasId: string, now = new Date()): Promise<string> {
  return dayIn(now, await lapasTimeZone(scope, lapasId))
}

/** The recorded (order made) sales of one cashier at one venue on one day, oldest first, voided ones included. */
async function salesOfDay(scope: MedusaContainer, venueId: string, cashierId: string, day: string) {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  return (await service.listDirectSales(
    { venue_id: venueId, cashier_id: cashierId, business_date: day, order_id: { $ne: null } } as any,
    { order: { sold_at: "ASC", created_at: "ASC" }, take: null as any } as any
  )) as unknown as DirectSaleRecord[]
}

async function closingOf(scope: MedusaContainer, venueId: string, cashierId: string, day: string) {
  const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
  const [closing] = (await service.listCashClosings({ venue_id: venueId, cashier_id: cashierId, business_date: day })) as unknown as CashClosingRecord[]
  return closing ?? null
}

/**
 * The day so far for one cashier at one venue: the non-voided sales, the totals per method, the
 * closing if the day is closed, and which sales arrived after it.
 */
export async function cashClosingPreview(
  scope: MedusaContainer,
  input: { venue: VenueRecord; cashier: { id: string; name: string }; business_date: string }
): Promise<CashClosingPreview> {
  const { venue, cashier, business_date } = input
  const sales = await salesOfDay(scope, venue.id, cashier.id, business_date)
  const closing = await closingOf(scope, venue.id, cashier.id, business_date)
  const live = sales.filter((sale) => !sale.voided_at)
  const closedAt = closing ? new Date(closing.created_at).getTime() : null
  return {
    venue: { id: venue.id, kind: venue.kind, name: venue.name },
    cashier,
    business_date,
    by_method: totalsByMethod(live),
    sales: await directSaleViews(scope, live),
    closing: closing ? cashClosingView(closing, venue) : null,
    after_closing_sale_ids:
      closedAt === null ? [] : live.filter((sale) => new Date(sale.created_at).getTime() > closedAt).map((sale) => sale.id),
  }
}

const alreadyClosed = (venue: VenueRecord, day: string) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    `Your till at "${venue.name}" is already closed for ${day}; a closing is made once. Sales synced later show in the preview as after closing.`
  )

/**
 * Closes a cashier's day at a venue: under a lock on the venue, cashier and day, refuses a second
 * closing (409), a day still ahead in the lapas's calendar, and a difference without a reason
 * (400; the table's check says the same); records the totals per method as they stand.
 */
export async function closeCash(
  scope: MedusaContainer,
  input: {
    venue: VenueRecord
    cashier: { id: string; name: string }
    request: Omit<CloseCashRequest, "opening_float"> & { opening_float: number }
    closed_by: string
  }
): Promise<CashClosing> {
  const { venue, cashier, request } = input
  const day = request.business_date
  const today = await lapasToday(scope, venue.lapas_id)
  if (day > today) throw invalid(`${day} has not come yet in your lapas's calendar (today is ${today}); close a day once it is over or under way.`)
  const locking = scope.resolve(Modules.LOCKING)
  return locking.execute(
    `direct-sale-cash-closing:${venue.id}:${cashier.id}:${day}`,
    async () => {
      if (await closingOf(scope, venue.id, cashier.id, day)) throw alreadyClosed(venue, day)
      const sales = await salesOfDay(scope, venue.id, cashier.id, day)
      const byMethod = totalsByMethod(sales)
      const cashSales = toRupiahBigInt(byMethod.find((m) => m.payment_method === "cash")!.expected as any)
      const openingFloat = BigInt(request.opening_float)
      const counted = BigInt(request.counted_cash)
      const expected = openingFloat + cashSales
      const difference = counted - expected
      const reason = request.reason?.trim() || null
      if (difference !== 0n && !reason) {
        const words = difference < 0n ? `short by Rp ${(-difference).toLocaleString("id-ID")}` : `over by Rp ${difference.toLocaleString("id-ID")}`
        throw invalid(
          `The drawer is ${words} (expected Rp ${expected.toLocaleString("id-ID")}, counted Rp ${counted.toLocaleString("id-ID")}); explain the difference (reason).`
        )
      }
      const service: DirectSaleModuleService = scope.resolve(DIRECT_SALE_MODULE)
      let created: CashClosingRecord
      try {
        created = (await service.createCashClosings({
          lapas_id: venue.lapas_id,
          venue_id: venue.id,
          cashier_id: cashier.id,
          cashier_name: cashier.name,
          business_date: day,
          by_method: byMethod as any,
          opening_float: openingFloat.toString(),
          expected_cash: expected.toString(),
          counted_cash: counted.toString(),
          difference: difference.toString(),
          reason,
          closed_by: input.closed_by,
        } as any)) as unknown as CashClosingRecord
      } catch (error) {
        // The unique index on venue, cashier and day: a closing made meanwhile elsewhere.
        if (/unique|duplicate|already exists/i.test(String((error as Error)?.message))) throw alreadyClosed(venue, day)
        throw error
      }
      return cashClosingView(created, venue)
    },
    { timeout: 30 }
  )
}
