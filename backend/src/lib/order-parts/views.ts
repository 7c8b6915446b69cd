import {
  COURIER_SERVICES,
  courierByCode,
  findCourier,
  trackingUrl,
  type CourierService,
  type OrderPart,
  type PartFulfillment,
  type ShippingKind,
} from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"

/**
 * Pure views of an order's rows that the parts (parts.ts), the buyer's summary and the e-mails
 * share: a fulfillment with its courier and tracking link, the courier the buyer chose.
 */

type Row = Record<string, any>

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/**
 * A recorded courier as the views show it: its code, name and the resi's tracking page. A courier
 * stored as free text before couriers were a list is found by its name when it names a listed
 * courier; otherwise it keeps its text as code and name, with no tracking page.
 */
export function courierView(
  stored: unknown,
  resi: string | null
): Pick<PartFulfillment, "courier" | "courier_name" | "tracking_url"> {
  const text = typeof stored === "string" && stored.trim() ? stored.trim() : null
  const courier = findCourier(text)
  if (!courier) return { courier: text, courier_name: text, tracking_url: null }
  return { courier: courier.code, courier_name: courier.name, tracking_url: trackingUrl(courier.code, resi) }
}

/**
 * The courier and service the buyer chose: the first shipping method whose data (copied from its
 * option by the courier-rates provider) or option data names a listed courier.
 */
export function chosenCourier(
  methods: Row[],
  optionDataOf: (optionId: string) => Row | null | undefined = () => null
): Pick<OrderPart, "chosen_courier" | "chosen_service"> {
  for (const method of methods.filter(Boolean)) {
    for (const data of [method.data as Row | null | undefined, optionDataOf(method.shipping_option_id)]) {
      const courier = courierByCode(typeof data?.courier === "string" ? data.courier : null)
      if (!courier) continue
      const service = (COURIER_SERVICES as readonly string[]).includes(data?.service) ? (data!.service as CourierService) : null
      return { chosen_courier: courier.code, chosen_service: service }
    }
  }
  return { chosen_courier: null, chosen_service: null }
}

/**
 * A fulfillment as the lapas routes record it: kind, courier and resi in its metadata (the label's
 * tracking number as resi otherwise). `itemIds` keeps only the lines of one part.
 */
export function fulfillmentView(f: Row, shippingKind: ShippingKind, itemIds?: ReadonlySet<string>): PartFulfillment {
  const resi =
    (f.metadata?.resi as string | undefined) ??
    (((f.labels ?? []) as Row[]).find((l) => l?.tracking_number)?.tracking_number as string | undefined) ??
    null
  return {
    id: f.id,
    kind: f.metadata?.kind === "pickup" || f.metadata?.kind === "courier" ? f.metadata.kind : shippingKind,
    created_at: iso(f.created_at)!,
    ...courierView(f.metadata?.courier, resi),
    resi,
    shipped_at: iso(f.shipped_at),
    delivered_at: iso(f.delivered_at),
    canceled_at: iso(f.canceled_at),
    items: ((f.items ?? []) as Row[])
      .filter((fi) => fi && (!itemIds || itemIds.has(fi.line_item_id)))
      .map((fi) => ({ line_item_id: fi.line_item_id as string, quantity: Number(toRupiahBigInt(fi.quantity ?? 0)) })),
  }
}

