// The staff journey of the orders issue, in the panel (Pusat Lapas): a buyer pays an order of
// Lapas Tangerang's bread by bank transfer on the phone; the lapas's staff log in to the panel on a
// phone, find it under "Perlu konfirmasi transfer", confirm the transfer with a receipt photo and
// pack it; on a desktop they download the packing slip (a PDF) and ship with courier and resi; the
// buyer's guest lookup then shows the resi; staff of another lapas get 404 for the order. The tests
// run in order and share the order.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, saveScreenshot, usePhone } from "../lib/browser.mjs"
import { placeBankTransferOrder } from "../lib/store.mjs"
import { RECEIPT_PNG, capturedRupiah, memberCall, memberToken, staffEmail, step, todayIn } from "../lib/journey.mjs"
import { DESKTOP, PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

const phone = usePhone({ before, after })
const staffPhone = { browser: null, page: null }
const staffDesk = { browser: null, page: null }
before(async () => {
  Object.assign(staffPhone, await launchPanelBrowser(PHONE))
  Object.assign(staffDesk, await launchPanelBrowser(DESKTOP))
})
after(async () => {
  await staffPhone.browser?.close()
  await staffDesk.browser?.close()
})

const LAPAS = { handle: "lapas-tangerang", name: "Lapas Kelas I Tangerang", timeZone: "Asia/Jakarta" }
const PRODUCT = "roti-tawar-gandum" // Roti Tawar Gandum, made at Lapas Kelas I Tangerang
const COURIER = { code: "jne", name: "JNE" } // from the couriers list (packages/contracts/src/shipping.ts)
const RESI = `CGK${String(Date.now()).slice(-10)}` // unique per run, shaped like a JNE resi

/** What the buyer's journey hands to the staff's: the order and the amount to transfer. */
const order = { number: null, email: "dewi.pembeli@example.id", amount: null, id: null }

const digitsOf = (rupiah) => Number(String(rupiah).replace(/[^\d]/g, ""))
/** `#12` but not `#123`. */
const numberPattern = (number) => new RegExp(`#${number}(?!\\d)`)

test("a buyer orders from Lapas Tangerang and is told to transfer the exact amount", async () => {
  const placed = await step(phone.page, "place a bank-transfer order on the storefront", "staff-orders-buyer", () =>
    placeBankTransferOrder(phone.page, PRODUCT, { email: order.email, firstName: "Dewi", lastName: "Lestari" })
  )
  order.number = placed.number
  await phone.page.getByTestId("transfer-instructions").waitFor()
  const amounts = await phone.page.getByTestId("transfer-amount").allTextContents()
  assert.equal(amounts.length, 1, `one transfer for the one lapas: ${JSON.stringify(amounts)}`)
  order.amount = digitsOf(amounts[0])
  assert.ok(order.amount > 0, `the amount to transfer is shown: "${amounts[0]}"`)
  await saveScreenshot(phone.page, "staff-orders-1-buyer-confirmation")
})

test("staff confirm the transfer with a receipt photo and pack the order in the panel on a phone", async () => {
  assert.ok(order.number, "the buyer's journey placed an order")
  const page = staffPhone.page

  await step(page, "log in to the panel as the lapas's staff", "staff-orders-login", () =>
    loginToPanel(page, staffEmail(LAPAS.handle))
  )

  await step(page, 'find the order under "Perlu konfirmasi transfer"', "staff-orders-list", async () => {
    await page.goto(`${PANEL_URL}/pesanan`)
    await page.getByRole("link", { name: /Perlu konfirmasi transfer/ }).click()
    await page.waitForURL(/tab=awaiting_transfer/)
    const link = page.getByTestId("order-link").filter({ hasText: numberPattern(order.number) }).first()
    await link.waitFor()
    await saveScreenshot(page, "staff-orders-2-awaiting-transfer-phone")
    await link.click()
    await page.waitForURL(/\/pesanan\/order_[^/?]+$/)
    order.id = new URL(page.url()).pathname.split("/").pop()
    await page.getByRole("heading", { level: 1, name: numberPattern(order.number) }).waitFor()
    assert.equal((await page.getByTestId("order-state").textContent())?.trim(), "Menunggu transfer")
  })

  await step(page, "confirm the transfer of the exact amount with a receipt photo", "staff-orders-transfer", async () => {
    const form = page.getByTestId("confirm-transfer-form")
    await form.getByLabel("Jumlah yang masuk (Rp)").fill(String(order.amount))
    await form.getByLabel("Tanggal dana masuk").fill(todayIn(LAPAS.timeZone))
    await form.getByLabel("Foto bukti transfer").setInputFiles({
      name: "bukti-transfer.png",
      mimeType: "image/png",
      buffer: RECEIPT_PNG,
    })
    await form.getByRole("button", { name: "Konfirmasi transfer" }).click()
    await page.getByTestId("pack-form").waitFor()
    assert.equal((await page.getByTestId("order-state").textContent())?.trim(), "Perlu dikemas")
  })

  await step(page, "pack the order", "staff-orders-pack", async () => {
    await page.getByTestId("pack-form").getByRole("button", { name: "Tandai sudah dikemas" }).click()
    await page.getByTestId("ship-form").waitFor()
    assert.equal((await page.getByTestId("order-state").textContent())?.trim(), "Siap kirim")
    await saveScreenshot(page, "staff-orders-3-packed-phone")
  })
})

test("on a desktop staff download the packing slip and ship with courier and resi", async () => {
  assert.ok(order.id, "the phone journey packed the order")
  const page = staffDesk.page
  await step(page, "log in on a desktop", "staff-orders-login-desktop", () => loginToPanel(page, staffEmail(LAPAS.handle)))
  await page.goto(`${PANEL_URL}/pesanan/${order.id}`)

  await step(page, "download the packing slip", "staff-orders-packing-slip", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("packing-slip-link").click()])
    assert.match(download.suggestedFilename(), /\.pdf$/)
    const path = await download.path()
    const { readFile } = await import("node:fs/promises")
    const bytes = await readFile(path)
    assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-", "the packing slip is a PDF")
  })

  await step(page, "ship with courier and resi", "staff-orders-ship", async () => {
    const form = page.getByTestId("ship-form")
    await form.getByLabel("Kurir").selectOption({ label: COURIER.name })
    await form.getByLabel("Nomor resi").fill(RESI)
    await form.getByRole("button", { name: "Simpan pengiriman" }).click()
    await page.getByTestId("order-timeline").getByText(RESI).waitFor()
    assert.equal((await page.getByTestId("order-state").textContent())?.trim(), "Dikirim")
    await saveScreenshot(page, "staff-orders-4-shipped-desktop")
  })

  // What the pages showed is what was stored: the part is paid, captured and shipped with that resi.
  const token = await memberToken(staffEmail(LAPAS.handle))
  const { status, body } = await memberCall(token, `/lapas-api/orders/${order.id}`)
  assert.equal(status, 200, `GET /lapas-api/orders/${order.id}: ${JSON.stringify(body)}`)
  assert.equal(body.parts.length, 1)
  const [part] = body.parts
  assert.equal(part.display_id, Number(order.number))
  assert.equal(part.state, "shipped")
  assert.equal(await capturedRupiah(order.id), order.amount, "the confirmed transfer captured the payment in full")
  assert.equal(part.transfer?.confirmation?.amount, order.amount)
  assert.ok(part.transfer.confirmation.proof_url, "the receipt photo was uploaded and kept")
  const shipped = part.fulfilments.filter((f) => !f.canceled_at)
  assert.equal(shipped.length, 1)
  assert.equal(shipped[0].courier, COURIER.code)
  assert.equal(shipped[0].resi, RESI)
  assert.equal(shipped[0].tracking_url, `https://www.jne.co.id/tracking-package?awb=${RESI}`)

  // Staff of another lapas get 404 for this order, from the API and from the panel.
  const other = await memberCall(await memberToken(staffEmail("lapas-bojonegoro")), `/lapas-api/orders/${order.id}`)
  assert.equal(other.status, 404, "staff of another lapas get 404 for this order")
  await step(page, "another lapas's staff open the order", "staff-orders-other-lapas", async () => {
    await page.context().clearCookies()
    await loginToPanel(page, staffEmail("lapas-bojonegoro"))
    const response = await page.goto(`${PANEL_URL}/pesanan/${order.id}`)
    assert.equal(response?.status(), 404, "the panel answers 404 for another lapas's order")
  })
})

test("the buyer's guest lookup shows the courier, the resi and its tracking link", async () => {
  assert.ok(order.number && order.id, "the staff journey shipped the order")
  const page = phone.page
  await step(page, "look the order up by number and email", "staff-orders-lookup", async () => {
    await page.goto(`${STOREFRONT_URL}/lacak-pesanan`)
    const form = page.getByTestId("lookup-form")
    await form.locator('[name="number"]').fill(order.number)
    await form.locator('[name="email"]').fill(order.email)
    await form.locator('button[type="submit"]').click()
    const number = page.getByTestId("order-number")
    await number.waitFor()
    assert.match((await number.textContent()) ?? "", numberPattern(order.number))
  })
  await step(page, "find the resi on the order", "staff-orders-lookup-resi", async () => {
    const resi = page.getByText(RESI).first()
    await resi.waitFor({ timeout: 15_000 })
    const main = (await page.locator("main").textContent()) ?? ""
    assert.match(main, new RegExp(COURIER.name), "the courier is named next to the resi")
    const track = page.getByRole("link", { name: /Lacak paket di JNE/ }).first()
    assert.equal(await track.getAttribute("href"), `https://www.jne.co.id/tracking-package?awb=${RESI}`)
    assert.equal(await track.getAttribute("target"), "_blank")
  })
  await saveScreenshot(page, "staff-orders-5-guest-lookup-resi")
})
