import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { createRequire } from "node:module"
import path from "node:path"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { BUYER_ADDRESS, failureOf, loginAs, loginAsMember, type Headers } from "../helpers"
import { expectedCourierAmount, rateRow } from "../shipping-quotes"
import { Modules } from "@medusajs/framework/utils"
import type { CourierOptionData } from "@karya-binaan/contracts"

// Medusa's workflows as the app loaded them (with our hooks attached), not a second copy through Vitest.
const { completeCartWorkflow } = createRequire(path.join(__dirname, "..", "..", "package.json"))(
  "@medusajs/medusa/core-flows"
)
const { seedDemoData, DEMO_BANK_ACCOUNTS } =
  appModule<typeof import("../../src/scripts/seed-demo")>("src/scripts/seed-demo")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const C = "lapas-semarang"
/** BUYER_ADDRESS's province (Jawa Timur), the zone of every courier rate these tests expect. */
const BUYER_PROVINCE = "35"
/** The courier services offered for each lapas's first product: A's sachets go as parcels, B's chair (40 kg volumetric) only by cargo. */
const COURIER_CODES: Record<string, string[]> = {
  "lapas-bojonegoro": ["jne-express", "jne-regular", "jnt-regular", "pos-regular", "sicepat-regular"],
  "lapas-surabaya": ["jne-cargo"],
}
const NOT_FOUND = "Pesanan tidak ditemukan. Periksa nomor pesanan dan email Anda."

export default defineSuite({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seeded: SeedResult
    let national: Headers
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const variant: Record<string, string> = {}
    const price: Record<string, number> = {}
    const lapasName = (handle: string) => LAPAS.find((l) => l.handle === handle)!.name
    const productOf = (lapas: string) => PRODUCTS.find((p) => p.lapas === lapas)!

    /** A courier option's rate table and type code, as the lapas keeps them. */
    async function optionData(optionId: string) {
      const option = await getContainer()
        .resolve(Modules.FULFILLMENT)
        .retrieveShippingOption(optionId, { select: ["id", "data"], relations: ["type"] })
      return { data: option.data as unknown as CourierOptionData, code: (option as any).type?.code as string }
    }

    /** What the courier option costs for `quantity` of the lapas's first product to BUYER_ADDRESS. */
    async function courierAmount(optionId: string, lapas: string, quantity: number) {
      const { data } = await optionData(optionId)
      return expectedCourierAmount(data, [{ handle: productOf(lapas).handle, quantity }], BUYER_PROVINCE)
    }

    async function variantOf(lapas: string) {
      const product = PRODUCTS.find((p) => p.lapas === lapas)!
      const { data } = await api.get(
        `/store/products?handle=${product.handle}&region_id=${seeded.regionId}&fields=variants.id,*variants.calculated_price`,
        store()
      )
      const v = data.products[0].variants[0]
      return { id: v.id as string, price: Number(v.calculated_price.calculated_amount) }
    }

    async function newCart(
      items: { lapas: string; quantity: number }[],
      shippingAddress: Record<string, unknown> | null = BUYER_ADDRESS,
      email = "pembeli@example.com"
    ) {
      const { data } = await api.post(
        `/store/carts`,
        {
          region_id: seeded.regionId,
          email,
          items: items.map((i) => ({ variant_id: variant[i.lapas], quantity: i.quantity })),
          ...(shippingAddress ? { shipping_address: shippingAddress } : {}),
        },
        store()
      )
      return data.cart.id as string
    }

    const shippingGroups = async (cartId: string) =>
      (await api.get(`/store/carts/${cartId}/lapas-shipping`, store())).data.groups as any[]
    const setShipping = (cartId: string, optionIds: string[]) =>
      api.post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: optionIds }, store())
    const optionOf = (groups: any[], lapas: string, kind: "courier" | "pickup") =>
      groups.find((g) => g.lapas.handle === lapas).options.find((o: any) => o.kind === kind).id as string

    async function shipEveryLapasBy(cartId: string, kinds: Record<string, "courier" | "pickup">) {
      const groups = await shippingGroups(cartId)
      await setShipping(
        cartId,
        groups.map((g) => optionOf(groups, g.lapas.handle, kinds[g.lapas.handle] ?? "courier"))
      )
    }

    async function payByTransfer(cartId: string) {
      const { data } = await api.post(`/store/payment-collections`, { cart_id: cartId }, store())
      await api.post(
        `/store/payment-collections/${data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        store()
      )
    }

    const complete = (cartId: string) => api.post(`/store/carts/${cartId}/complete`, {}, store())

    async function orderCount() {
      const { rows } = await dbConnection.raw(`SELECT count(*)::int AS n FROM "order"`)
      return rows[0].n as number
    }

    /** Completing is refused with a 400 saying `message`, and no order appears. */
    async function expectRefusedCheckout(cartId: string, message: RegExp) {
      const before = await orderCount()
      const failure = await failureOf(complete(cartId))
      expect(failure.status).toBe(400)
      expect(failure.message).toMatch(message)
      expect(await orderCount()).toBe(before)
      const { data } = await api.get(`/store/carts/${cartId}?fields=id,completed_at`, store())
      expect(data.cart.completed_at).toBeFalsy()
    }

    beforeAll(async () => {
      seeded = demoSeed()
      national = await loginAs(api, "admin@karyabinaan.test")
      for (const lapas of [A, B, C]) {
        const v = await variantOf(lapas)
        variant[lapas] = v.id
        price[lapas] = v.price
      }
    })

    describe("shipping per lapas", () => {
      it("lists one group per lapas in the cart, each with its own courier and pickup", async () => {
        const cartId = await newCart([
          { lapas: A, quantity: 2 },
          { lapas: B, quantity: 1 },
        ])
        const { data: cart } = await api.get(`/store/carts/${cartId}?fields=items.id,items.variant_id`, store())
        const itemOf = (lapas: string) => cart.cart.items.find((i: any) => i.variant_id === variant[lapas]).id

        const groups = await shippingGroups(cartId)
        expect(groups.map((g) => g.lapas.handle)).toEqual([A, B])
        for (const group of groups) {
          const handle = group.lapas.handle
          expect(group.lapas).toEqual({
            id: expect.stringMatching(/^lapas_/),
            handle,
            name: lapasName(handle),
            city: LAPAS.find((l) => l.handle === handle)!.city,
          })
          expect(group.item_ids).toEqual([itemOf(handle)])
          expect(group.selected_option_id).toBeNull()
          const quantity = handle === A ? 2 : 1
          const couriers = group.options.filter((o: any) => o.kind === "courier")
          const expected = []
          for (const option of couriers) {
            const { data, code } = await optionData(option.id)
            const rate = rateRow(data, BUYER_PROVINCE)
            expected.push({
              id: option.id,
              code,
              name: expect.stringContaining(lapasName(handle)),
              amount: await courierAmount(option.id, handle, quantity),
              kind: "courier",
              courier: data.courier,
              service: data.service,
              etd_min_days: rate.etd_min_days,
              etd_max_days: rate.etd_max_days,
            })
          }
          expect(expected.map((o) => o.code).sort()).toEqual(COURIER_CODES[handle])
          // Couriers first, cheapest first, then pickup at the lapas, free.
          const amounts = expected.map((o) => o.amount)
          expect(amounts).toEqual([...amounts].sort((x, y) => x - y))
          expect(group.options).toEqual([
            ...expected.map(({ code: _code, ...option }) => option),
            {
              id: expect.any(String),
              name: `Ambil di ${lapasName(handle)}`,
              amount: 0,
              kind: "pickup",
              courier: null,
              service: null,
              etd_min_days: null,
              etd_max_days: null,
            },
          ])
        }
      })

      it("sets one option per lapas and replaces the cart's methods on a new choice", async () => {
        const cartId = await newCart([
          { lapas: A, quantity: 1 },
          { lapas: B, quantity: 1 },
        ])
        const groups = await shippingGroups(cartId)
        const first = [optionOf(groups, A, "courier"), optionOf(groups, B, "pickup")]
        const { data: set } = await setShipping(cartId, first)
        expect(set.cart.shipping_methods.map((m: any) => m.shipping_option_id).sort()).toEqual([...first].sort())
        const courier = await courierAmount(first[0], A, 1)
        expect(Number(set.cart.shipping_total)).toBe(courier)
        expect(Number(set.cart.total)).toBe(price[A] + price[B] + courier)
        expect((await shippingGroups(cartId)).map((g) => g.selected_option_id)).toEqual(first)

        const second = [optionOf(groups, A, "pickup"), optionOf(groups, B, "courier")]
        const { data: again } = await setShipping(cartId, second)
        expect(again.cart.shipping_methods.map((m: any) => m.shipping_option_id).sort()).toEqual([...second].sort())
        expect((await shippingGroups(cartId)).map((g) => g.selected_option_id)).toEqual(second)
      })

      it("refuses a missing lapas, two options of one lapas and options from elsewhere, changing nothing", async () => {
        const cartId = await newCart([
          { lapas: A, quantity: 1 },
          { lapas: B, quantity: 1 },
        ])
        const groups = await shippingGroups(cartId)
        const courierA = optionOf(groups, A, "courier")
        const courierB = optionOf(groups, B, "courier")
        await setShipping(cartId, [courierA, courierB])

        const missing = await failureOf(setShipping(cartId, [courierA]))
        expect(missing).toEqual({
          status: 400,
          message: `Pilih satu opsi pengiriman untuk produk dari ${lapasName(B)}.`,
        })

        const twice = await failureOf(setShipping(cartId, [courierA, optionOf(groups, A, "pickup"), courierB]))
        expect(twice).toEqual({
          status: 400,
          message: `Pilih hanya satu opsi pengiriman untuk produk dari ${lapasName(A)}.`,
        })

        // An option of a lapas whose products are not in this cart.
        const otherCart = await newCart([{ lapas: C, quantity: 1 }])
        const courierC = optionOf(await shippingGroups(otherCart), C, "courier")
        const foreign = await failureOf(setShipping(cartId, [courierA, courierB, courierC]))
        expect(foreign.status).toBe(400)
        // Medusa no longer lists another lapas's options for this cart at all.
        expect(foreign.message).toBe(`Opsi pengiriman ${courierC} tidak tersedia untuk keranjang ini.`)

        const unknown = await failureOf(setShipping(cartId, [courierA, "so_tidak_ada"]))
        expect(unknown.status).toBe(400)
        expect(unknown.message).toContain("Opsi pengiriman so_tidak_ada tidak tersedia untuk keranjang ini.")

        const badBody = await failureOf(
          api.post(`/store/carts/${cartId}/lapas-shipping`, { option_ids: "so_1" }, store())
        )
        expect(badBody.status).toBe(400)
        expect(badBody.message).toMatch(/option_ids/)

        expect((await shippingGroups(cartId)).map((g) => g.selected_option_id)).toEqual([courierA, courierB])
      })

      it("answers 404 for an unknown cart", async () => {
        const failure = await failureOf(api.get(`/store/carts/cart_tidak_ada/lapas-shipping`, store()))
        expect(failure).toEqual({ status: 404, message: "Keranjang tidak ditemukan." })
      })
    })

    describe("checkout refuses an incomplete cart before any order is made", () => {
      async function readyCart(address: Record<string, unknown>) {
        const cartId = await newCart(
          [
            { lapas: A, quantity: 1 },
            { lapas: B, quantity: 1 },
          ],
          address
        )
        await shipEveryLapasBy(cartId, {})
        await payByTransfer(cartId)
        return cartId
      }

      it("a postal code that is not 5 digits", async () => {
        const cartId = await readyCart({ ...BUYER_ADDRESS, postal_code: "6024" })
        await expectRefusedCheckout(cartId, /^Pesanan belum bisa dibuat\. Kode pos "6024" tidak valid: kode pos terdiri dari 5 angka/)
      })

      it("a phone that is not an Indonesian number", async () => {
        const cartId = await readyCart({ ...BUYER_ADDRESS, phone: "0211234" })
        await expectRefusedCheckout(cartId, /Nomor telepon "0211234" tidak valid: gunakan nomor Indonesia yang diawali 08 atau \+628/)
      })

      it("an address without kecamatan, province or city", async () => {
        // The kecamatan is address_2. No courier serves an address without a province, so the
        // buyer picks up at both lapas (pickup asks nothing of the address; checkout still does).
        const cartId = await newCart(
          [
            { lapas: A, quantity: 1 },
            { lapas: B, quantity: 1 },
          ],
          { ...BUYER_ADDRESS, province: "", city: "", address_2: "" }
        )
        await shipEveryLapasBy(cartId, { [A]: "pickup", [B]: "pickup" })
        await payByTransfer(cartId)
        await expectRefusedCheckout(
          cartId,
          /Pilih provinsi pada alamat pengiriman\. Isi kota\/kabupaten pada alamat pengiriman\. Isi kecamatan pada alamat pengiriman\./
        )
      })

      it("the same rules when the cart is completed by the workflow alone, as a payment webhook does", async () => {
        const cartId = await readyCart({ ...BUYER_ADDRESS, address_2: null })
        const before = await orderCount()
        const { errors } = await completeCartWorkflow(getContainer()).run({
          input: { id: cartId },
          throwOnError: false,
        })
        expect(errors.map((e: any) => e.error?.message).join(" ")).toContain("Isi kecamatan pada alamat pengiriman.")
        expect(await orderCount()).toBe(before)
      })

      it("an empty cart", async () => {
        const cartId = await newCart([])
        await expectRefusedCheckout(cartId, /Keranjang Anda kosong/)
      })

      it("a lapas without a shipping method, even with another lapas's method", async () => {
        const cartId = await newCart([
          { lapas: A, quantity: 1 },
          { lapas: B, quantity: 1 },
        ])
        const groups = await shippingGroups(cartId)
        // Medusa's own route adds A's method; B's profile still has none.
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionOf(groups, A, "courier") }, store())
        await payByTransfer(cartId)
        await expectRefusedCheckout(cartId, new RegExp(`Pilih pengiriman untuk produk dari ${lapasName(B)}\\.`))

        // Fixed, the same cart goes through (new shipping, new total: the payment session again).
        await shipEveryLapasBy(cartId, {})
        await payByTransfer(cartId)
        const { data } = await complete(cartId)
        expect(data.type).toBe("order")
      })
    })

    describe("the buyer's order", () => {
      // The database goes back to the seeded state before every test: each test places its order.
      let order: any
      const email = "Pembeli.Transfer@Example.com"

      beforeEach(async () => {
        const cartId = await newCart(
          [
            { lapas: A, quantity: 2 },
            { lapas: B, quantity: 1 },
          ],
          BUYER_ADDRESS,
          email
        )
        await shipEveryLapasBy(cartId, { [A]: "courier", [B]: "pickup" })
        await payByTransfer(cartId)
        const { data } = await complete(cartId)
        expect(data.type).toBe("order")
        order = data.order
      })

      afterEach(() => {
        delete process.env.BANK_TRANSFER_DUE_HOURS
      })

      it("groups items and shipping per lapas, with transfer accounts adding up to the total", async () => {
        const { data } = await api.get(`/store/orders/${order.id}/summary`, store())
        const summary = data.order
        const { data: read } = await api.get(`/store/orders/${order.id}?fields=*shipping_methods`, store())
        const courierMethod = read.order.shipping_methods.find((m: any) => Number(m.amount) > 0)
        const courier = await courierAmount(courierMethod.shipping_option_id, A, 2)
        expect(read.order.shipping_methods).toHaveLength(2)
        const total = 2 * price[A] + price[B] + courier
        expect(summary).toMatchObject({
          id: order.id,
          display_id: order.display_id,
          currency_code: "idr",
          subtotal: 2 * price[A] + price[B],
          shipping_total: courier,
          discount_total: 0,
          tax_total: 0,
          total,
          shipping_address: {
            first_name: BUYER_ADDRESS.first_name,
            city: BUYER_ADDRESS.city,
            province: BUYER_ADDRESS.province,
            postal_code: BUYER_ADDRESS.postal_code,
            phone: BUYER_ADDRESS.phone,
            district: BUYER_ADDRESS.address_2,
          },
          payment: { provider_id: "pp_system_default", kind: "bank_transfer" },
        })
        expect(summary.email.toLowerCase()).toBe(email.toLowerCase())
        expect(typeof summary.status).toBe("string")
        expect(typeof summary.fulfillment_status).toBe("string")

        expect(summary.groups.map((g: any) => g.lapas.handle)).toEqual([A, B])
        const [groupA, groupB] = summary.groups
        expect(groupA.lapas).toEqual({
          id: expect.any(String),
          handle: A,
          name: lapasName(A),
          city: LAPAS.find((l) => l.handle === A)!.city,
          province: LAPAS.find((l) => l.handle === A)!.province,
          time_zone: LAPAS.find((l) => l.handle === A)!.time_zone,
        })
        expect(groupA.items).toEqual([
          {
            id: expect.any(String),
            title: PRODUCTS.find((p) => p.lapas === A)!.title,
            variant_title: expect.any(String),
            thumbnail: null,
            quantity: 2,
            unit_price: price[A],
            total: 2 * price[A],
            product_handle: PRODUCTS.find((p) => p.lapas === A)!.handle,
          },
        ])
        expect(groupA.shipping).toEqual({ name: expect.stringContaining(lapasName(A)), amount: courier, kind: "courier" })
        expect(groupA).toMatchObject({ subtotal: 2 * price[A], total: 2 * price[A] + courier })
        expect(groupB.items.map((i: any) => [i.quantity, i.unit_price])).toEqual([[1, price[B]]])
        expect(groupB.shipping).toEqual({ name: `Ambil di ${lapasName(B)}`, amount: 0, kind: "pickup" })
        expect(groupB).toMatchObject({ subtotal: price[B], total: price[B] })

        const transfer = summary.payment.transfer
        expect(transfer.total).toBe(total)
        expect(transfer.accounts).toEqual([
          {
            lapas: { name: lapasName(A), handle: A },
            bank_name: DEMO_BANK_ACCOUNTS[A].bank_name,
            account_number: DEMO_BANK_ACCOUNTS[A].bank_account_number,
            account_holder: DEMO_BANK_ACCOUNTS[A].bank_account_holder,
            amount: groupA.total,
            // The buyer has not said "Saya sudah transfer" yet.
            notice: null,
          },
          {
            lapas: { name: lapasName(B), handle: B },
            bank_name: DEMO_BANK_ACCOUNTS[B].bank_name,
            account_number: DEMO_BANK_ACCOUNTS[B].bank_account_number,
            account_holder: DEMO_BANK_ACCOUNTS[B].bank_account_holder,
            amount: groupB.total,
            notice: null,
          },
        ])
        expect(transfer.accounts.reduce((s: number, a: any) => s + a.amount, 0)).toBe(summary.total)
        expect(new Date(transfer.due_at).getTime() - new Date(summary.created_at).getTime()).toBe(24 * 3_600_000)

        // Nothing about inmates, production cost or shares leaves in a buyer's view.
        const body = JSON.stringify(data)
        for (const word of ["inmate", "unit_cost", "premi", "pnbp", "capital", "satker", "maker", "batch", "contact_"]) {
          expect(body).not.toContain(word)
        }
      })

      it("gives the buyer BANK_TRANSFER_DUE_HOURS to pay", async () => {
        process.env.BANK_TRANSFER_DUE_HOURS = "48"
        const { data } = await api.get(`/store/orders/${order.id}/summary`, store())
        const { due_at } = data.order.payment.transfer
        expect(new Date(due_at).getTime() - new Date(data.order.created_at).getTime()).toBe(48 * 3_600_000)
      })

      it("is found by its number and email, whatever their case or type", async () => {
        for (const body of [
          { display_id: order.display_id, email: "pembeli.transfer@example.com" },
          { display_id: String(order.display_id), email: "  PEMBELI.TRANSFER@EXAMPLE.COM " },
        ]) {
          const { data } = await api.post(`/store/orders/lookup`, body, store())
          expect(data.order.id).toBe(order.id)
          expect(data.order.groups).toHaveLength(2)
          expect(data.order.payment.transfer.total).toBe(data.order.total)
        }
      })

      it("answers the same 404 for a wrong email or number, and 400 for a malformed request", async () => {
        const wrongEmail = await failureOf(
          api.post(`/store/orders/lookup`, { display_id: order.display_id, email: "orang.lain@example.com" }, store())
        )
        const wrongNumber = await failureOf(
          api.post(`/store/orders/lookup`, { display_id: order.display_id + 1000, email }, store())
        )
        expect(wrongEmail).toEqual({ status: 404, message: NOT_FOUND })
        expect(wrongNumber).toEqual(wrongEmail)

        const malformed = await failureOf(
          api.post(`/store/orders/lookup`, { display_id: "satu", email: "bukan-email" }, store())
        )
        expect(malformed.status).toBe(400)
        expect(malformed.message).toContain("Nomor pesanan berupa angka")
        expect(malformed.message).toContain("Isi email yang Anda pakai saat memesan")

        expect((await failureOf(api.get(`/store/orders/order_tidak_ada/summary`, store()))).status).toBe(404)
        // The publishable key is required like on every store route.
        expect((await failureOf(api.get(`/store/orders/${order.id}/summary`))).status).toBe(400)
      })

      it("refuses with 429 once an email has failed ten times, so order numbers cannot be walked", async () => {
        const guesser = "penebak@example.com"
        for (let n = 1; n <= 10; n++) {
          const failure = await failureOf(api.post(`/store/orders/lookup`, { display_id: n + 5000, email: guesser }, store()))
          expect(failure.status).toBe(404)
        }
        const blocked = await failureOf(
          api.post(`/store/orders/lookup`, { display_id: order.display_id, email: guesser }, store())
        )
        expect(blocked.status).toBe(429)
        expect(blocked.message).toContain("Terlalu banyak percobaan")
        // The buyer, with another email, is not locked out.
        const { data } = await api.post(`/store/orders/lookup`, { display_id: order.display_id, email }, store())
        expect(data.order.id).toBe(order.id)
        const tooLarge = await failureOf(api.post(`/store/orders/lookup`, { display_id: "99999999999", email }, store()))
        expect(tooLarge.status).toBe(400)
      })

      it("drops the transfer instructions once the payment is captured", async () => {
        const { data: read } = await api.get(
          `/admin/orders/${order.id}?fields=id,payment_collections.payments.id`,
          national
        )
        await api.post(`/admin/payments/${read.order.payment_collections[0].payments[0].id}/capture`, {}, national)
        const { data } = await api.get(`/store/orders/${order.id}/summary`, store())
        expect(data.order.payment_status).toBe("captured")
        expect(data.order.payment).toMatchObject({ kind: "bank_transfer", status: "captured", transfer: null })
        expect(data.order.groups).toHaveLength(2)
      })
    })

    describe("payment providers", () => {
      it("offers bank transfer, and Stripe only when STRIPE_API_KEY is set", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${seeded.regionId}`, store())
        const expected = process.env.STRIPE_API_KEY ? ["pp_stripe_stripe", "pp_system_default"] : ["pp_system_default"]
        expect(data.payment_providers.map((p: any) => p.id).sort()).toEqual(expected)
      })
    })

    describe("lapas bank accounts", () => {
      it("are seeded for every demo lapas and shown to admins, never on the public profile", async () => {
        const nationalMember = await loginAsMember(api, "nasional@karyabinaan.test")
        const { data } = await api.get(`/lapas-api/lapas?limit=100`, nationalMember)
        expect(data.lapas).toHaveLength(Object.keys(DEMO_BANK_ACCOUNTS).length)
        for (const lapas of data.lapas) {
          expect(lapas).toMatchObject(DEMO_BANK_ACCOUNTS[lapas.handle])
        }
        const { data: publicList } = await api.get(`/store/lapas`, store())
        expect(JSON.stringify(publicList)).not.toMatch(/bank_|Bendahara/)
        const { data: products } = await api.get(`/store/products?limit=5&fields=+lapas.*`, store())
        expect(JSON.stringify(products)).not.toMatch(/bank_|Bendahara/)
      })

      it("are filled in by the seed for lapas seeded before they had one, and kept when set", async () => {
        await dbConnection.raw(
          `UPDATE lapas SET bank_name = NULL, bank_account_number = NULL, bank_account_holder = NULL WHERE handle = ?`,
          [A]
        )
        await dbConnection.raw(`UPDATE lapas SET bank_name = 'Bank Lain' WHERE handle = ?`, [B])
        const again = await seedDemoData(getContainer(), { renderImages: false })
        expect(again.created).toEqual({ "lapas bank account": 1 })
        const { rows } = await dbConnection.raw(
          `SELECT handle, bank_name, bank_account_number, bank_account_holder FROM lapas WHERE handle IN (?, ?) ORDER BY handle`,
          [A, B]
        )
        expect(rows).toEqual([
          { handle: A, ...DEMO_BANK_ACCOUNTS[A] },
          { handle: B, ...DEMO_BANK_ACCOUNTS[B], bank_name: "Bank Lain" },
        ])
      })

      it("are set by the national office, whole or not at all", async () => {
        const nationalMember = await loginAsMember(api, "nasional@karyabinaan.test")
        const { data } = await api.get(`/lapas-api/lapas?limit=100`, nationalMember)
        const c = data.lapas.find((l: any) => l.handle === C)
        const staffC = await loginAsMember(api, `staff+${C}@karyabinaan.test`)

        const byStaff = await failureOf(api.post(`/lapas-api/lapas/${c.id}`, { bank_account_number: "1234567890" }, staffC))
        expect(byStaff.status).toBe(403)

        const half = await failureOf(
          api.post(`/lapas-api/lapas/${c.id}`, { bank_name: null }, nationalMember)
        )
        expect(half.status).toBe(400)
        expect(half.message).toContain("missing: bank_name")

        const badNumber = await failureOf(
          api.post(`/lapas-api/lapas/${c.id}`, { bank_account_number: "12ab" }, nationalMember)
        )
        expect(badNumber.status).toBe(400)

        const { data: updated } = await api.post(
          `/lapas-api/lapas/${c.id}`,
          { bank_name: "Bank Mandiri", bank_account_number: "136-00-1234567-8", bank_account_holder: "Bendahara Penerimaan Lapas Kelas I Semarang" },
          nationalMember
        )
        expect(updated.lapas).toMatchObject({ bank_name: "Bank Mandiri", bank_account_number: "1360012345678" })
      })
    })
  },
})
