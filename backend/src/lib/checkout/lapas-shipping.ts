import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { LAPAS_PRODUCT_TABLE } from "../lapas/link-tables"
import { lapasIdsOfProducts, lapasIdsOfStockLocations, loadLapasRows } from "../lapas/links"
import { OPTION_PLACE_JOINS, partOrder, shippingKindOf, shippingOptionPlaces } from "../order-parts/rows"
import type { ShippingGroup, ShippingGroupOption, ShippingKind } from "@karya-binaan/contracts"
import { checkoutProblems, checkoutRefusalMessage, shippingChoiceProblems, type CheckoutFacts } from "./rules"
import { serviceProductIds } from "../catalog/service-type"
import { sqlOf } from "../sql"

/**
 * Shipping per lapas, as a convenience over Medusa's own routes. Every lapas has its own shipping
 * profile with its options ("JNE REG dari <lapas>", "Ambil di <lapas>"), so Medusa keeps one
 * method per lapas and completion's validateShippingStep asks for one per profile; the options'
 * rules (lib/shipping/rules.ts) keep each cart to its own lapas's options. This groups them per
 * lapas with prices and estimates for the storefront, sets all choices in one call, and holds
 * the checkout rules that remain ours (address, exactly one method per lapas).
 */

type Row = Record<string, any>

const CART_NOT_FOUND = "Keranjang tidak ditemukan."

async function loadCart(scope: MedusaContainer, cartId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "items.id",
      "items.product_id",
      "items.created_at",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_address.province",
      "shipping_address.city",
      "shipping_address.address_2",
      "shipping_address.postal_code",
      "shipping_address.phone",
      "shipping_address.metadata",
    ],
    filters: { id: cartId },
  })
  return (data[0] as Row | undefined) ?? null
}

/** The cart's lines with their lapas, in the order they were added. */
async function itemsWithLapas(scope: MedusaContainer, cart: Row) {
  const items = ((cart.items ?? []) as Row[])
    .filter(Boolean)
    .sort((a, b) => new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime())
  const lapasOf = await lapasIdsOfProducts(
    scope,
    items.map((i) => i.product_id as string)
  )
  return items.map((item) => ({
    id: item.id as string,
    lapas_id: lapasOf.get(item.product_id) ?? null,
    added_at: new Date(item.created_at ?? 0).getTime(),
  }))
}

/**
 * The options Medusa offers this cart (its sales channel's locations, the address's geo zones,
 * enabled in store, and our rules: its own lapas, the parcel's weight, the destination served),
 * each priced (couriers by the courier-rates provider) with the lapas it ships from.
 */
async function availableOptions(scope: MedusaContainer, cartId: string) {
  const { result } = await listShippingOptionsForCartWithPricingWorkflow(scope).run({
    input: { cart_id: cartId, is_return: false },
  })
  const options = (result as Row[]).filter(Boolean)
  const locationOf = (o: Row) =>
    ((o.stock_location?.id ?? o.service_zone?.fulfillment_set?.location?.id) as string | undefined) ?? null
  const lapasByLocation = await lapasIdsOfStockLocations(
    scope,
    options.map(locationOf).filter((id): id is string => !!id)
  )
  return options.map((option) => {
    const location = locationOf(option)
    const quote = (option.calculated_price ?? {}) as Row
    const data = (option.data ?? {}) as Row
    return {
      id: option.id as string,
      name: option.name as string,
      amount: Number(toRupiahBigInt(option.amount ?? quote.calculated_amount ?? 0, { round: true })),
      kind: shippingKindOf(option.service_zone?.fulfillment_set?.type),
      courier: typeof data.courier === "string" ? data.courier : null,
      service: typeof data.service === "string" ? (data.service as ShippingGroupOption["service"]) : null,
      etd_min_days: typeof quote.etd_min_days === "number" ? quote.etd_min_days : null,
      etd_max_days: typeof quote.etd_max_days === "number" ? quote.etd_max_days : null,
      lapas_id: location ? lapasByLocation.get(location) ?? null : null,
    }
  })
}

/** Courier before pickup, then by price and name, so every lapas's list reads the same way. */
function byKindThenPrice(a: ShippingGroupOption, b: ShippingGroupOption) {
  if (a.kind !== b.kind) return a.kind === "courier" ? -1 : 1
  return a.amount - b.amount || a.name.localeCompare(b.name)
}

async function requireOpenCart(scope: MedusaContainer, cartId: string) {
  const cart = await loadCart(scope, cartId)
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, CART_NOT_FOUND)
  }
  if (cart.completed_at) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Keranjang ini sudah menjadi pesanan; pengirimannya tidak bisa diubah lagi."
    )
  }
  return cart
}

/** One group per lapas that has items in the cart, with its available options and the chosen one. */
export async function cartShippingGroups(scope: MedusaContainer, cartId: string): Promise<ShippingGroup[]> {
  const cart = await requireOpenCart(scope, cartId)
  const items = await itemsWithLapas(scope, cart)
  const lapasIds = [...new Set(items.map((i) => i.lapas_id).filter((id): id is string => !!id))]
  if (!lapasIds.length) {
    return []
  }
  const [options, lapasRows] = await Promise.all([availableOptions(scope, cartId), loadLapasRows(scope, lapasIds)])
  const methods = ((cart.shipping_methods ?? []) as Row[]).filter(Boolean)
  const places = await shippingOptionPlaces(
    scope,
    methods.map((m) => m.shipping_option_id as string)
  )
  // A lapas whose lines are all services (jasa vouchers, redeemed at the lapas) is offered its
  // pickup options only, when it has one: there is nothing to send.
  const services = await serviceProductIds(scope, ((cart.items ?? []) as Row[]).filter(Boolean).map((i) => i.product_id))
  const productOf = new Map(((cart.items ?? []) as Row[]).filter(Boolean).map((i) => [i.id as string, i.product_id as string]))
  const onlyServices = (lapasId: string) =>
    items.filter((i) => i.lapas_id === lapasId).every((i) => services.has(productOf.get(i.id) ?? ""))

  const firstAdded = (lapasId: string) => Math.min(...items.filter((i) => i.lapas_id === lapasId).map((i) => i.added_at))
  return partOrder(lapasIds, firstAdded, (lapasId) => lapasRows.get(lapasId)?.handle).map((lapasId) => {
    const lapas = lapasRows.get(lapasId)!
    const selected = methods.find((m) => places.get(m.shipping_option_id)?.lapas_id === lapasId)
    const own = options.filter((o) => o.lapas_id === lapasId)
    const offered = onlyServices(lapasId) && own.some((o) => o.kind === "pickup") ? own.filter((o) => o.kind === "pickup") : own
    return {
      lapas: { id: lapasId, handle: lapas.handle, name: lapas.name, city: lapas.city },
      item_ids: items.filter((i) => i.lapas_id === lapasId).map((i) => i.id),
      options: offered
        .map(({ lapas_id: _lapas, ...option }) => option)
        .sort(byKindThenPrice),
      selected_option_id: (selected?.shipping_option_id as string | undefined) ?? null,
    }
  })
}

/** Validates the choice for POST /store/carts/:id/lapas-shipping; throws a 400 that says what to fix. */
export async function validateShippingChoice(scope: MedusaContainer, cartId: string, optionIds: string[]) {
  const cart = await requireOpenCart(scope, cartId)
  const items = await itemsWithLapas(scope, cart)
  if (!items.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Keranjang Anda kosong; tambahkan produk sebelum memilih pengiriman."
    )
  }
  const lapasIds = [...new Set(items.map((i) => i.lapas_id).filter((id): id is string => !!id))]
  const [available, places] = await Promise.all([
    availableOptions(scope, cartId),
    shippingOptionPlaces(scope, optionIds),
  ])
  const lapasRows = await loadLapasRows(scope, [
    ...lapasIds,
    ...available.map((o) => o.lapas_id).filter((id): id is string => !!id),
  ])
  const lapasNames = Object.fromEntries([...lapasRows].map(([id, row]) => [id, row.name as string]))
  const problems = shippingChoiceProblems(optionIds, {
    lapasInCart: lapasIds.map((id) => ({ id, name: lapasNames[id] ?? id })),
    available,
    optionLapas: new Map([...places].map(([id, place]) => [id, place.lapas_id])),
    lapasNames,
  })
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
  }
}

/**
 * Everything checkoutFactsOfCart needs, in one statement (it runs twice on every completion: in
 * the route's middleware and in completeCartWorkflow's validate hook): the open cart's shipping
 * address, its lines with their product's lapas (lapas↔product link) in the order they were
 * added, its shipping methods with the lapas their option ships from (option → service zone →
 * fulfillment set → stock location → lapas↔stock location link; a deleted option still names its
 * place, as query.graph's withDeleted read did), and the names of those lapas.
 */
const CHECKOUT_FACTS_SQL = `
WITH c AS (
  SELECT id, completed_at, shipping_address_id FROM cart WHERE id = ? AND deleted_at IS NULL
), items AS (
  SELECT i.id, i.created_at, lp.lapas_id
    FROM c
    JOIN cart_line_item i ON i.cart_id = c.id AND i.deleted_at IS NULL
    LEFT JOIN LATERAL (
      SELECT l.lapas_id FROM ${LAPAS_PRODUCT_TABLE} l
       WHERE l.product_id = i.product_id AND l.deleted_at IS NULL
       ORDER BY l.created_at DESC LIMIT 1
    ) lp ON true
), methods AS (
  SELECT m.id, m.created_at, place_lapas.lapas_id
    FROM c
    JOIN cart_shipping_method m ON m.cart_id = c.id AND m.deleted_at IS NULL
    LEFT JOIN shipping_option so ON so.id = m.shipping_option_id
    ${OPTION_PLACE_JOINS}
)
SELECT c.id,
       c.completed_at,
       (SELECT to_jsonb(a) FROM (
          SELECT province, city, address_2, postal_code, phone, metadata
            FROM cart_address WHERE id = c.shipping_address_id AND deleted_at IS NULL
       ) a) AS address,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', id, 'lapas_id', lapas_id) ORDER BY created_at, id) FROM items), '[]') AS items,
       COALESCE((SELECT jsonb_agg(jsonb_build_object('id', id, 'lapas_id', lapas_id) ORDER BY created_at, id) FROM methods), '[]') AS methods,
       COALESCE((SELECT jsonb_object_agg(l.id, l.name) FROM lapas l
                  WHERE l.deleted_at IS NULL
                    AND l.id IN (SELECT lapas_id FROM items UNION SELECT lapas_id FROM methods)), '{}') AS lapas_names
  FROM c`

/** The facts checkout-rules needs about a cart, or null when there is no such cart (one SQL read). */
export async function checkoutFactsOfCart(
  scope: MedusaContainer,
  cartId: string
): Promise<{ facts: CheckoutFacts; completed: boolean } | null> {
  const { rows } = await sqlOf(scope).raw(CHECKOUT_FACTS_SQL, [cartId])
  const cart = rows[0] as Row | undefined
  if (!cart) {
    return null
  }
  const address = cart.address as Row | null
  return {
    completed: !!cart.completed_at,
    facts: {
      items: (cart.items as Row[]).map((i) => ({ id: i.id as string, lapas_id: (i.lapas_id as string | null) ?? null })),
      shipping_address: address
        ? {
            province: address.province ?? null,
            city: address.city ?? null,
            address_2: address.address_2 ?? null,
            postal_code: address.postal_code ?? null,
            phone: address.phone ?? null,
            metadata: (address.metadata as Record<string, unknown> | null) ?? null,
          }
        : null,
      shipping_methods: (cart.methods as Row[]).map((m) => ({ id: m.id as string, lapas_id: (m.lapas_id as string | null) ?? null })),
      lapas_names: cart.lapas_names as Record<string, string>,
    },
  }
}

/**
 * Throws INVALID_DATA naming every checkout problem of an open cart. An unknown or already
 * completed cart passes: Medusa answers those as usual (404, or the order the cart became).
 */
export async function assertCartReadyForOrder(scope: MedusaContainer, cartId: string) {
  const found = await checkoutFactsOfCart(scope, cartId)
  if (!found || found.completed) {
    return
  }
  const problems = checkoutProblems(found.facts)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, checkoutRefusalMessage(problems))
  }
}
