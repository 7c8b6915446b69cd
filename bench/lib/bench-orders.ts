/**
 * Orders for the benches that run inside Medusa (run-in-medusa.mjs): placed through Medusa's own
 * workflows as a buyer's checkout would, to the demo's Surabaya address (every demo courier serves
 * it), each lapas's courier, the system payment provider.
 */
import { createRequire } from "node:module"
import path from "node:path"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys, Modules } = fromBackend("@medusajs/framework/utils")
const flows = fromBackend("@medusajs/medusa/core-flows")
const { cartShippingGroups } = fromBackend("./src/lib/checkout/lapas-shipping")

export const BENCH_ADDRESS = {
  first_name: "Bench",
  last_name: "Pembeli",
  address_1: "Jl. Darmo 12",
  address_2: "Tegalsari",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60241",
  phone: "081234567890",
  country_code: "id",
}

/** A million units of each variant at every level, so no bench order sells out. */
export async function stockUp(container: any, variantIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const { data: stocked } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantIds },
  })
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: stocked.flatMap((v: any) => v.inventory_items.map((i: any) => i.inventory_item_id)),
  })
  await inventory.updateInventoryLevels(
    levels.map((l: any) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 1_000_000 }))
  )
}

/** A completed checkout of `items`: the order's id and its payment's. */
export async function placeBenchOrder(
  container: any,
  input: { regionId: string; salesChannelId: string; email: string; items: { variant_id: string; quantity: number }[] }
): Promise<{ id: string; paymentId: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: cart } = await flows.createCartWorkflow(container).run({
    input: {
      region_id: input.regionId,
      sales_channel_id: input.salesChannelId,
      email: input.email,
      items: input.items,
      shipping_address: BENCH_ADDRESS,
    },
  })
  // A checkout needs one delivery per lapas in the cart: each lapas's courier.
  const groups = await cartShippingGroups(container, cart.id)
  await flows.addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: groups.map((g: any) => ({ id: g.options.find((o: any) => o.kind === "courier").id })) },
  })
  await flows.createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const { data: carts } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
  await flows.createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: carts[0].payment_collection.id, provider_id: "pp_system_default" },
  })
  const { result: order } = await flows.completeCartWorkflow(container).run({ input: { id: cart.id } })
  const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.id"], filters: { id: order.id } })
  return { id: order.id as string, paymentId: data[0].payment_collections[0].payments[0].id as string }
}
