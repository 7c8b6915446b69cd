// Shared steps of the buyer journeys: what a buyer does on the phone, and the database counts that
// prove what was (not) created.
import assert from "node:assert/strict"
import pg from "pg"
import { STOREFRONT_URL } from "./browser.mjs"

export const BUYER = {
  email: "sari.buyer@example.id",
  firstName: "Sari",
  lastName: "Wulandari",
  phone: "081234567890",
  province: "Jawa Timur",
  city: "Kota Surabaya",
  district: "Gubeng",
  village: "Airlangga",
  street: "Jl. Raya Gubeng No. 12",
  postalCode: "60281",
}

export const RUPIAH = /^Rp \d{1,3}(\.\d{3})*$/

/** Number of orders in the e2e database. */
export async function countOrders() {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "order" WHERE deleted_at IS NULL`)
    return rows[0].n
  } finally {
    await client.end()
  }
}

/** Opens a product page and puts one unit of its default variant in the cart. */
export async function addProductToCart(page, handle) {
  await page.goto(`${STOREFRONT_URL}/produk/${handle}`)
  await addCurrentProductToCart(page)
}

export async function addCurrentProductToCart(page) {
  const cartLink = page.getByTestId("cart-link")
  const before = countIn(await cartLink.textContent())
  await page.getByTestId("add-to-cart").click()
  await page.waitForFunction(
    ([expected]) => {
      const link = document.querySelector('[data-testid="cart-link"]')
      const n = Number((link?.textContent ?? "").match(/\d+/)?.[0] ?? 0)
      return n >= expected
    },
    [before + 1],
    { timeout: 15_000 }
  )
}

function countIn(text) {
  return Number((text ?? "").match(/\d+/)?.[0] ?? 0)
}

/** The address pickers' visible labels (Bahasa Indonesia), top to bottom. */
export const AREA_LABELS = {
  province: "Provinsi",
  city: "Kabupaten/Kota",
  district: "Kecamatan",
  village: "Kelurahan/Desa (opsional)",
}

/**
 * Picks one area from its list by the select's visible label. Playwright waits until the select is
 * enabled and the option is there, i.e. until the list the level above loaded has arrived.
 */
export async function pickArea(form, level, name) {
  const select = form.getByLabel(AREA_LABELS[level], { exact: true })
  await select.selectOption({ label: name }, { timeout: 15_000 })
  assert.equal(await select.inputValue(), name, `${AREA_LABELS[level]} shows ${name}`)
}

/**
 * Fills the contact and address step, picking province → kabupaten/kota → kecamatan (→ kelurahan)
 * from the lists; `overrides` replaces single fields (e.g. a wrong phone; an empty area stops the
 * picking there).
 */
export async function fillAddress(page, overrides = {}) {
  const buyer = { ...BUYER, ...overrides }
  const form = page.getByTestId("address-form")
  const typed = [
    ["email", buyer.email],
    ["name", `${buyer.firstName} ${buyer.lastName}`],
    ["phone", buyer.phone],
  ]
  for (const [name, value] of typed) await form.locator(`[name="${name}"]`).fill(value)
  for (const level of ["province", "city", "district", "village"]) {
    if (!buyer[level]) break
    await pickArea(form, level, buyer[level])
  }
  await form.locator('[name="address"]').fill(buyer.street)
  await form.locator('[name="postal_code"]').fill(buyer.postalCode)
}

/**
 * Every lapas's delivery choice starts on a courier (the cheapest); answers the checked option's
 * courier code, service, title and price per group.
 */
export async function preselectedCouriers(page) {
  const groups = page.getByTestId("delivery-group")
  const count = await groups.count()
  const chosen = []
  for (let i = 0; i < count; i++) {
    const checked = groups.nth(i).locator('input[type="radio"]:checked')
    assert.equal(await checked.count(), 1, `lapas ${i + 1}: one option is chosen before the buyer does anything`)
    assert.equal(await checked.getAttribute("data-kind"), "courier", `lapas ${i + 1}: a courier is preselected, not pickup`)
    chosen.push({
      courier: await checked.getAttribute("data-courier"),
      service: await checked.getAttribute("data-service"),
      id: await checked.getAttribute("value"),
    })
  }
  return chosen
}

/** Reads the visible step name and asserts where the checkout is. */
export async function expectStep(page, pattern) {
  await page.waitForURL(pattern, { timeout: 15_000 })
  await page.getByTestId("checkout-step").first().waitFor()
}

export async function submitStep(page) {
  await page.getByTestId("checkout-submit").click()
}

export function assertRupiah(text, what) {
  assert.match((text ?? "").trim(), RUPIAH, `${what}: "${text}" is shown as Rp 125.000`)
}

/**
 * From the cart to the placed order, paying by bank transfer: address (`overrides` as for
 * fillAddress) → courier for every lapas → bank transfer → place. Returns the order number (digits)
 * the confirmation shows.
 */
export async function checkoutByBankTransfer(page, overrides = {}) {
  await page.goto(`${STOREFRONT_URL}/keranjang`)
  await page.getByTestId("cart-line").first().waitFor()
  await page.getByTestId("cart-checkout").click()
  await expectStep(page, /langkah=alamat|\/checkout$/)
  await fillAddress(page, overrides)
  await submitStep(page)

  await expectStep(page, /langkah=pengiriman/)
  const lapasCount = await page.getByTestId("delivery-group").count()
  assert.ok(lapasCount >= 1, "one delivery choice per lapas")
  await preselectedCouriers(page)
  await submitStep(page)

  await expectStep(page, /langkah=pembayaran/)
  await page.getByTestId("payment-bank_transfer").check()
  await submitStep(page)

  await expectStep(page, /langkah=tinjau/)
  await placeOrderOnReview(page)
  const shown = (await page.getByTestId("order-number").textContent())?.trim() ?? ""
  assert.match(shown, /#\d+/, `the confirmation shows the order number: "${shown}"`)
  return shown.match(/\d+/)[0]
}

/** "Buat pesanan" on the review step; a refusal fails with what the page said. */
export async function placeOrderOnReview(page) {
  await page.getByTestId("place-order").click()
  const outcome = await Promise.race([
    page.waitForURL(/\/pesanan\/[^/?]+/, { timeout: 30_000 }).then(() => "placed"),
    page.getByTestId("checkout-error").first().waitFor({ timeout: 30_000 }).then(() => "refused"),
  ])
  if (outcome === "refused") {
    const said = (await page.getByTestId("checkout-error").first().textContent())?.trim()
    throw new Error(`The order was refused: "${said}"`)
  }
}

/**
 * A buyer's whole bank-transfer checkout of one product: its product page, the cart, then
 * checkoutByBankTransfer. Returns the order number and the email it was placed with.
 */
export async function placeBankTransferOrder(page, handle, overrides = {}) {
  await addProductToCart(page, handle)
  return { number: await checkoutByBankTransfer(page, overrides), email: overrides.email ?? BUYER.email }
}
