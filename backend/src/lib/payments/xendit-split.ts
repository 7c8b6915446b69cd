import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { lapasIdsOfProducts, loadLapasRows } from "../lapas/links"
import { shippingOptionPlaces } from "../order-parts/rows"
import { transferAmounts } from "./transfer"

type Row = Record<string, any>

/** One lapas's part of an online payment: what Xendit routes to its sub-account. */
export interface SplitRoute {
  lapas_id: string
  sub_account_id: string
  amount: number
}

export interface PaymentSplit {
  /** Whole rupiah: the payment's amount; routes + platform_fee add up to it exactly. */
  amount: number
  routes: SplitRoute[]
  platform_fee: number
}

/** A part of a cart: its lapas and its lines + shipping, in whole rupiah (possibly fractional before rounding). */
export interface CartPartTotal {
  lapas_id: string
  lapas_name: string
  sub_account_id: string | null
  total: number
}

/**
 * The split of a payment of `amount` rupiah over the cart's parts: each part's amount is its lines
 * plus its shipping, rounded so the parts add up to `amount` exactly (the rule of the bank-transfer
 * amounts, transferAmounts); the platform fee (`feeBps` basis points of each part, rounded down) stays
 * with the platform, the rest goes to the lapas's sub-account. Refuses a part whose lapas has no
 * sub-account: online payments cannot reach it, so the buyer is told to pay by bank transfer.
 */
export function splitPayment(amount: number, parts: CartPartTotal[], feeBps: number): PaymentSplit {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "An online payment needs a whole-rupiah amount above 0.")
  }
  if (!parts.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Keranjang ini belum berisi barang dari lapas mana pun.")
  }
  const missing = parts.filter((part) => !part.sub_account_id)
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${missing.map((p) => p.lapas_name).join(", ")} belum menerima pembayaran QRIS, virtual account atau e-wallet; pilih transfer bank untuk pesanan ini.`
    )
  }
  const amounts = transferAmounts(
    amount,
    parts.map((part) => part.total)
  )
  const routes = parts.map((part, index) => {
    const partAmount = BigInt(amounts[index])
    const fee = (partAmount * BigInt(feeBps)) / 10_000n
    return { lapas_id: part.lapas_id, sub_account_id: part.sub_account_id as string, amount: Number(partAmount - fee) }
  })
  const routed = routes.reduce((sum, route) => sum + route.amount, 0)
  return { amount, routes: routes.filter((route) => route.amount > 0), platform_fee: amount - routed }
}

/**
 * The parts of the cart a payment collection pays for: per lapas (in the order its first line was
 * added), its lines' totals and its shipping methods' totals. Null when the collection is no cart's.
 */
export async function cartPartsOfPaymentCollection(
  scope: MedusaContainer,
  paymentCollectionId: string
): Promise<{ cart_id: string; amount: number; parts: CartPartTotal[]; customer_name: string | null; email: string | null } | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id", "payment_collection.amount"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  const link = links[0] as Row | undefined
  if (!link?.cart_id) return null
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "total",
      "email",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "items.id",
      "items.product_id",
      "items.created_at",
      "items.total",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.total",
    ],
    filters: { id: link.cart_id },
  })
  const cart = carts[0] as Row | undefined
  if (!cart) return null
  const items = ((cart.items ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime())
  const methods = ((cart.shipping_methods ?? []) as Row[]).filter(Boolean)
  const lapasOfProduct = await lapasIdsOfProducts(
    scope,
    items.map((item) => item.product_id as string)
  )
  const places = await shippingOptionPlaces(
    scope,
    methods.map((m) => m.shipping_option_id as string)
  )
  const totals = new Map<string, number>()
  const add = (lapasId: string | null | undefined, value: unknown) => {
    if (!lapasId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Ada barang atau ongkos kirim di keranjang yang bukan milik lapas mana pun.")
    }
    totals.set(lapasId, (totals.get(lapasId) ?? 0) + Number(toRupiahBigInt(value ?? 0, { round: true })))
  }
  for (const item of items) add(lapasOfProduct.get(item.product_id), item.total)
  for (const method of methods) add(places.get(method.shipping_option_id)?.lapas_id, method.total)
  const rows = await loadLapasRows(scope, [...totals.keys()])
  const amount = Number(toRupiahBigInt(link.payment_collection?.amount ?? cart.total ?? 0, { round: true }))
  const name = [cart.shipping_address?.first_name, cart.shipping_address?.last_name].filter(Boolean).join(" ").trim()
  return {
    cart_id: cart.id,
    customer_name: name || null,
    email: (cart.email as string | null) ?? null,
    amount,
    parts: [...totals].map(([lapasId, total]) => ({
      lapas_id: lapasId,
      lapas_name: (rows.get(lapasId)?.name as string | undefined) ?? lapasId,
      sub_account_id: (rows.get(lapasId)?.xendit_sub_account_id as string | null | undefined) ?? null,
      total,
    })),
  }
}
