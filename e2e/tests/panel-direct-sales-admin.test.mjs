// The pages around the till, on a phone (390×844): Lapas Tangerang's staff register an exhibition
// at /penjualan/acara and move bread to its stand; a cash sale is recorded there through the
// scoped API (as the till would send it); staff find it in /penjualan/riwayat and open it; at the
// end of the day they close the till at /penjualan/tutup-kas with Rp 5.000 less than expected and
// a reason, and the closing records the difference. The tests run in order and share the event.
//
// The venue routes (stock moves, cash closings) come from another branch of issue 20: when the
// backend answers 404 for them, the journey is skipped and says why.
import assert from "node:assert/strict"
import { randomUUID } from "node:crypto"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, saveScreenshot } from "../lib/browser.mjs"
import { memberCall, memberToken, staffEmail, step, todayIn } from "../lib/journey.mjs"
import { PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

const LAPAS = { handle: "lapas-tangerang", timeZone: "Asia/Jakarta" }
const PRODUCT = { search: "Roti Sobek", title: "Roti Sobek Cokelat" } // KB-TNG-ROTI-SBK, 40 in stock in the demo data
const EVENT = { name: `Pameran Karya Binaan ${String(Date.now()).slice(-6)}`, place: "Gedung Serbaguna Kota Tangerang" }
const MOVED = 6
const SOLD = 2
const SHORT = 5_000

const digitsOf = (text) => Number(String(text).replace(/[^\d]/g, ""))
const rupiah = (amount) => `Rp ${new Intl.NumberFormat("id-ID").format(amount)}`

/** Whether the backend has the venue routes this journey needs (GET /lapas-api/cash-closings). */
async function venueRoutesMissing() {
  try {
    const token = await memberToken(staffEmail(LAPAS.handle))
    const { status } = await memberCall(token, "/lapas-api/cash-closings?limit=1")
    return status === 404 ? "the backend has no /lapas-api/cash-closings yet (the venues branch of issue 20)" : false
  } catch (error) {
    return `the backend could not be asked: ${error instanceof Error ? error.message : error}`
  }
}

const skip = await venueRoutesMissing()
if (skip) console.log(`# panel-direct-sales-admin skipped: ${skip}`)

const staff = { browser: null, page: null, token: null }
before(async () => {
  if (skip) return
  Object.assign(staff, await launchPanelBrowser(PHONE))
  staff.token = await memberToken(staffEmail(LAPAS.handle))
})
after(async () => {
  await staff.browser?.close()
})

/** What the steps hand on: the event, the variant moved, the sale. */
const state = { venueId: null, variantId: null, saleId: null, total: null }

test("staff register an exhibition and move bread to its stand on a phone", { skip }, async () => {
  const page = staff.page
  await step(page, "log in as Lapas Tangerang's staff", "direct-sales-admin-login", () => loginToPanel(page, staffEmail(LAPAS.handle)))

  await step(page, "register the exhibition at /penjualan/acara", "direct-sales-admin-event", async () => {
    await page.goto(`${PANEL_URL}/penjualan/acara`)
    const form = page.getByTestId("event-form")
    await form.getByLabel("Nama pameran").fill(EVENT.name)
    await form.getByLabel("Lokasi").fill(EVENT.place)
    const today = todayIn(LAPAS.timeZone)
    await form.getByLabel("Mulai").fill(today)
    await form.getByLabel("Selesai").fill(today)
    await form.getByLabel("Diskon maksimum (%)").fill("10")
    await form.getByRole("button", { name: "Daftarkan pameran" }).click()
    await form.getByTestId("event-success").waitFor()
    await saveScreenshot(page, "direct-sales-admin-1-event-registered-phone")
    await page.getByTestId("event-link").filter({ hasText: EVENT.name }).click()
    await page.waitForURL(/\/penjualan\/acara\/[^/?]+/)
    state.venueId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop())
    await page.getByRole("heading", { level: 1, name: EVENT.name }).waitFor()
    assert.equal((await page.getByTestId("event-state").textContent())?.trim(), "Berjalan")
  })

  await step(page, `move ${MOVED} × ${PRODUCT.title} to the stand`, "direct-sales-admin-move", async () => {
    await page.getByLabel("Cari barang").fill(PRODUCT.search)
    await page.getByRole("button", { name: "Cari", exact: true }).click()
    await page.waitForURL(/q=/)
    const form = page.getByTestId("move-stock-form")
    const row = form.getByTestId("move-row").filter({ hasText: PRODUCT.title }).first()
    const input = row.locator('input[name^="qty:"]')
    state.variantId = (await input.getAttribute("name")).slice("qty:".length)
    await form.getByLabel("Arah").selectOption("to_venue")
    await input.fill(String(MOVED))
    await form.getByRole("button", { name: "Pindahkan stok" }).click()
    await form.getByTestId("move-stock-success").waitFor()
    const stock = await memberCall(staff.token, `/lapas-api/venues/${encodeURIComponent(state.venueId)}/stock`)
    assert.equal(stock.status, 200, JSON.stringify(stock.body))
    const level = stock.body.stock.find((s) => s.variant_id === state.variantId)
    assert.equal(level?.quantity, MOVED, `the stand holds what was moved: ${JSON.stringify(stock.body.stock)}`)
    await page.getByTestId("event-stock-quantity").filter({ hasText: String(MOVED) }).first().waitFor()
    await saveScreenshot(page, "direct-sales-admin-2-stock-moved-phone")
  })
})

test("a cash sale at the stand shows in the history and on its own page", { skip }, async () => {
  assert.ok(state.variantId, "the first test moved stock to the event")
  const page = staff.page
  await step(page, "record a cash sale at the event through the scoped API", "direct-sales-admin-sale", async () => {
    const recorded = await memberCall(staff.token, "/lapas-api/direct-sales", {
      method: "POST",
      body: JSON.stringify({
        client_id: randomUUID(),
        venue_id: state.venueId,
        lines: [{ variant_id: state.variantId, quantity: SOLD }],
        payment_method: "cash",
        tendered: 100_000,
        sold_at: new Date().toISOString(),
      }),
    })
    assert.equal(recorded.status, 201, JSON.stringify(recorded.body))
    state.saleId = recorded.body.direct_sale.id
    state.total = Number(recorded.body.direct_sale.total)
    assert.ok(state.total > 0)
  })

  await step(page, "find the sale in /penjualan/riwayat filtered by the event", "direct-sales-admin-history", async () => {
    await page.goto(`${PANEL_URL}/penjualan/riwayat?tempat=${encodeURIComponent(state.venueId)}`)
    const link = page.locator(`a[href="/penjualan/${encodeURIComponent(state.saleId)}"]`)
    await link.waitFor()
    assert.equal((await page.getByTestId("direct-sale-link").count()), 1, "one sale at the new event")
    await saveScreenshot(page, "direct-sales-admin-3-history-phone")
    await link.click()
    await page.waitForURL((url) => url.pathname === `/penjualan/${state.saleId}`)
  })

  await step(page, "read the sale's page: total, cash, receipts", "direct-sales-admin-detail", async () => {
    assert.equal(digitsOf(await page.getByTestId("direct-sale-total").textContent()), state.total)
    assert.equal((await page.getByTestId("direct-sale-method").textContent())?.trim(), "Tunai")
    assert.match(await page.getByTestId("receipt-thermal").getAttribute("href"), /\/struk\?format=thermal$/)
    assert.match(await page.getByTestId("receipt-a4").getAttribute("href"), /\/struk\?format=a4$/)
    assert.match(await page.getByTestId("receipt-whatsapp").getAttribute("href"), /^https:\/\/wa\.me\/\?text=.*%2Fstruk%2F/)
    const receiptLink = await page.getByTestId("receipt-link").getAttribute("href")
    assert.ok(receiptLink.startsWith(`${STOREFRONT_URL}/struk/`), `the buyer's receipt is on the storefront: ${receiptLink}`)
    await page.getByTestId("void-form").waitFor({ state: "attached" })
    await saveScreenshot(page, "direct-sales-admin-4-sale-phone")
  })
})

test(`staff close the day Rp 5.000 short with a reason and see the difference recorded`, { skip }, async () => {
  assert.ok(state.saleId, "the sale was recorded")
  const page = staff.page
  const reason = "Kembalian salah diberikan ke satu pembeli"
  await step(page, "count the drawer at /penjualan/tutup-kas", "direct-sales-admin-closing", async () => {
    await page.goto(`${PANEL_URL}/penjualan/tutup-kas?tempat=${encodeURIComponent(state.venueId)}`)
    const form = page.getByTestId("close-cash-form")
    await form.getByLabel("Modal awal di laci (Rp)").fill("100000")
    const expected = digitsOf(await form.getByTestId("closing-expected-cash").textContent())
    assert.equal(expected, 100_000 + state.total, "expected cash = opening float + the cash sale")
    await form.getByLabel("Uang tunai terhitung (Rp)").fill(String(expected - SHORT))
    assert.equal((await form.getByTestId("closing-difference").textContent())?.trim(), `Kurang ${rupiah(SHORT)}`)
    await form.getByLabel("Alasan selisih").fill(reason)
    await saveScreenshot(page, "direct-sales-admin-5-closing-form-phone")
    await form.getByRole("button", { name: "Tutup kas" }).click()
    await page.getByTestId("closing-done").waitFor()
    assert.equal((await page.getByTestId("closing-done-difference").textContent())?.trim(), `Kurang ${rupiah(SHORT)}`)
    assert.match((await page.getByTestId("closing-done-reason").textContent()) ?? "", new RegExp(reason))
    await saveScreenshot(page, "direct-sales-admin-6-closed-phone")
  })

  await step(page, "the closing is on record with its difference", "direct-sales-admin-closing-record", async () => {
    const list = await memberCall(staff.token, `/lapas-api/cash-closings?venue_id=${encodeURIComponent(state.venueId)}`)
    assert.equal(list.status, 200, JSON.stringify(list.body))
    assert.equal(list.body.closings.length, 1)
    assert.equal(Number(list.body.closings[0].difference), -SHORT)
    assert.equal(list.body.closings[0].reason, reason)
  })
})
