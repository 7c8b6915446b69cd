// What people do to the orders while the faults happen, through the stack's public address:
// lapas finance confirming transfers (some twice, some by two requests at once), the national
// office capturing in full, refunding in part or in full, canceling and taking a unit back
// (Medusa's return, then its refund), lapas staff packing and canceling their part, finance
// correcting a booked line's HPP. Random per order but seeded; expected
// refusals (4xx) are counted by kind, a 5xx is a failure.

export const DEMO_PASSWORD = "karyabinaan"
export const ADMIN_EMAIL = "admin@karyabinaan.test"

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export async function pool(items, concurrency, work) {
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

/** Logs in once per account and hands out the token (the JWT is valid on every server). */
export function sessions(client) {
  const tokens = new Map()
  async function login(actor, email) {
    const key = `${actor}:${email}`
    if (!tokens.has(key)) {
      tokens.set(
        key,
        (async () => {
          const { status, json } = await client.request("login", "POST", `/auth/${actor}/emailpass`, {
            body: { email, password: DEMO_PASSWORD },
          })
          if (status !== 200 || !json?.token) throw new Error(`${email} could not log in (${status}): ${json?.message ?? ""}`)
          return json.token
        })()
      )
    }
    return tokens.get(key)
  }
  return {
    admin: () => login("user", ADMIN_EMAIL),
    finance: (handle) => login("lapas_member", `finance+${handle}@karyabinaan.test`),
    staff: (handle) => login("lapas_member", `staff+${handle}@karyabinaan.test`),
  }
}

const todayIn = (timeZone) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date())

/**
 * One plan per order, drawn from the seeded generator in order, so a seed replays the same run:
 * `path` (what happens to it) and its options.
 */
export function planOperations(orders, random) {
  return orders.map((order) => {
    const r = random.next()
    const multi = order.lapas_ids.length > 1
    // Paid in bulk by place-orders.ts: only corrections here. Left unpaid: nothing.
    let path
    if (order.mode === "bulk") path = "bulk"
    else if (order.mode === "idle") path = "none"
    else if (r < 0.4) path = "confirm"
    else if (r < 0.6) path = "capture"
    else if (r < 0.72) path = "return"
    else if (r < 0.84) path = "cancel"
    else path = multi ? "part_cancel" : "confirm"
    return {
      order,
      path,
      // how each part's transfer is confirmed
      confirmModes: order.lapas_ids.map(() => {
        const m = random.next()
        return m < 0.1 ? "twice" : m < 0.2 ? "concurrent" : "once"
      }),
      // after the money is in: refunds, a late cancel
      refund: (() => {
        const x = random.next()
        return x < 0.15 ? "partial" : x < 0.25 ? "full" : x < 0.3 ? "partial_twice" : null
      })(),
      refundShare: random.next(),
      cancelAfterCapture: random.next() < 0.08,
      // part_cancel: whether the part was confirmed before it is canceled
      confirmBeforePartCancel: random.next() < 0.3,
      partToCancel: Math.floor(random.next() * order.lapas_ids.length),
      correction: random.next() < (order.mode === "bulk" ? 0.06 : 0.12) ? { lineShare: random.next(), costShare: 0.3 + random.next() * 0.4, twice: random.next() < 0.3 } : null,
    }
  })
}

export function operator({ client, auth, lapasById, log }) {
  const admin = async (kind, method, path, body) => client.request(kind, method, `/admin${path}`, { token: await auth.admin(), body })
  const lapasApi = async (role, handle, kind, method, path, body) =>
    client.request(kind, method, `/lapas-api${path}`, { token: await (role === "staff" ? auth.staff(handle) : auth.finance(handle)), body })

  /** The part's expected transfer (asked of the lapas when the order was placed over HTTP). */
  async function partAmount(order, lapasId) {
    const known = order.parts?.find((p) => p.lapas_id === lapasId)?.amount
    if (known) return known
    const handle = lapasById.get(lapasId).handle
    const { status, json } = await lapasApi("finance", handle, "part_view", "GET", `/orders/${order.id}`)
    if (status !== 200) return null
    return json.parts?.[0]?.transfer?.expected_amount ?? null
  }

  async function paymentIdOf(order) {
    if (order.payment_id) return order.payment_id
    const { status, json } = await admin("order_view", "GET", `/orders/${order.id}?fields=id,payment_collections.payments.id`)
    if (status !== 200) return null
    order.payment_id = json.order?.payment_collections?.[0]?.payments?.[0]?.id ?? null
    return order.payment_id
  }

  async function confirm(order, lapasId, mode) {
    const lapas = lapasById.get(lapasId)
    const amount = await partAmount(order, lapasId)
    if (!amount) return
    const body = { amount, transferred_on: todayIn(lapas.time_zone) }
    const path = `/orders/${order.id}/transfer-confirmations`
    if (mode === "concurrent") {
      await Promise.all([
        lapasApi("finance", lapas.handle, "confirm_concurrent", "POST", path, body),
        lapasApi("finance", lapas.handle, "confirm_concurrent", "POST", path, body),
      ])
      return
    }
    await lapasApi("finance", lapas.handle, "confirm", "POST", path, body)
    if (mode === "twice") await lapasApi("finance", lapas.handle, "confirm_again", "POST", path, body)
  }

  async function refund(plan) {
    const paymentId = await paymentIdOf(plan.order)
    if (!paymentId || !plan.refund) return
    const total = plan.order.total ?? (await orderTotal(plan.order))
    if (!total) return
    if (plan.refund === "full") {
      await admin("refund_full", "POST", `/payments/${paymentId}/refund`, { amount: total })
    } else {
      const first = Math.max(1, Math.floor(total * Math.min(0.9, plan.refundShare) / 2))
      await admin("refund_partial", "POST", `/payments/${paymentId}/refund`, { amount: first })
      if (plan.refund === "partial_twice") await admin("refund_partial", "POST", `/payments/${paymentId}/refund`, { amount: first })
    }
  }

  async function orderTotal(order) {
    const { status, json } = await admin("order_view", "GET", `/orders/${order.id}?fields=id,total`)
    if (status !== 200) return null
    order.total = Math.round(Number(json.order.total))
    return order.total
  }

  /**
   * Medusa's return, as the national office does it in the admin: the order captured, one lapas
   * packs its part, one unit of one of its lines comes back (return requested, received into the
   * lapas's stock), and its price is refunded.
   */
  async function returnOneUnit(plan) {
    const { order } = plan
    const line = order.lines?.[Math.floor(plan.refundShare * (order.lines?.length ?? 0))]
    const paymentId = await paymentIdOf(order)
    if (!line?.line_item_id || !paymentId) return
    const lapas = lapasById.get(line.lapas_id)
    const captured = await admin("capture", "POST", `/payments/${paymentId}/capture`, {})
    if (captured.status !== 200) return
    const packed = await lapasApi("staff", lapas.handle, "return_pack", "POST", `/orders/${order.id}/fulfillments`, { lapas_id: lapas.id })
    if (packed.status !== 200) return
    const begun = await admin("return", "POST", "/returns", { order_id: order.id, location_id: lapas.location_id })
    const returnId = begun.json?.return?.id
    if (!returnId) return
    const steps = [
      ["/request-items", { items: [{ id: line.line_item_id, quantity: 1 }] }],
      ["/request", {}],
      ["/receive", {}],
      ["/receive-items", { items: [{ id: line.line_item_id, quantity: 1 }] }],
      ["/receive/confirm", {}],
    ]
    for (const [step, body] of steps) {
      const answer = await admin("return", "POST", `/returns/${returnId}${step}`, body)
      if (answer.status !== 200) return
    }
    await admin("return_refund", "POST", `/payments/${paymentId}/refund`, { amount: line.unit_price })
  }

  /** The first pass: everything but the corrections. */
  async function run(plan) {
    const { order } = plan
    if (plan.path === "confirm") {
      for (const [k, lapasId] of order.lapas_ids.entries()) await confirm(order, lapasId, plan.confirmModes[k])
      await refund(plan)
    } else if (plan.path === "capture") {
      const paymentId = await paymentIdOf(order)
      if (!paymentId) return
      await admin("capture", "POST", `/payments/${paymentId}/capture`, {})
      await refund(plan)
      if (plan.cancelAfterCapture) await admin("cancel_after_capture", "POST", `/orders/${order.id}/cancel`, {})
    } else if (plan.path === "return") {
      await returnOneUnit(plan)
    } else if (plan.path === "cancel") {
      await admin("cancel", "POST", `/orders/${order.id}/cancel`, {})
    } else if (plan.path === "part_cancel") {
      const target = order.lapas_ids[plan.partToCancel]
      if (plan.confirmBeforePartCancel) await confirm(order, target, "once")
      await lapasApi("staff", lapasById.get(target).handle, "part_cancel", "POST", `/orders/${order.id}/cancel`, {
        reason: "Stok habis (uji gangguan)",
      })
      for (const [k, lapasId] of order.lapas_ids.entries()) {
        if (lapasId !== target && !(plan.confirmBeforePartCancel && lapasId === target)) await confirm(order, lapasId, plan.confirmModes[k])
      }
    }
  }

  /** The second pass, once bookings had time to happen: HPP corrections of booked lines. */
  async function correct(plan) {
    const { order, correction } = plan
    if (!correction || !order.lines?.length || !["confirm", "capture", "bulk"].includes(plan.path)) return
    const line = order.lines[Math.floor(correction.lineShare * order.lines.length)]
    if (!line?.line_item_id) return
    const handle = lapasById.get(line.lapas_id).handle
    const body = {
      line_item_id: line.line_item_id,
      unit_cost: Math.round(line.unit_price * correction.costShare),
      reason: "HPP batch salah input (uji gangguan)",
      idempotency_key: `fault-${order.id}-${line.line_item_id}`,
    }
    await lapasApi("finance", handle, "correction", "POST", `/orders/${order.id}/shares/corrections`, body)
    if (correction.twice) await lapasApi("finance", handle, "correction_replay", "POST", `/orders/${order.id}/shares/corrections`, body)
  }

  return { run, correct }
}

export { sleep }
