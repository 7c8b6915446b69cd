import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parcelOf, type Parcel, type ParcelLine } from "../../modules/courier-rates/rate-table"
import { findProvince } from "@karya-binaan/areas"
import { SERVICE_PRODUCT_TYPE } from "@karya-binaan/contracts"
import { lapasIdsOfProducts } from "../lapas/links"
import { DESTINATION_PROVINCE } from "./rules"

/** The parcel of each lapas with lines in a cart (lapas id → parcel). */
export async function cartParcelsByLapas(
  scope: MedusaContainer,
  cartId: string
): Promise<{ parcels: Map<string, Parcel>; provinceCode: string | null }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "shipping_address.province",
      "items.quantity",
      "items.product_id",
      "items.variant.weight",
      "items.variant.length",
      "items.variant.width",
      "items.variant.height",
      "items.product.weight",
      "items.product.length",
      "items.product.width",
      "items.product.height",
      "items.product.type.value",
    ],
    filters: { id: cartId },
  })
  const items = (((data[0] as any)?.items ?? []) as (ParcelLine & { product_id: string; product?: { type?: { value?: string } | null } })[]).filter(Boolean)
  const lapasOf = await lapasIdsOfProducts(scope, items.map((i) => i.product_id))
  const linesByLapas = new Map<string, ParcelLine[]>()
  for (const item of items) {
    const lapasId = lapasOf.get(item.product_id)
    if (!lapasId) continue
    // A service (jasa) is a voucher redeemed at the lapas: it puts no weight in the parcel (its
    // lapas is still in the cart, so the lapas's options, pickup among them, are offered).
    const isService = item.product?.type?.value === SERVICE_PRODUCT_TYPE
    linesByLapas.set(lapasId, [...(linesByLapas.get(lapasId) ?? []), ...(isService ? [] : [item])])
  }
  return {
    parcels: new Map([...linesByLapas].map(([lapasId, lines]) => [lapasId, parcelOf(lines)])),
    provinceCode: findProvince((data[0] as any)?.shipping_address?.province)?.code ?? null,
  }
}

/** Weight (grams) and packed size (cm) of each product in a cart, by product id. */
export async function productParcelsOfCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "items.product.id",
      "items.product.weight",
      "items.product.length",
      "items.product.width",
      "items.product.height",
      "items.product.type.value",
    ],
    filters: { id: cartId },
  })
  const result: Record<
    string,
    { weight: number | null; length: number | null; width: number | null; height: number | null; service?: true }
  > = {}
  for (const item of (((data[0] as any)?.items ?? []) as any[]).filter(Boolean)) {
    const product = item.product
    if (!product?.id) continue
    result[product.id] = {
      weight: product.weight ?? null,
      length: product.length ?? null,
      width: product.width ?? null,
      height: product.height ?? null,
      // A service (jasa voucher) puts nothing in the parcel; the courier-rates provider leaves it out.
      ...(product.type?.value === SERVICE_PRODUCT_TYPE ? { service: true as const } : {}),
    }
  }
  return result
}

/**
 * The shipping-option context of a cart: which lapas it buys from and each one's chargeable
 * weight, matched by the rules of lib/shipping/rules.ts.
 */
export async function shippingOptionsContextOf(scope: MedusaContainer, cartId: string) {
  const { parcels, provinceCode } = await cartParcelsByLapas(scope, cartId)
  const cart_lapas: Record<string, string> = {}
  const parcel_kg: Record<string, string> = {}
  for (const [lapasId, parcel] of parcels) {
    cart_lapas[lapasId] = "true"
    parcel_kg[lapasId] = String(parcel.chargeable_kg)
  }
  return { cart_lapas, parcel_kg, [DESTINATION_PROVINCE]: provinceCode ?? "" }
}
