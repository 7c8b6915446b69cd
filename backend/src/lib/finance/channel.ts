import {
  DIRECT_SALE_ORDER_METADATA_KEY,
  SALE_CHANNELS,
  SERVICE_PRODUCT_TYPE,
  VENUE_KINDS,
  type SaleChannel,
} from "@karya-binaan/contracts"
import type { LineKind } from "../../modules/profit-share/models/ledger-entry"

/**
 * Where an order was sold, as its ledger entries record it: the kind of venue of a direct sale
 * (the order's `metadata.direct_sale.venue_kind`, written by record-direct-sale), else "online".
 * A direct-sale record with a venue kind this code does not know is refused loudly rather than
 * booked under the web shop.
 */
export function saleChannelOfOrder(metadata: unknown): SaleChannel {
  if (!metadata || typeof metadata !== "object") return "online"
  const directSale = (metadata as Record<string, unknown>)[DIRECT_SALE_ORDER_METADATA_KEY]
  if (!directSale || typeof directSale !== "object") return "online"
  const kind = (directSale as Record<string, unknown>).venue_kind
  if ((VENUE_KINDS as readonly unknown[]).includes(kind)) return kind as SaleChannel
  throw new Error(
    `The order's ${DIRECT_SALE_ORDER_METADATA_KEY} metadata names no known venue kind (${JSON.stringify(kind)}); expected one of ${VENUE_KINDS.join(", ")}.`
  )
}

/** "service" for a line whose product type is the services type (jasa), else "goods". */
export function lineKindOf(productType: unknown): LineKind {
  return typeof productType === "string" && productType.trim().toLowerCase() === SERVICE_PRODUCT_TYPE ? "service" : "goods"
}

/** `value` when it names a channel, else undefined (for query strings and form values). */
export function asSaleChannel(value: unknown): SaleChannel | undefined {
  return (SALE_CHANNELS as readonly unknown[]).includes(value) ? (value as SaleChannel) : undefined
}
