// The staff journey of the orders issue: a buyer pays an order of Lapas Tangerang's bread by bank
// transfer on the phone; the lapas's staff log in to the admin dashboard, find it under "Pesanan
// lapas", confirm the transfer (with a receipt photo), pack it and ship it with a courier and resi;
// the buyer's guest lookup then shows the resi. The tests run in order and share the order.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, saveScreenshot, usePhone } from "../lib/browser.mjs"
import { placeBankTransferOrder } from "../lib/store.mjs"
import {
  RECEIPT_PNG,
  SPA_TIMEOUT,
  adminGet,
  adminToken,
  capturedRupiah,
  loginToAdmin,
  openLapasOrders,
  staffEmail,
  step,
  todayIn,
  useDesktop,
} from "../lib/admin.mjs"

const phone = usePhone({ before, after })
const desk = useDesktop({ before, after })

const LAPAS = { handle: "lapas-tangerang", name: /Tangerang/, timeZone: "Asia/Jakarta" }
const PRODUCT = "roti-tawar-gandum" // Roti Tawar Gandum, made at Lapas Kelas I Tangerang
const COURIER = "JNE"
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

test("staff of the lapas confirm the transfer, pack and ship with a resi in the admin dashboard", async () => {
  assert.ok(order.number, "the buyer's journey placed an order")
  const page = desk.page

  await step(page, "log in to the admin as lapas staff", "staff-orders-login", () =>
    loginToAdmin(page, staffEmail(LAPAS.handle))
  )

  await step(page, 'open "Pesanan lapas" and find the order awaiting its transfer', "staff-orders-list", async () => {
    await openLapasOrders(page)
    await page.getByRole("button", { name: "Menunggu transfer" }).first().click()
    const row = page.locator('a[href*="/orders/"]').filter({ hasText: numberPattern(order.number) }).first()
    await row.waitFor({ timeout: SPA_TIMEOUT })
    await saveScreenshot(page, "staff-orders-2-awaiting-transfer")
    await row.click()
    await page.waitForURL(/\/app\/orders\/order_[^/?]+/)
    order.id = new URL(page.url()).pathname.split("/").pop()
  })

  await step(page, "confirm the transfer of the exact amount with a receipt photo", "staff-orders-transfer", async () => {
    await page.getByRole("heading", { name: /Pesanan lapas/ }).first().waitFor({ timeout: SPA_TIMEOUT })
    const widgetText = (await page.getByRole("heading", { name: /Pesanan lapas/ }).first().textContent()) ?? ""
    const lapasShown = LAPAS.name.test(widgetText) || (await page.getByText(LAPAS.name).count()) > 0
    assert.ok(lapasShown, `the order's widget names Lapas Tangerang ("${widgetText.trim()}")`)

    const amount = page.getByLabel("Jumlah diterima (Rp)", { exact: true })
    await amount.waitFor()
    assert.equal(
      digitsOf(await amount.inputValue()),
      order.amount,
      "the amount received is prefilled with the amount the buyer was told to transfer"
    )
    await page.getByLabel("Tanggal transfer", { exact: true }).fill(todayIn(LAPAS.timeZone))
    await page.getByLabel("Bukti transfer (opsional)", { exact: true }).setInputFiles({
      name: "bukti-transfer.png",
      mimeType: "image/png",
      buffer: RECEIPT_PNG,
    })
    await page.getByRole("button", { name: "Konfirmasi transfer", exact: true }).click()
    await page.getByText("Transfer dikonfirmasi").first().waitFor()
  })

  await step(page, 'pack the order ("Kemas pesanan")', "staff-orders-pack", async () => {
    await page.getByRole("button", { name: "Kemas pesanan", exact: true }).click()
    await page.getByLabel("Kurir", { exact: true }).waitFor()
  })

  await step(page, "ship with courier and resi", "staff-orders-ship", async () => {
    await page.getByLabel("Kurir", { exact: true }).fill(COURIER)
    await page.getByLabel("Nomor resi", { exact: true }).fill(RESI)
    await page.getByRole("button", { name: "Kirim pesanan", exact: true }).click()
    await page.getByText(RESI).first().waitFor()
    await saveScreenshot(page, "staff-orders-3-shipped")
  })

  // What the pages showed is what was stored: the part is paid, captured and shipped with that resi.
  const token = await adminToken(staffEmail(LAPAS.handle))
  const { status, body } = await adminGet(token, `/admin/lapas-orders/${order.id}`)
  assert.equal(status, 200, `GET /admin/lapas-orders/${order.id}: ${JSON.stringify(body)}`)
  assert.equal(body.parts.length, 1, "one part: the order holds Lapas Tangerang's items only")
  const [part] = body.parts
  assert.equal(part.display_id, Number(order.number))
  assert.equal(part.state, "shipped")
  assert.equal(await capturedRupiah(order.id), order.amount, "the confirmed transfer captured the payment in full")
  assert.equal(part.transfer?.confirmation?.amount, order.amount)
  assert.ok(part.transfer.confirmation.proof_url, "the receipt photo was uploaded and kept")
  const shipped = part.fulfilments.filter((f) => !f.canceled_at)
  assert.equal(shipped.length, 1)
  assert.equal(shipped[0].courier, COURIER)
  assert.equal(shipped[0].resi, RESI)
  assert.ok(shipped[0].shipped_at, "the fulfilment is marked shipped")

  // Another lapas's staff do not see it.
  const other = await adminGet(await adminToken(staffEmail("lapas-bojonegoro")), `/admin/lapas-orders/${order.id}`)
  assert.equal(other.status, 404, "staff of another lapas get 404 for this order")
})

test("the buyer's guest lookup shows the courier and resi", async () => {
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
    assert.match(main, new RegExp(COURIER), "the courier is named next to the resi")
  })
  await saveScreenshot(page, "staff-orders-4-guest-lookup-resi")
})
