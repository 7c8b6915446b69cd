// The buyer's journeys of the storefront issue, on a phone (390×844) against the real backend with
// the demo data. They run in order: the lookup journey looks up the order the first one placed.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"
import { STOREFRONT_URL, usePhone, saveScreenshot } from "../lib/browser.mjs"
import { shipPartThroughApi, step } from "../lib/journey.mjs"
import {
  AREA_LABELS,
  BUYER,
  addCurrentProductToCart,
  addProductToCart,
  assertRupiah,
  checkoutByBankTransfer,
  countOrders,
  expectStep,
  fillAddress,
  pickArea,
  placeOrderOnReview,
  preselectedCouriers,
  submitStep,
} from "../lib/store.mjs"

const phone = usePhone({ before, after })

/** The order the first journey placed: its number and the email it was placed with. */
const placed = { number: null, email: BUYER.email }

test("wrong input in checkout gets an Indonesian message and creates no order", async () => {
  const ordersBefore = await countOrders()

  await phone.page.goto(`${STOREFRONT_URL}/checkout`)
  const emptyCart = (await phone.page.locator("main").textContent()) ?? ""
  assert.match(emptyCart, /keranjang.*kosong/i, "an empty cart cannot be checked out")

  await addProductToCart(phone.page, "jahe-instan")
  await phone.page.goto(`${STOREFRONT_URL}/checkout?langkah=alamat`)
  await fillAddress(phone.page, { postalCode: "", phone: "12345" })
  await submitStep(phone.page)
  const error = phone.page.getByTestId("checkout-error").first()
  await error.waitFor()
  const message = (await phone.page.locator("main").textContent()) ?? ""
  assert.match(message, /kode pos/i, "names the missing postal code")
  assert.match(message, /(nomor )?(telepon|HP|ponsel)/i, "names the invalid phone number")
  assert.ok(!/langkah=pengiriman/.test(phone.page.url()), "stays on the address step")
  await saveScreenshot(phone.page, "checkout-wrong-input")

  assert.equal(await countOrders(), ordersBefore, "no order was created")
})

test("journey 1: home → category → product → cart → bank transfer → confirmation with transfer instructions", async () => {
  await phone.page.goto(STOREFRONT_URL)
  await phone.page.getByRole("link", { name: /makanan/i }).first().click()
  await phone.page.waitForURL(/kategori/)
  const card = phone.page.getByTestId("product-card").filter({ hasText: "Jahe Instan Bojonegoro" })
  await card.first().getByRole("link").first().click()
  await phone.page.waitForURL(/\/produk\/jahe-instan$/)
  assertRupiah(await phone.page.getByTestId("product-price").textContent(), "product price")
  const impact = (await phone.page.getByTestId("product-impact").textContent()) ?? ""
  assert.match(impact, /Rp \d{1,3}(\.\d{3})*.*premi/i, `the page tells the premi of one unit: "${impact}"`)
  await addCurrentProductToCart(phone.page)

  placed.number = await checkoutByBankTransfer(phone.page)
  const transfer = phone.page.getByTestId("transfer-instructions")
  await transfer.waitFor()
  const text = (await transfer.textContent()) ?? ""
  assert.match(text, /Lapas Kelas IIA Bojonegoro|Bojonegoro/, "the transfer goes to the lapas's account")
  const amounts = await phone.page.getByTestId("transfer-amount").allTextContents()
  assert.ok(amounts.length >= 1, "the exact amount to transfer is shown")
  for (const amount of amounts) assertRupiah(amount, "transfer amount")
  await saveScreenshot(phone.page, "journey-1-confirmation")
})

test("journey 2: a guest finds that order with its number and email", async () => {
  assert.ok(placed.number, "journey 1 placed an order")
  await phone.page.goto(`${STOREFRONT_URL}/lacak-pesanan`)
  const form = phone.page.getByTestId("lookup-form")
  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill("nobody@example.id")
  await form.locator('button[type="submit"]').click()
  await phone.page.getByText(/tidak ditemukan/i).first().waitFor()

  await form.locator('[name="number"]').fill(placed.number)
  await form.locator('[name="email"]').fill(placed.email.toUpperCase())
  await form.locator('button[type="submit"]').click()
  const number = phone.page.getByTestId("order-number")
  await number.waitFor()
  assert.match((await number.textContent()) ?? "", new RegExp(`#${placed.number}\\b`))
  await phone.page.getByTestId("transfer-instructions").waitFor()
  await saveScreenshot(phone.page, "journey-2-guest-lookup")
})

test("journey 4: a cart with products of two lapas checks out as one order", async () => {
  await addProductToCart(phone.page, "kunyit-instan") // Lapas Bojonegoro
  await addProductToCart(phone.page, "kotak-tisu-kayu") // Lapas Tanjungpinang
  await phone.page.goto(`${STOREFRONT_URL}/keranjang`)
  assert.equal(await phone.page.getByTestId("cart-lapas-group").count(), 2, "the cart shows one group per lapas")

  const ordersBefore = await countOrders()
  await checkoutByBankTransfer(phone.page)
  assert.equal(await countOrders(), ordersBefore + 1, "one order for both lapas")
  const groups = phone.page.getByTestId("order-lapas-group")
  assert.equal(await groups.count(), 2, "the confirmation shows which lapas sends what")
  const texts = await groups.allTextContents()
  assert.ok(texts.some((t) => /Bojonegoro/.test(t) && /Kunyit/.test(t)))
  assert.ok(texts.some((t) => /Tanjungpinang/.test(t) && /Kotak Tisu/i.test(t)))
  assert.equal(await phone.page.getByTestId("transfer-amount").count(), 2, "one transfer per lapas account")
  await saveScreenshot(phone.page, "journey-4-two-lapas")
})

/** What journey 5 hands to the tracking journey: the order, the lapas that shipped, the resi. */
const shipped = { orderId: null, resi: `CGK${String(Date.now()).slice(-10)}` }

test("journey 5: on a phone the buyer picks the address from lists and chooses a courier per lapas with price and estimate", async () => {
  const page = phone.page
  await addProductToCart(page, "jahe-instan") // Lapas Bojonegoro, 250 g
  await addProductToCart(page, "set-sofa-rotan-sintetis") // Lapas Semarang, 42 kg and bulky: cargo only
  await page.goto(`${STOREFRONT_URL}/keranjang`)
  await page.getByTestId("cart-checkout").click()
  await expectStep(page, /langkah=alamat|\/checkout$/)

  await step(page, "pick Jawa Timur → Kota Surabaya → Gubeng → Airlangga from the lists", "journey-5-address", async () => {
    const form = page.getByTestId("address-form")
    for (const label of Object.values(AREA_LABELS)) {
      assert.equal(await form.getByLabel(label, { exact: true }).evaluate((el) => el.tagName), "SELECT", `${label} is a list`)
    }
    await fillAddress(page, { province: "", email: BUYER.email })
    // Another province first: below a level not chosen yet there is nothing to pick.
    await pickArea(form, "province", "Jawa Tengah")
    assert.ok(await form.getByLabel("Kecamatan", { exact: true }).isDisabled(), "no kecamatan before a kabupaten/kota")
    await pickArea(form, "province", "Jawa Timur")
    // The list of the new province arrives after the pick: wait for it, then read it whole.
    const citySelect = form.getByLabel("Kabupaten/Kota", { exact: true })
    await citySelect.locator("option", { hasText: "Kabupaten Bojonegoro" }).waitFor({ state: "attached", timeout: 15_000 })
    const cities = await citySelect.locator("option").allTextContents()
    assert.ok(cities.includes("Kabupaten Bojonegoro") && !cities.includes("Kota Semarang"), "only Jawa Timur's kabupaten/kota")
    await pickArea(form, "city", "Kota Surabaya")
    await pickArea(form, "district", "Gubeng")
    await pickArea(form, "village", "Airlangga")
    await saveScreenshot(page, "journey-5-address-pickers")
    await submitStep(page)
  })

  await step(page, "a courier per lapas with price and estimate", "journey-5-delivery", async () => {
    await expectStep(page, /langkah=pengiriman/)
    const groups = page.getByTestId("delivery-group")
    assert.equal(await groups.count(), 2, "one delivery choice per lapas")
    const preselected = await preselectedCouriers(page)

    for (let i = 0; i < 2; i++) {
      const options = groups.nth(i).getByTestId("delivery-option")
      const kinds = await options.evaluateAll((els) => els.map((el) => el.querySelector("input").dataset.kind))
      assert.equal(kinds.at(-1), "pickup", "pickup at the lapas comes last")
      assert.ok(kinds.slice(0, -1).every((k) => k === "courier"), "couriers first")
      const texts = await options.allTextContents()
      for (const text of texts.slice(0, -1)) {
        assert.match(text, /Estimasi \d+(–\d+)? hari/, `a courier shows its estimate: "${text}"`)
        assert.match(text, /Rp \d{1,3}(\.\d{3})*/, `a courier shows its price: "${text}"`)
      }
      assert.match(texts.at(-1), /Ambil di lapas.*Gratis/, `pickup is free: "${texts.at(-1)}"`)
    }

    const jahe = groups.filter({ hasText: "Jahe Instan" })
    const sofa = groups.filter({ hasText: "Set Sofa" })
    const sofaServices = await sofa
      .locator('input[data-kind="courier"]')
      .evaluateAll((els) => els.map((el) => el.dataset.service))
    assert.ok(sofaServices.length >= 1, "the sofa can be sent by a courier")
    assert.deepEqual([...new Set(sofaServices)], ["cargo"], "a 42 kg sofa set is offered cargo only")

    // The buyer changes Bojonegoro's courier from the preselected cheapest one to the next one.
    const jaheCouriers = jahe.locator('input[data-kind="courier"]')
    assert.ok((await jaheCouriers.count()) >= 2, "Bojonegoro offers more than one courier service")
    assert.equal(await jaheCouriers.first().isChecked(), true, "the cheapest courier is preselected")
    assert.equal(preselected.length, 2)
    const other = jaheCouriers.nth(1)
    const otherId = await other.getAttribute("value")
    const otherLabel = (await jahe.getByTestId("delivery-option").nth(1).locator(".choice__name").textContent())?.trim()
    await jahe.getByTestId("delivery-option").nth(1).locator("label").click()
    assert.equal(await other.isChecked(), true, "the buyer's choice is checked")
    await saveScreenshot(page, "journey-5-couriers-per-lapas")
    await submitStep(page)

    await expectStep(page, /langkah=pembayaran/)
    await page.getByTestId("payment-bank_transfer").check()
    await submitStep(page)
    await expectStep(page, /langkah=tinjau/)
    const review = (await page.getByTestId("checkout-review").textContent()) ?? ""
    assert.ok(otherId && otherLabel && review.includes(otherLabel), `the review names the chosen courier "${otherLabel}"`)
    assert.match(review, /Gubeng/, "the review shows the kecamatan")
    await saveScreenshot(page, "journey-5-review")
  })

  await step(page, "place the order", "journey-5-place", async () => {
    const ordersBefore = await countOrders()
    await placeOrderOnReview(page)
    assert.equal(await countOrders(), ordersBefore + 1, "one order for both lapas")
    shipped.orderId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop())
    assert.equal(await page.getByTestId("order-lapas-group").count(), 2)
    await saveScreenshot(page, "journey-5-confirmation")
  })
})

test("journey 5: after Lapas Bojonegoro ships with JNE, the buyer's order page shows the resi", async () => {
  assert.ok(shipped.orderId, "journey 5 placed an order")
  const part = await shipPartThroughApi({
    orderId: shipped.orderId,
    lapasHandle: "lapas-bojonegoro",
    courier: "jne",
    resi: shipped.resi,
  })
  assert.equal(part.state, "shipped", "the staff's part is shipped")
  await phone.page.goto(`${STOREFRONT_URL}/pesanan/${encodeURIComponent(shipped.orderId)}`)
  await phone.page.getByText(shipped.resi).first().waitFor({ timeout: 15_000 })
  await saveScreenshot(phone.page, "journey-5-shipped")
})

test("journey 5: the buyer opens the JNE tracking link of the resi", async () => {
  assert.ok(shipped.orderId, "journey 5 shipped an order")
  const page = phone.page
  await page.goto(`${STOREFRONT_URL}/pesanan/${encodeURIComponent(shipped.orderId)}`)
  const link = page.getByRole("link", { name: /Lacak/ })
  await link.first().waitFor({ timeout: 15_000 })
  // COURIERS' JNE template (packages/contracts/src/shipping.ts) with the resi.
  const expected = `https://www.jne.co.id/tracking-package?awb=${encodeURIComponent(shipped.resi)}`
  assert.equal(await link.first().getAttribute("href"), expected, "the link opens JNE's tracking page for the resi")
  assert.equal(await link.first().getAttribute("target"), "_blank", "the tracking page opens in a new tab")
  // No internet here: JNE's page is answered locally, so the click really opens the tab.
  await page.context().route("https://www.jne.co.id/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>JNE</title><h1>Lacak kiriman JNE</h1>" })
  )
  const [tab] = await Promise.all([page.waitForEvent("popup"), link.first().click()])
  await tab.waitForLoadState()
  assert.equal(tab.url(), expected, "the buyer lands on JNE's tracking page of this resi")
  await tab.close()
  await saveScreenshot(page, "journey-5-tracking-link")
})
