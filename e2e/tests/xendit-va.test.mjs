// A buyer on a phone pays a two-lapas order by BCA virtual account through Xendit (the e2e stack's
// local simulator, scripts/xendit-simulator.mjs, stands in for it): the order page shows the VA
// number and a countdown, the simulator's page "pays" it, the order page turns paid by itself
// (it polls; the test never reloads), and behind the pages both parts are captured, their shares
// booked, and the one payment was split per lapas by a split rule.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, saveScreenshot, usePhone } from "../lib/browser.mjs"
import { capturedRupiah, memberCall, memberToken, step } from "../lib/journey.mjs"
import { addProductToCart, expectStep, fillAddress, placeOrderOnReview, preselectedCouriers, submitStep } from "../lib/store.mjs"

const XENDIT_URL = process.env.E2E_XENDIT_URL || `http://127.0.0.1:${process.env.E2E_XENDIT_PORT || 9110}`
const XENDIT_KEY = process.env.E2E_XENDIT_SECRET_KEY ?? ""
const NATIONAL_EMAIL = process.env.E2E_PANEL_NATIONAL_EMAIL ?? "nasional@karyabinaan.test"
const PRODUCTS = [
  { handle: "kunyit-instan", lapas: "lapas-bojonegoro" },
  { handle: "kotak-tisu-kayu", lapas: "lapas-tanjungpinang" },
]

const phone = usePhone({ before, after })

/** What the simulator recorded of the payment request with this VA number (its own JSON view). */
async function simulatorRecord(vaNumber) {
  const response = await fetch(`${XENDIT_URL}/_simulator/payment_requests`, {
    headers: { authorization: `Basic ${Buffer.from(`${XENDIT_KEY}:`).toString("base64")}` },
  })
  assert.equal(response.status, 200, "the simulator answers with the stack's secret key")
  const { data } = await response.json()
  const found = data.filter((r) => r.va_number === vaNumber)
  assert.equal(found.length, 1, `one payment request has VA ${vaNumber}`)
  return found[0]
}

/** Asks until `check` answers something truthy (the shares are booked by a subscriber after the capture). */
async function eventually(what, check, { attempts = 60, pauseMs = 500 } = {}) {
  let last
  for (let i = 0; i < attempts; i++) {
    last = await check()
    if (last?.ok) return last.value
    await new Promise((r) => setTimeout(r, pauseMs))
  }
  throw new Error(`${what} did not happen: ${JSON.stringify(last?.value ?? last)}`)
}

test("a two-lapas order paid by BCA virtual account confirms itself and is split per lapas", async () => {
  const page = phone.page
  const order = { id: null, va: null }

  await step(page, "a cart with products of two lapas", "xendit-va-cart", async () => {
    for (const { handle } of PRODUCTS) await addProductToCart(page, handle)
    await page.goto(`${STOREFRONT_URL}/keranjang`)
    assert.equal(await page.getByTestId("cart-lapas-group").count(), 2, "one group per lapas")
  })

  await step(page, "checkout choosing BCA Virtual Account", "xendit-va-checkout", async () => {
    await page.getByTestId("cart-checkout").click()
    await expectStep(page, /langkah=alamat|\/checkout$/)
    await fillAddress(page)
    await submitStep(page)
    await expectStep(page, /langkah=pengiriman/)
    assert.equal((await preselectedCouriers(page)).length, 2, "a courier per lapas")
    await submitStep(page)
    await expectStep(page, /langkah=pembayaran/)
    const bca = page.getByTestId("payment-xendit-BCA")
    await bca.check()
    assert.equal(await bca.isChecked(), true)
    await saveScreenshot(page, "xendit-va-1-payment-step")
    await submitStep(page)
    await expectStep(page, /langkah=tinjau/)
    await placeOrderOnReview(page)
    order.id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop())
  })

  await step(page, "the order page shows the VA number and the countdown", "xendit-va-pending", async () => {
    const payment = page.getByTestId("xendit-payment")
    await payment.waitFor({ timeout: 15_000 })
    assert.equal(await payment.getAttribute("data-status"), "pending")
    order.va = ((await page.getByTestId("xendit-va-number").textContent()) ?? "").replace(/\D/g, "")
    assert.match(order.va, /^10766\d{11}$/, `a BCA virtual account number: "${order.va}"`)
    const countdown = ((await page.getByTestId("xendit-countdown").textContent()) ?? "").trim()
    assert.match(countdown, /\d/, `the countdown shows the time left: "${countdown}"`)
    await saveScreenshot(page, "xendit-va-2-pending")
  })

  await step(page, "pay the VA number on the simulator's page", "xendit-va-simulator", async () => {
    const simulator = await page.context().newPage()
    try {
      await simulator.goto(`${XENDIT_URL}/bayar?va=${order.va}`)
      assert.equal(await simulator.getByTestId("sim-va-number").textContent(), order.va, "the simulator found the VA number")
      await saveScreenshot(simulator, "xendit-va-3-simulator")
      await simulator.getByRole("button", { name: "Bayar sekarang" }).click()
      await simulator.locator('[data-testid="sim-status"][data-status="SUCCEEDED"]').waitFor({ timeout: 30_000 })
      const said = (await simulator.getByRole("status").textContent()) ?? ""
      assert.match(said, /webhook terkirim/, `the backend took the webhook: "${said}"`)
      await saveScreenshot(simulator, "xendit-va-4-simulator-paid")
    } finally {
      await simulator.close()
    }
  })

  await step(page, "the order page turns paid without a reload", "xendit-va-paid", async () => {
    await page.bringToFront()
    await page.locator('[data-testid="xendit-payment"][data-status="paid"]').waitFor({ timeout: 60_000 })
    await saveScreenshot(page, "xendit-va-5-paid")
  })

  // Behind the pages: captured per part, shares booked per part, the payment split per lapas.
  const token = await memberToken(NATIONAL_EMAIL)
  const { status, body } = await memberCall(token, `/lapas-api/orders/${encodeURIComponent(order.id)}`)
  assert.equal(status, 200, `GET /lapas-api/orders/${order.id}: ${JSON.stringify(body)}`)
  const parts = body.parts
  assert.deepEqual(parts.map((p) => p.lapas.handle).sort(), PRODUCTS.map((p) => p.lapas).sort(), "one part per lapas")
  const orderTotal = parts.reduce((sum, p) => sum + p.total, 0)
  for (const part of parts) {
    assert.equal(part.payment_kind, "xendit", `${part.lapas.handle} is paid through Xendit`)
    assert.equal(part.transfer, null, `${part.lapas.handle} waits for no bank transfer`)
    assert.equal(part.state, "to_pack", `${part.lapas.handle} is paid and ready to pack`)
  }
  assert.equal(await capturedRupiah(order.id), orderTotal, "the payment is captured in full")

  const shares = await eventually("shares booked for both lapas", async () => {
    const answer = await memberCall(token, `/lapas-api/orders/${encodeURIComponent(order.id)}/shares`)
    const lapasWithLines = new Set((answer.body?.lines ?? []).map((l) => l.lapas_id))
    return { ok: answer.status === 200 && parts.every((p) => lapasWithLines.has(p.lapas.id)), value: answer.body }
  })
  for (const part of parts) {
    const lines = shares.lines.filter((l) => l.lapas_id === part.lapas.id)
    assert.equal(lines.length, part.items.length, `${part.lapas.handle}: a share line per order line`)
    const revenue = lines.reduce((sum, l) => sum + Number(l.revenue), 0)
    const items = part.items.reduce((sum, i) => sum + i.total, 0)
    assert.equal(revenue, items, `${part.lapas.handle}: the shares book its lines' revenue`)
  }

  const record = await simulatorRecord(order.va)
  assert.equal(record.payment_request.status, "SUCCEEDED")
  assert.equal(record.payment_request.amount, orderTotal, "one payment for the whole order")
  assert.ok(record.split_rule, "the payment request carries a split rule")
  const routes = record.split_rule.routes
  assert.equal(routes.length, 2, "a route per lapas")
  assert.equal(new Set(routes.map((r) => r.destination_account_id)).size, 2, "two different sub-accounts")
  for (const part of parts) {
    const route = routes.find((r) => r.reference_id === part.lapas.id) ?? routes.find((r) => r.flat_amount === part.total)
    assert.ok(route, `a route for ${part.lapas.handle}: ${JSON.stringify(routes)}`)
    assert.equal(route.flat_amount, part.total, `${part.lapas.handle} receives exactly its part (lines + shipping)`)
  }
  const delivered = record.webhooks.flatMap((w) => w.attempts).filter((a) => a.status && a.status < 300)
  assert.ok(delivered.length >= 1, "the backend took the payment.succeeded webhook")
})
