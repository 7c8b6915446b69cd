// A standard Medusa storefront checking out against our backend, unchanged: only @medusajs/js-sdk's
// store methods and Medusa's core store routes, in the order Medusa's Next.js starter calls them
// (cart, line items, address, shipping options, calculated prices, shipping methods, payment
// session, complete). It knows nothing of lapas: it adds one shipping method per shipping profile
// the listing offers, as Medusa's multi-profile checkout asks. Then each lapas confirms the bank
// transfer for its part through the scoped API, as its finance staff do in the panel.
import assert from "node:assert/strict"
import { before, describe, it } from "node:test"
import Medusa from "@medusajs/js-sdk"

const BACKEND_URL = process.env.OUTSIDE_BACKEND_URL
const PUBLISHABLE_KEY = process.env.OUTSIDE_PUBLISHABLE_KEY
if (!BACKEND_URL || !PUBLISHABLE_KEY) throw new Error("OUTSIDE_BACKEND_URL and OUTSIDE_PUBLISHABLE_KEY are required (run.mjs sets them)")

const sdk = new Medusa({ baseUrl: BACKEND_URL, publishableKey: PUBLISHABLE_KEY })

/** The address convention (README): `city` the kabupaten/kota, `address_2` the kecamatan. */
const ADDRESS = {
  first_name: "Dewi",
  last_name: "Lestari",
  address_1: "Jl. Pemuda 21",
  address_2: "Semarang Tengah",
  city: "Kota Semarang",
  province: "Jawa Tengah",
  postal_code: "50132",
  country_code: "id",
  phone: "081234567890",
}

const BOJONEGORO = { handle: "lapas-bojonegoro", product: "jahe-instan" }
const SEMARANG = { handle: "lapas-semarang", product: "keranjang-rotan-sintetis" }
const DEMO_PASSWORD = "karyabinaan"

let region

async function variantOf(handle) {
  const { products } = await sdk.store.product.list({ handle, region_id: region.id, fields: "id,*variants" })
  assert.equal(products.length, 1, `the store sells ${handle}`)
  return products[0].variants[0].id
}

/**
 * The starter's checkout: returns the completed order and, per shipping profile, the option chosen
 * and its calculated price.
 */
async function checkout(lines, email) {
  const { cart: created } = await sdk.store.cart.create({ region_id: region.id })
  for (const line of lines) {
    await sdk.store.cart.createLineItem(created.id, { variant_id: await variantOf(line.product), quantity: line.quantity })
  }
  const { cart } = await sdk.store.cart.update(created.id, {
    email,
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
  })

  const { shipping_options: options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  assert.ok(options.length > 0, "the cart is offered shipping options")
  // Calculated options are priced one by one, as the starter's shipping step does.
  const priced = []
  for (const option of options) {
    if (option.price_type === "calculated") {
      const { shipping_option } = await sdk.store.fulfillment.calculate(option.id, { cart_id: cart.id, data: {} })
      priced.push({ ...option, amount: shipping_option.amount, calculated_price: shipping_option.calculated_price })
    } else {
      priced.push(option)
    }
  }
  // One method per shipping profile: the cheapest courier (calculated) option of each.
  const profiles = [...new Set(priced.map((o) => o.shipping_profile_id))]
  const chosen = new Map()
  for (const profile of profiles) {
    const couriers = priced
      .filter((o) => o.shipping_profile_id === profile && o.price_type === "calculated")
      .sort((a, b) => a.amount - b.amount)
    assert.ok(couriers.length > 0, `profile ${profile} offers a courier`)
    chosen.set(profile, couriers[0])
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: couriers[0].id })
  }

  const { cart: withShipping } = await sdk.store.cart.retrieve(cart.id, {
    fields: "id,total,shipping_total,*shipping_methods,*region,*payment_collection",
  })
  await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: "pp_system_default" })
  const completed = await sdk.store.cart.complete(cart.id)
  assert.equal(completed.type, "order", `checkout made an order: ${JSON.stringify(completed.error ?? "")}`)
  return { order: completed.order, options: priced, chosen, cart: withShipping }
}

/** The scoped API of the panel, as a lapas member (finance). */
async function asFinanceOf(lapasHandle) {
  const login = await fetch(`${BACKEND_URL}/auth/lapas_member/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `finance+${lapasHandle}@karyabinaan.test`, password: DEMO_PASSWORD }),
  })
  assert.equal(login.status, 200, `finance of ${lapasHandle} logs in`)
  const { token } = await login.json()
  return async (path, body) => {
    const response = await fetch(`${BACKEND_URL}/lapas-api${path}`, {
      method: body ? "POST" : "GET",
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const json = await response.json()
    assert.equal(response.status, 200, `${body ? "POST" : "GET"} ${path}: ${json.message ?? ""}`)
    return json
  }
}

/** Today in the lapas's zone, YYYY-MM-DD. */
const todayIn = (timeZone) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date())

/** Each lapas's finance member confirms the transfer for its part; returns the parts as confirmed. */
async function confirmTransfers(orderId, lapasHandles) {
  const confirmed = []
  for (const handle of lapasHandles) {
    const scoped = await asFinanceOf(handle)
    const { parts } = await scoped(`/orders/${orderId}`)
    assert.equal(parts.length, 1, `${handle} sees its own part only`)
    const [part] = parts
    assert.equal(part.lapas.handle, handle)
    assert.equal(part.state, "awaiting_transfer")
    const { part: after } = await scoped(`/orders/${orderId}/transfer-confirmations`, {
      amount: part.transfer.expected_amount,
      transferred_on: todayIn(part.lapas.time_zone),
    })
    assert.equal(after.state, "to_pack")
    confirmed.push(after)
  }
  return confirmed
}

async function paymentStatusOf(orderId) {
  const { order } = await sdk.store.order.retrieve(orderId, { fields: "id,payment_status" })
  return order.payment_status
}

describe("a standard Medusa client (js-sdk store methods, core routes only)", () => {
  before(async () => {
    const { regions } = await sdk.store.region.list({ fields: "id,name,currency_code,*countries" })
    region = regions.find((r) => r.countries?.some((c) => c.iso_2 === "id"))
    assert.ok(region, "a region ships to Indonesia")
    assert.equal(region.currency_code, "idr")
  })

  it("lists only one lapas's options for a one-lapas cart, checks out and gets it confirmed", async () => {
    const { order, options, chosen } = await checkout(
      [{ product: BOJONEGORO.product, quantity: 2 }],
      "pembeli.satu@example.com"
    )
    const profiles = new Set(options.map((o) => o.shipping_profile_id))
    assert.equal(profiles.size, 1, "every option listed is of the one lapas's shipping profile")
    assert.ok(options.some((o) => o.price_type === "flat" && Number(o.amount) === 0), "free pickup is offered")
    for (const option of options) assert.match(option.name, /Bojonegoro/)

    const { order: read } = await sdk.store.order.retrieve(order.id, { fields: "id,shipping_total,*shipping_methods" })
    assert.equal(read.shipping_methods.length, 1)
    const [choice] = chosen.values()
    assert.equal(read.shipping_methods[0].shipping_option_id, choice.id)
    assert.equal(Number(read.shipping_methods[0].amount), Number(choice.calculated_price.calculated_amount))
    assert.ok(choice.calculated_price.etd_min_days >= 1, "the estimate comes with the price")

    assert.equal(await paymentStatusOf(order.id), "authorized")
    const [part] = await confirmTransfers(order.id, [BOJONEGORO.handle])
    assert.equal(part.shipping.amount, Number(choice.calculated_price.calculated_amount))
    assert.equal(await paymentStatusOf(order.id), "captured")
  })

  it("places a two-lapas order with one shipping method per lapas at the calculated prices, and both lapas confirm", async () => {
    const { order, options, chosen } = await checkout(
      [
        { product: BOJONEGORO.product, quantity: 1 },
        { product: SEMARANG.product, quantity: 1 },
      ],
      "pembeli.dua@example.com"
    )
    assert.equal(new Set(options.map((o) => o.shipping_profile_id)).size, 2, "two lapas, two shipping profiles listed")
    assert.ok(options.every((o) => /Bojonegoro|Semarang/.test(o.name)), "no third lapas's option is listed")

    const { order: read } = await sdk.store.order.retrieve(order.id, { fields: "id,shipping_total,*shipping_methods" })
    assert.equal(read.shipping_methods.length, 2)
    const expected = [...chosen.values()].map((o) => [o.id, Number(o.calculated_price.calculated_amount)]).sort()
    const actual = read.shipping_methods.map((m) => [m.shipping_option_id, Number(m.amount)]).sort()
    assert.deepEqual(actual, expected)
    assert.equal(Number(read.shipping_total), expected.reduce((sum, [, amount]) => sum + amount, 0))

    const parts = await confirmTransfers(order.id, [BOJONEGORO.handle, SEMARANG.handle])
    // Each lapas's part carries its own method: the one chosen for its profile.
    const byOption = new Map(read.shipping_methods.map((m) => [m.shipping_option_id, Number(m.amount)]))
    assert.deepEqual(
      parts.map((p) => [p.lapas.handle, p.shipping.option_id, p.shipping.amount]),
      parts.map((p) => [p.lapas.handle, p.shipping.option_id, byOption.get(p.shipping.option_id)])
    )
    assert.equal(new Set(parts.map((p) => p.shipping.option_id)).size, 2)
    assert.equal(await paymentStatusOf(order.id), "captured")
  })
})
