// The real checkout, over HTTP through the stack's public address, racing for the last units of
// the scarce variants: carts are filled first (Medusa checks stock when a line is added, and
// there is stock then), then every cart completes at once, so the reservations at completion
// decide who gets the units. Each buyer has its own address in X-Forwarded-For.

async function pool(items, concurrency, work) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++
        await work(items[index], index)
      }
    })
  )
}

/**
 * `placed`: place-orders.ts's output (scarce variants, one companion variant per lapas, address).
 * Returns `{ orders: [{ id, lapas_ids, lines }], refused, failed, demand, seconds }`.
 */
export async function raceCheckouts({ client, publishableKey, placed, count, random, concurrency = 8, log }) {
  const since = Date.now()
  const { scarce, companions, region_id: regionId, address } = placed
  const buyers = Array.from({ length: count }, (_, i) => {
    const variant = random.pick(scarce)
    const lines = [{ variant_id: variant.id, lapas_id: variant.lapas_id, quantity: random.int(1, 3) }]
    if (random.next() < 0.5) {
      const companion = random.pick(companions.filter((c) => c.lapas_id !== variant.lapas_id))
      lines.push({ variant_id: companion.variant_id, lapas_id: companion.lapas_id, quantity: 1 })
    }
    return { index: i, ip: `198.51.100.${(i % 250) + 1}`, email: `balapan+${i}@karyabinaan.test`, lines, cart: null }
  })
  const store = (kind, method, path, buyer, body) =>
    client.request(kind, method, `/store${path}`, { key: publishableKey, ip: buyer.ip, body })

  // 1. Carts with their lines, address, one courier per lapas and a bank-transfer session.
  let notBuilt = 0
  await pool(buyers, concurrency, async (buyer) => {
    const created = await store("checkout_cart", "POST", "/carts", buyer, {
      region_id: regionId,
      email: buyer.email,
      shipping_address: address,
      billing_address: address,
      items: buyer.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
    })
    if (created.status !== 200) return void notBuilt++
    const cartId = created.json.cart.id
    const groups = await store("checkout_shipping", "GET", `/carts/${cartId}/lapas-shipping`, buyer)
    if (groups.status !== 200) return void notBuilt++
    const optionIds = groups.json.groups.map((g) => g.options.find((o) => o.kind === "courier")?.id).filter(Boolean)
    const chosen = await store("checkout_shipping", "POST", `/carts/${cartId}/lapas-shipping`, buyer, { option_ids: optionIds })
    if (chosen.status !== 200) return void notBuilt++
    const collection = await store("checkout_payment", "POST", "/payment-collections", buyer, { cart_id: cartId })
    if (collection.status !== 200) return void notBuilt++
    const session = await store(
      "checkout_payment",
      "POST",
      `/payment-collections/${collection.json.payment_collection.id}/payment-sessions`,
      buyer,
      { provider_id: "pp_system_default" }
    )
    if (session.status !== 200) return void notBuilt++
    buyer.cart = cartId
  })

  // 2. Every cart completes at the same time.
  const ready = buyers.filter((b) => b.cart)
  const orders = []
  let refused = 0
  const refusals = {}
  await Promise.all(
    ready.map(async (buyer) => {
      // A completion that met another one holding the same stock's lock answers 409 (Medusa:
      // "conflicted with another request"); a storefront tries again, so the buyer does too.
      let completed
      for (let attempt = 0; attempt < 5; attempt++) {
        completed = await store("checkout_complete", "POST", `/carts/${buyer.cart}/complete`, buyer, {})
        if (completed.status !== 409) break
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.floor(random.next() * 1500 * (attempt + 1))))
      }
      if (completed.status === 200 && completed.json?.type === "order") {
        orders.push({ id: completed.json.order.id, lapas_ids: [...new Set(buyer.lines.map((l) => l.lapas_id))], lines: buyer.lines })
      } else {
        refused++
        const reason = String(completed.json?.error?.message ?? completed.json?.message ?? completed.status).slice(0, 120)
        refusals[reason] = (refusals[reason] ?? 0) + 1
      }
    })
  )
  const demand = {}
  for (const buyer of ready) for (const l of buyer.lines) demand[l.variant_id] = (demand[l.variant_id] ?? 0) + l.quantity
  const seconds = (Date.now() - since) / 1000
  log(`HTTP checkout race: ${ready.length} carts (${notBuilt} not built), ${orders.length} orders, ${refused} refused, in ${seconds.toFixed(1)} s`)
  for (const [reason, n] of Object.entries(refusals)) log(`  refused ${n}×: ${reason}`)
  return { orders, refused, refusals, notBuilt, demand, seconds }
}
