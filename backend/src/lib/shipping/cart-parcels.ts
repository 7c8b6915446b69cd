import type { MedusaContainer } from "@medusajs/framework/types"
import { parcelOf, type Parcel, type ParcelLine } from "../../modules/courier-rates/rate-table"
import { findProvince } from "@karya-binaan/areas"
import { SERVICE_PRODUCT_TYPE } from "@karya-binaan/contracts"
import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"
import { sqlOf } from "../sql"
import { DESTINATION_PROVINCE } from "./rules"

type Dimensions = { weight: number | null; length: number | null; width: number | null; height: number | null }
interface CartParcelLine extends ParcelLine {
  product_id: string | null
  lapas_id: string | null
  variant: Dimensions | null
  product: (Dimensions & { id: string; type_value: string | null }) | null
}

/**
 * A cart's lines with what their parcels need, in one statement: quantity, the variant's and the
 * product's weight and packed size, the product's type and lapas (lapas↔product link), and the
 * shipping address's province. Deleted variants, products and links read as absent, as
 * query.graph read them. Every listing and pricing of a cart's shipping options reads this (Medusa
 * runs the hooks a few times per cart write), so it is one indexed read instead of query.graph's
 * walk over the cart, product and link modules.
 */
const CART_PARCEL_LINES_SQL = `
SELECT (SELECT a.province FROM cart_address a WHERE a.id = c.shipping_address_id AND a.deleted_at IS NULL) AS province,
       COALESCE((
         SELECT jsonb_agg(jsonb_build_object(
                  'quantity', i.quantity,
                  'product_id', i.product_id,
                  'lapas_id', lp.lapas_id,
                  'variant', CASE WHEN v.id IS NULL THEN NULL ELSE
                    jsonb_build_object('weight', v.weight, 'length', v.length, 'width', v.width, 'height', v.height) END,
                  'product', CASE WHEN p.id IS NULL THEN NULL ELSE
                    jsonb_build_object('id', p.id, 'weight', p.weight, 'length', p.length, 'width', p.width, 'height', p.height,
                                       'type_value', pt.value) END
                ) ORDER BY i.created_at, i.id)
           FROM cart_line_item i
           LEFT JOIN product_variant v ON v.id = i.variant_id AND v.deleted_at IS NULL
           LEFT JOIN product p ON p.id = i.product_id AND p.deleted_at IS NULL
           LEFT JOIN product_type pt ON pt.id = p.type_id AND pt.deleted_at IS NULL
           LEFT JOIN LATERAL (
             SELECT l.lapas_id FROM ${LAPAS_PRODUCT_TABLE} l
              WHERE l.product_id = i.product_id AND l.deleted_at IS NULL
              ORDER BY l.created_at DESC LIMIT 1
           ) lp ON true
          WHERE i.cart_id = c.id AND i.deleted_at IS NULL
       ), '[]') AS items
  FROM cart c
 WHERE c.id = ? AND c.deleted_at IS NULL`

async function cartParcelLines(scope: MedusaContainer, cartId: string): Promise<{ province: string | null; items: CartParcelLine[] }> {
  const { rows } = await sqlOf(scope).raw(CART_PARCEL_LINES_SQL, [cartId])
  return { province: (rows[0]?.province as string | null | undefined) ?? null, items: (rows[0]?.items as CartParcelLine[] | undefined) ?? [] }
}

/** The parcel of each lapas with lines in a cart (lapas id → parcel). */
export async function cartParcelsByLapas(
  scope: MedusaContainer,
  cartId: string
): Promise<{ parcels: Map<string, Parcel>; provinceCode: string | null }> {
  const { province, items } = await cartParcelLines(scope, cartId)
  const linesByLapas = new Map<string, ParcelLine[]>()
  for (const item of items) {
    const lapasId = item.lapas_id
    if (!lapasId) continue
    // A service (jasa) is a voucher redeemed at the lapas: it puts no weight in the parcel (its
    // lapas is still in the cart, so the lapas's options, pickup among them, are offered).
    const isService = item.product?.type_value === SERVICE_PRODUCT_TYPE
    linesByLapas.set(lapasId, [...(linesByLapas.get(lapasId) ?? []), ...(isService ? [] : [item])])
  }
  return {
    parcels: new Map([...linesByLapas].map(([lapasId, lines]) => [lapasId, parcelOf(lines)])),
    provinceCode: findProvince(province ?? undefined)?.code ?? null,
  }
}

/** Weight (grams) and packed size (cm) of each product in a cart, by product id. */
export async function productParcelsOfCart(scope: MedusaContainer, cartId: string) {
  const { items } = await cartParcelLines(scope, cartId)
  const result: Record<
    string,
    { weight: number | null; length: number | null; width: number | null; height: number | null; service?: true }
  > = {}
  for (const item of items) {
    const product = item.product
    if (!product?.id) continue
    result[product.id] = {
      weight: product.weight ?? null,
      length: product.length ?? null,
      width: product.width ?? null,
      height: product.height ?? null,
      // A service (jasa voucher) puts nothing in the parcel; the courier-rates provider leaves it out.
      ...(product.type_value === SERVICE_PRODUCT_TYPE ? { service: true as const } : {}),
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
