// Journey: a lapas staff member sells two items at an exhibition from a phone (390×844) with the
// network cut: the sale waits on the device ("1 penjualan menunggu sinyal"), the network returns,
// the sale is sent by itself, and the scoped API holds exactly one direct sale with the device's
// client_id. The event has no stock moved to it, so the sale comes back with a stock warning chip.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { saveScreenshot } from "../lib/browser.mjs"
import { memberCall, memberToken, step, todayIn } from "../lib/journey.mjs"
import { PANEL_STAFF_EMAIL, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

const digitsOf = (text) => Number(String(text).replace(/[^\d]/g, ""))

describe("selling at an exhibition without a signal, on a phone", () => {
  const session = { browser: null, page: null }
  before(async () => Object.assign(session, await launchPanelBrowser(PHONE)))
  after(async () => session.browser?.close())

  test("staff sell two items offline, the sale waits on the device, then is recorded once", async () => {
    const { page } = session
    const context = page.context()
    const token = await memberToken(PANEL_STAFF_EMAIL)

    const event = await step(page, "register the event through the scoped API", "panel-till-event", async () => {
      const today = todayIn("Asia/Jakarta")
      const { status, body } = await memberCall(token, "/lapas-api/venues", {
        method: "POST",
        body: JSON.stringify({ name: `Pameran Uji Kasir ${Date.now()}`, place: "Gedung Serbaguna", starts_on: today, ends_on: today, max_discount_bp: 1000 }),
      })
      assert.equal(status, 201, `the event is created: ${JSON.stringify(body)}`)
      return body.venue
    })

    await step(page, "log in", "panel-till-login", () => loginToPanel(page, PANEL_STAFF_EMAIL))

    await step(page, "open the till and pick the event", "panel-till-open", async () => {
      await page.goto(`${PANEL_URL}/penjualan`)
      // The till is ready once the device's store is open (it then restores the remembered venue).
      await page.locator('[data-testid="venue-select"][data-ready="true"]').waitFor()
      await page.getByTestId("venue-select").selectOption(event.id)
      await page.getByTestId("till-item").first().waitFor()
      // The event allows a discount: the field is there (showroom has none in the demo).
      await page.getByLabel("Diskon (Rp)").waitFor()
    })
    await saveScreenshot(page, "panel-till-phone-catalogue")

    const added = await step(page, "add two items to the cart", "panel-till-cart", async () => {
      const goods = page.locator('[data-testid="till-item"]:not(:has-text("Jasa"))')
      assert.ok((await goods.count()) >= 2, "the catalogue lists at least two goods")
      const names = []
      for (const index of [0, 1]) {
        const button = goods.nth(index)
        names.push((await button.getAttribute("aria-label"))?.replace(/^Tambah /, ""))
        await button.click()
      }
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="cart-line"]').length === 2)
      // One more of the first: quantities +/- work.
      await page.getByRole("button", { name: `Tambah satu ${names[0]}` }).click()
      await page.getByRole("button", { name: `Kurangi satu ${names[0]}` }).click()
      await page.getByRole("button", { name: `Tambah satu ${names[1]}` }).click()
      return names
    })
    const total = digitsOf(await page.getByTestId("cart-total").textContent())
    assert.ok(total > 0, `the cart has a total (${total})`)

    await step(page, "cut the network", "panel-till-offline", async () => {
      await context.setOffline(true)
      await page.getByText("Tanpa sinyal", { exact: true }).waitFor()
    })

    await step(page, "pay cash and finish the sale", "panel-till-pay", async () => {
      const tendered = Math.ceil((total + 1) / 50_000) * 50_000
      await page.getByLabel("Uang diterima (Rp)").fill(String(tendered))
      const change = await page.getByTestId("change").textContent()
      assert.equal(digitsOf(change), tendered - total, `the change is shown: ${change}`)
      await page.getByTestId("finish-sale").click()
      await page.getByTestId("sale-queued").waitFor()
      await page.getByTestId("provisional-receipt").waitFor()
      await page.waitForFunction(
        () => document.querySelector('[data-testid="queue-badge"]')?.textContent?.trim() === "1 penjualan menunggu sinyal"
      )
      assert.equal(await page.getByTestId("cart-line").count(), 0, "the cart is empty for the next buyer")
    })
    await saveScreenshot(page, "panel-till-phone-queued")

    const clientId = await step(page, "restore the network and see the sale sent", "panel-till-online", async () => {
      await context.setOffline(false)
      await page.waitForFunction(
        () => document.querySelector('[data-testid="queue-badge"]')?.textContent?.trim() === "Semua penjualan terkirim",
        null,
        { timeout: 40_000 }
      )
      const result = page.getByTestId("sale-result")
      await result.getByText("Penjualan tercatat").waitFor()
      await result.getByTestId("receipt-thermal").waitFor()
      // Nothing was moved to the event: the goods left the stand beyond its stock, and the sale says so.
      await result.getByTestId("stock-warning").waitFor()
      const sale = page.getByTestId("today-sale").first()
      return sale.getAttribute("data-client-id")
    })
    await saveScreenshot(page, "panel-till-phone-synced")
    assert.match(clientId ?? "", /^[0-9a-f-]{36}$/)

    const recorded = await step(page, "exactly one direct sale has the device's id", "panel-till-api", async () => {
      const { status, body } = await memberCall(token, `/lapas-api/direct-sales?venue_id=${encodeURIComponent(event.id)}&limit=200`)
      assert.equal(status, 200)
      const matching = body.direct_sales.filter((s) => s.client_id === clientId)
      assert.equal(matching.length, 1, `one sale with client_id ${clientId}: ${JSON.stringify(body.direct_sales.map((s) => s.client_id))}`)
      const [sale] = matching
      assert.equal(digitsOf(sale.total), total)
      assert.equal(sale.payment_method, "cash")
      assert.equal(sale.lines.length, 2)
      assert.deepEqual(
        sale.lines.map((l) => l.quantity),
        [1, 2]
      )
      assert.ok(sale.stock_warnings.length > 0, "the event held none of it: the sale is flagged")
      return sale
    })

    await step(page, "the receipt links point at the sale", "panel-till-receipt", async () => {
      const result = page.getByTestId("sale-result")
      const thermal = await result.getByTestId("receipt-thermal").getAttribute("href")
      assert.equal(thermal, `/penjualan/${recorded.id}/struk?format=thermal`)
      assert.equal(await result.getByTestId("receipt-a4").getAttribute("href"), `/penjualan/${recorded.id}/struk?format=a4`)
      const whatsapp = await result.getByTestId("receipt-whatsapp").getAttribute("href")
      assert.ok(whatsapp.startsWith("https://wa.me/?text="), whatsapp)
      assert.ok(decodeURIComponent(whatsapp).includes(recorded.receipt_path), whatsapp)
      // The PDF route is another screen's (admin/receipts); check it only where it answers.
      const response = await page.request.get(`${PANEL_URL}${thermal}`, { maxRedirects: 0 })
      if (response.status() === 200) {
        assert.match(response.headers()["content-type"] ?? "", /application\/pdf/)
        assert.equal((await response.body()).subarray(0, 5).toString(), "%PDF-")
      } else {
        console.info(`[panel-till] receipt PDF route answered ${response.status()}: not on this branch yet, step skipped`)
      }
    })

    // Sending the same sale again (the device lost the answer) books nothing new.
    await step(page, "a resend of the same sale is answered as replayed", "panel-till-replay", async () => {
      const { status, body } = await memberCall(token, "/lapas-api/direct-sales", {
        method: "POST",
        body: JSON.stringify({
          client_id: clientId,
          venue_id: event.id,
          lines: recorded.lines.map((l) => ({ variant_id: l.variant_id, quantity: l.quantity })),
          payment_method: "cash",
          tendered: Number(recorded.tendered),
          sold_at: recorded.sold_at,
        }),
      })
      assert.equal(status, 200)
      assert.equal(body.replayed, true)
      assert.equal(body.direct_sale.id, recorded.id)
    })
    assert.equal(added.length, 2)
  })
})
