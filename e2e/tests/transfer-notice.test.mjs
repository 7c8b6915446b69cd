// "Saya sudah transfer" (issue 21): a buyer on a phone pays an order of Lapas Tangerang's bread by
// bank transfer, taps "Saya sudah transfer" on the order page and sends the amount, the day, the
// sender and a photo of the receipt; the lapas's staff log in to the panel, see the order marked
// "Pembeli sudah transfer", open it and find the confirmation prefilled with the buyer's amount and
// day and the photo; they confirm, and the buyer's order page shows the part paid. The tests run
// in order and share the order.
import assert from "node:assert/strict"
import { createRequire } from "node:module"
import { after, before, test } from "node:test"
import { saveScreenshot, usePhone } from "../lib/browser.mjs"
import { placeBankTransferOrder } from "../lib/store.mjs"
import { memberCall, memberToken, staffEmail, step, todayIn } from "../lib/journey.mjs"
import { PANEL_URL, PHONE, launchPanelBrowser, loginToPanel } from "../lib/panel.mjs"

// sharp is the backend's image library (it re-encodes every proof photo); the journey borrows it
// to make a real JPEG, as a phone's camera would.
const sharp = createRequire(new URL("../../backend/package.json", import.meta.url))("sharp")

const phone = usePhone({ before, after })
const staff = { browser: null, page: null }
before(async () => {
  Object.assign(staff, await launchPanelBrowser(PHONE))
})
after(async () => {
  await staff.browser?.close()
})

const LAPAS = { handle: "lapas-tangerang", timeZone: "Asia/Jakarta" }
const PRODUCT = "roti-tawar-gandum" // Roti Tawar Gandum, made at Lapas Kelas I Tangerang
const SENDER = "Rina Wulandari"

const order = { number: null, id: null, amount: null, url: null }
const digitsOf = (rupiah) => Number(String(rupiah).replace(/[^\d]/g, ""))
/** `#12` but not `#123`. */
const numberPattern = (number) => new RegExp(`#${number}(?!\\d)`)

test("the buyer pays by bank transfer and says so with a photo of the receipt", async () => {
  const page = phone.page
  const placed = await step(page, "place a bank-transfer order on the storefront", "notice-buyer-order", () =>
    placeBankTransferOrder(page, PRODUCT, { email: "rina.pembeli@example.id", firstName: "Rina", lastName: "Wulandari" })
  )
  order.number = placed.number
  order.url = page.url()
  order.id = new URL(order.url).pathname.split("/").pop()
  await page.getByTestId("transfer-instructions").waitFor()
  order.amount = digitsOf(await page.getByTestId("transfer-amount").first().textContent())
  assert.ok(order.amount > 0, "the amount to transfer is shown")

  const receipt = await sharp({ create: { width: 320, height: 480, channels: 3, background: "#f4f1ea" } })
    .jpeg({ quality: 80 })
    .toBuffer()

  await step(page, 'tap "Saya sudah transfer" and send the amount, the day, the sender and the photo', "notice-buyer-send", async () => {
    await page.getByTestId(`transfer-notice-open-${LAPAS.handle}`).click()
    const form = page.getByTestId("transfer-notice-form")
    await form.waitFor()
    // The amount comes prefilled with the part's amount, the day with today in the lapas's zone.
    assert.equal(digitsOf(await form.getByTestId("transfer-notice-amount").inputValue()), order.amount)
    assert.equal(await form.getByTestId("transfer-notice-date").inputValue(), todayIn(LAPAS.timeZone))
    await form.getByTestId("transfer-notice-sender").fill(SENDER)
    await form.getByTestId("transfer-notice-proof").setInputFiles({ name: "bukti-transfer.jpg", mimeType: "image/jpeg", buffer: receipt })
    await saveScreenshot(page, "transfer-notice-1-buyer-form")
    await form.getByTestId("transfer-notice-submit").click()
    const sent = page.getByTestId("transfer-notice-sent")
    await sent.waitFor()
    assert.match((await sent.textContent()) ?? "", /sudah kami beri tahu/)
    await saveScreenshot(page, "transfer-notice-2-buyer-sent")
  })

  // What the page said is what was stored: the lapas's part carries the notice and the photo.
  const { status, body } = await memberCall(await memberToken(staffEmail(LAPAS.handle)), `/lapas-api/orders/${order.id}`)
  assert.equal(status, 200, JSON.stringify(body))
  const notice = body.parts[0].transfer?.notice
  assert.equal(notice?.amount, order.amount)
  assert.equal(notice?.transferred_on, todayIn(LAPAS.timeZone))
  assert.equal(notice?.sender_name, SENDER)
  assert.match(notice?.proof_url ?? "", /\.jpg$/, "the photo was stored as a clean JPEG")
})

test("the lapas's staff see the order marked, find the confirmation prefilled with the photo and confirm", async () => {
  assert.ok(order.id, "the buyer's journey sent a notice")
  const page = staff.page
  await step(page, "log in to the panel as the lapas's staff", "notice-staff-login", () => loginToPanel(page, staffEmail(LAPAS.handle)))

  await step(page, 'see the order marked "Pembeli sudah transfer"', "notice-staff-list", async () => {
    await page.goto(`${PANEL_URL}/pesanan?tab=awaiting_transfer&q=${order.number}`)
    const link = page.getByTestId("order-link").filter({ hasText: numberPattern(order.number) }).first()
    await link.waitFor()
    const mark = page.getByTestId("order-notice-mark").first()
    assert.equal((await mark.textContent())?.trim(), "Pembeli sudah transfer")
    await saveScreenshot(page, "transfer-notice-3-staff-list")
    await link.click()
    await page.waitForURL(/\/pesanan\/order_[^/?]+$/)
  })

  await step(page, "find the form prefilled from the buyer's notice, with the photo", "notice-staff-prefilled", async () => {
    const form = page.getByTestId("confirm-transfer-form")
    const box = form.getByTestId("transfer-notice")
    await box.waitFor()
    assert.match((await box.textContent()) ?? "", /Pembeli sudah transfer/)
    assert.match((await box.textContent()) ?? "", new RegExp(SENDER))
    assert.equal(digitsOf(await form.getByTestId("transfer-notice-amount").textContent()), order.amount)
    assert.equal(await form.getByTestId("transfer-notice-mismatch").count(), 0, "the buyer named the full amount")
    const proof = form.getByTestId("transfer-notice-proof")
    assert.match((await proof.getAttribute("href")) ?? "", /\.jpg$/)
    // The thumbnail loads: the stored photo is served.
    const loaded = await proof.locator("img").evaluate(async (img) => {
      if (!img.complete) await new Promise((resolve) => img.addEventListener("load", resolve, { once: true }))
      return img.naturalWidth > 0
    })
    assert.ok(loaded, "the proof photo's thumbnail shows")
    assert.equal(digitsOf(await form.getByLabel("Jumlah yang masuk (Rp)").inputValue()), order.amount)
    assert.equal(await form.getByLabel("Tanggal dana masuk").inputValue(), todayIn(LAPAS.timeZone))
    await saveScreenshot(page, "transfer-notice-4-staff-prefilled")
  })

  await step(page, "confirm the transfer as prefilled", "notice-staff-confirm", async () => {
    await page.getByTestId("confirm-transfer-form").getByRole("button", { name: "Konfirmasi transfer" }).click()
    await page.getByTestId("pack-form").waitFor()
    assert.equal((await page.getByTestId("order-state").textContent())?.trim(), "Perlu dikemas")
  })
})

test("the buyer's order page shows the part paid", async () => {
  assert.ok(order.url, "the order was placed")
  const page = phone.page
  await step(page, "open the order page again", "notice-buyer-paid", async () => {
    await page.goto(order.url)
    const progress = page.getByTestId("order-part-progress").first()
    await progress.waitFor()
    assert.equal(await progress.getAttribute("data-state"), "processing", "the part is paid and being prepared")
    assert.equal(await page.getByTestId("transfer-instructions").count(), 0, "nothing is left to transfer")
    await saveScreenshot(page, "transfer-notice-5-buyer-paid")
  })
})
