import { LAPAS, PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { LAPAS_PROFILES } from "../../src/scripts/demo-data/lapas-profiles"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { DEMO_PASSWORD as PASSWORD, loginAs, placeOrder as placeOrderAt, statusOf, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    let productOfB: any

    const login = (email: string) => loginAs(api, email)
    const status = statusOf

    beforeAll(async () => {
      seeded = demoSeed()
      as.national = await login("admin@karyabinaan.test")
      as.staffA = await login(`staff+${A}@karyabinaan.test`)
      as.financeA = await login(`finance+${A}@karyabinaan.test`)
      as.staffB = await login(`staff+${B}@karyabinaan.test`)
      const { data } = await api.get(`/admin/lapas?limit=100`, as.national)
      for (const l of data.lapas) lapasId[l.handle] = l.id
      const products = await api.get(
        `/admin/products?handle=${PRODUCTS.find((p) => p.lapas === B)!.handle}&fields=id,title,handle,*variants,+lapas.*`,
        as.national
      )
      productOfB = products.data.products[0]
    })

    describe("who is calling", () => {
      it("tells each user their role and lapas", async () => {
        expect((await api.get(`/admin/me/lapas`, as.national)).data).toEqual({ role: "national", lapas: null })
        const staff = (await api.get(`/admin/me/lapas`, as.staffA)).data
        expect(staff.role).toBe("lapas_staff")
        expect(staff.lapas.handle).toBe(A)
        const finance = (await api.get(`/admin/me/lapas`, as.financeA)).data
        expect(finance.role).toBe("finance")
        expect(finance.lapas.id).toBe(lapasId[A])
      })
    })

    describe("lists contain only the caller's lapas", () => {
      it("products", async () => {
        const ownHandles = PRODUCTS.filter((p) => p.lapas === A).map((p) => p.handle).sort()
        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/admin/products?limit=100&fields=handle,+lapas.*`, as[who])
          expect(data.products.map((p: any) => p.handle).sort()).toEqual(ownHandles)
          expect(new Set(data.products.map((p: any) => p.lapas.handle))).toEqual(new Set([A]))
        }
        // Asking for a foreign product by id in the list does not reveal it.
        const { data } = await api.get(`/admin/products?id=${productOfB.id}`, as.staffA)
        expect(data.products).toEqual([])
      })

      it("lapas", async () => {
        const { data } = await api.get(`/admin/lapas`, as.staffA)
        expect(data.lapas.map((l: any) => l.handle)).toEqual([A])
        const national = await api.get(`/admin/lapas?limit=100`, as.national)
        expect(national.data.count).toBe(LAPAS.length)
      })
    })

    describe("a foreign lapas's records are refused and stay unchanged", () => {
      it("reading another lapas's product, variant or options", async () => {
        const variant = productOfB.variants[0]
        for (const who of ["staffA", "financeA"]) {
          expect(await status(api.get(`/admin/products/${productOfB.id}`, as[who]))).toBe(404)
          expect(await status(api.get(`/admin/products/${productOfB.id}/variants`, as[who]))).toBe(404)
          expect(
            await status(api.get(`/admin/products/${productOfB.id}/variants/${variant.id}`, as[who]))
          ).toBe(404)
        }
      })

      it("writing another lapas's product or variant", async () => {
        const variant = productOfB.variants[0]
        const attempts = [
          () => api.post(`/admin/products/${productOfB.id}`, { title: "Diambil alih" }, as.staffA),
          () =>
            api.post(
              `/admin/products/${productOfB.id}/variants/${variant.id}`,
              { title: "Diambil alih" },
              as.staffA
            ),
          () => api.delete(`/admin/products/${productOfB.id}`, as.staffA),
          () => api.delete(`/admin/products/${productOfB.id}/variants/${variant.id}`, as.staffA),
        ]
        for (const attempt of attempts) {
          expect(await status(attempt())).toBe(404)
        }
        // Finance changes no product at all, so the refusal says nothing about this one.
        expect(
          await status(api.post(`/admin/products/${productOfB.id}`, { title: "Diambil alih" }, as.financeA))
        ).toBe(403)
        const { data } = await api.get(`/admin/products/${productOfB.id}?fields=title,*variants`, as.national)
        expect(data.product.title).toBe(productOfB.title)
        expect(data.product.variants.find((v: any) => v.id === variant.id).title).toBe(variant.title)
      })

      it("another lapas's profile and partners", async () => {
        const b = lapasId[B]
        expect(await status(api.get(`/admin/lapas/${b}`, as.staffA))).toBe(404)
        expect(await status(api.get(`/admin/lapas/${b}/partners`, as.financeA))).toBe(404)
        expect(await status(api.post(`/admin/lapas/${b}`, { story: "Diubah" }, as.staffA))).toBe(404)
        const partner = {
          name: "PT Penyusup",
          kind: "pt",
          agreement: { number: "X/1/2026", starts_on: "2026-01-01", ends_on: "2027-01-01", activities: ["production"] },
        }
        expect(await status(api.post(`/admin/lapas/${b}/partners`, partner, as.staffA))).toBe(404)
        const { data } = await api.get(`/admin/lapas/${b}`, as.national)
        expect(data.lapas.story).toBe(LAPAS.find((l) => l.handle === B)!.story)
        expect(data.lapas.partners.map((p: any) => p.name)).toEqual(
          LAPAS_PROFILES[B].partners.map((p) => p.name)
        )
      })

      it("admin areas the guard does not cover are closed to lapas users", async () => {
        for (const path of [
          `/admin/users`,
          `/admin/api-keys`,
          `/admin/customers`,
          `/admin/promotions`,
        ]) {
          expect(await status(api.get(path, as.staffA))).toBe(403)
          expect(await status(api.get(path, as.financeA))).toBe(403)
          expect(await status(api.get(path, as.national))).toBe(200)
        }
        expect(await status(api.post(`/admin/products/batch`, { create: [] }, as.staffA))).toBe(403)
        expect(await status(api.post(`/admin/stock-locations`, { name: "Gudang baru" }, as.staffA))).toBe(403)
        expect(await status(api.post(`/admin/inventory-items`, { sku: "X" }, as.staffA))).toBe(403)
      })

      it("a national user filters the product list by lapas", async () => {
        const { data } = await api.get(`/admin/products?lapas_id=${lapasId[B]}&limit=100&fields=handle`, as.national)
        expect(data.products.map((p: any) => p.handle).sort()).toEqual(
          PRODUCTS.filter((p) => p.lapas === B).map((p) => p.handle).sort()
        )
      })
    })

    describe("stock locations and inventory", () => {
      async function locationOf(handle: string) {
        const { data } = await api.get(`/admin/stock-locations?limit=50&fields=id,name`, as.national)
        return data.stock_locations.find((l: any) => l.name === LAPAS.find((x) => x.handle === handle)!.name)
      }
      async function inventoryItemOf(productId: string) {
        const { data } = await api.get(
          `/admin/products/${productId}?fields=variants.inventory_items.inventory_item_id`,
          as.national
        )
        return data.product.variants[0].inventory_items[0].inventory_item_id as string
      }

      it("lists and reads only the lapas's own location", async () => {
        const own = await locationOf(A)
        const foreign = await locationOf(B)
        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/admin/stock-locations`, as[who])
          expect(data.stock_locations.map((l: any) => l.id)).toEqual([own.id])
          expect(await status(api.get(`/admin/stock-locations/${foreign.id}`, as[who]))).toBe(404)
        }
        expect(await status(api.post(`/admin/stock-locations/${foreign.id}`, { name: "Diambil alih" }, as.staffA))).toBe(404)
        const { data } = await api.get(`/admin/stock-locations/${foreign.id}`, as.national)
        expect(data.stock_location.name).toBe(foreign.name)
      })

      it("keeps inventory items and levels to the lapas's own products and location", async () => {
        const ownLocation = await locationOf(A)
        const foreignLocation = await locationOf(B)
        const foreignItem = await inventoryItemOf(productOfB.id)
        const ownProduct = (await api.get(`/admin/products?limit=1&fields=id`, as.staffA)).data.products[0]
        const ownItem = await inventoryItemOf(ownProduct.id)

        const ownVariantCount = PRODUCTS.filter((p) => p.lapas === A).reduce((n, p) => n + p.variants.length, 0)
        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/admin/inventory-items?limit=100`, as[who])
          expect(data.inventory_items).toHaveLength(ownVariantCount)
          expect(data.inventory_items.map((i: any) => i.id)).toContain(ownItem)
          expect(await status(api.get(`/admin/inventory-items/${foreignItem}`, as[who]))).toBe(404)
          expect(await status(api.get(`/admin/inventory-items/${foreignItem}/location-levels`, as[who]))).toBe(404)
        }

        const levelOf = async (item: string, location: string) =>
          (await api.get(`/admin/inventory-items/${item}/location-levels`, as.national)).data.inventory_levels.find(
            (l: any) => l.location_id === location
          )
        const before = await levelOf(foreignItem, foreignLocation.id)
        expect(
          await status(
            api.post(`/admin/inventory-items/${foreignItem}/location-levels/${foreignLocation.id}`, { stocked_quantity: 0 }, as.staffA)
          )
        ).toBe(404)
        expect(await status(api.delete(`/admin/inventory-items/${foreignItem}/location-levels/${foreignLocation.id}`, as.staffA))).toBe(404)
        expect((await levelOf(foreignItem, foreignLocation.id)).stocked_quantity).toBe(before.stocked_quantity)

        // Own item, but stocked at another lapas's location: refused too.
        expect(
          await status(
            api.post(`/admin/inventory-items/${ownItem}/location-levels`, { location_id: foreignLocation.id, stocked_quantity: 5 }, as.staffA)
          )
        ).toBe(404)
        expect(await levelOf(ownItem, foreignLocation.id)).toBeUndefined()

        await api.post(`/admin/inventory-items/${ownItem}/location-levels/${ownLocation.id}`, { stocked_quantity: 77 }, as.staffA)
        expect((await levelOf(ownItem, ownLocation.id)).stocked_quantity).toBe(77)
        expect(
          await status(
            api.post(`/admin/inventory-items/${ownItem}/location-levels/${ownLocation.id}`, { stocked_quantity: 1 }, as.financeA)
          )
        ).toBe(403)
      })
    })

    describe("price lists", () => {
      const priceList = (title: string, variantIds: string[]) => ({
        title,
        description: "Harga pameran",
        type: "sale",
        prices: variantIds.map((variant_id) => ({ variant_id, currency_code: "idr", amount: 20000 })),
      })
      const ownVariant = async () =>
        (await api.get(`/admin/products?limit=1&fields=variants.id`, as.staffA)).data.products[0].variants[0].id

      it("holds only the lapas's own variants, and foreign lists stay out of reach", async () => {
        const foreignVariant = productOfB.variants[0].id
        const { data: foreign } = await api.post(`/admin/price-lists`, priceList("Pameran Surabaya", [foreignVariant]), as.national)
        const foreignId = foreign.price_list.id

        const { data: own } = await api.post(`/admin/price-lists`, priceList("Pameran Bojonegoro", [await ownVariant()]), as.staffA)
        const ownId = own.price_list.id

        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/admin/price-lists`, as[who])
          expect(data.price_lists.map((l: any) => l.id)).toEqual([ownId])
          expect(await status(api.get(`/admin/price-lists/${foreignId}`, as[who]))).toBe(404)
        }
        expect(await status(api.post(`/admin/price-lists/${foreignId}`, { title: "Diambil alih" }, as.staffA))).toBe(404)
        expect(await status(api.delete(`/admin/price-lists/${foreignId}`, as.staffA))).toBe(404)
        expect(
          await status(
            api.post(`/admin/price-lists/${foreignId}/prices/batch`, { create: [{ variant_id: foreignVariant, currency_code: "idr", amount: 1 }] }, as.staffA)
          )
        ).toBe(404)
        const { data: stillForeign } = await api.get(`/admin/price-lists/${foreignId}?fields=title,*prices`, as.national)
        expect(stillForeign.price_list.title).toBe("Pameran Surabaya")
        expect(stillForeign.price_list.prices).toHaveLength(1)

        // Staff cannot slip a foreign variant into a new list or into their own.
        expect(await status(api.post(`/admin/price-lists`, priceList("Campur", [await ownVariant(), foreignVariant]), as.staffA))).toBe(403)
        expect(
          await status(
            api.post(`/admin/price-lists/${ownId}/prices/batch`, { create: [{ variant_id: foreignVariant, currency_code: "idr", amount: 1 }] }, as.staffA)
          )
        ).toBe(403)
        const { data: all } = await api.get(`/admin/price-lists?fields=id,title,*prices`, as.national)
        expect(all.price_lists.map((l: any) => l.title).sort()).toEqual(["Pameran Bojonegoro", "Pameran Surabaya"])
        expect(all.price_lists.find((l: any) => l.id === ownId).prices).toHaveLength(1)

        expect(await status(api.post(`/admin/price-lists/${ownId}`, { title: "Pameran Akhir Tahun" }, as.financeA))).toBe(403)
        const renamed = await api.post(`/admin/price-lists/${ownId}`, { title: "Pameran Akhir Tahun" }, as.staffA)
        expect(renamed.data.price_list.title).toBe("Pameran Akhir Tahun")
      })
    })

    describe("orders", () => {
      const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

      async function placeOrder(productHandle: string) {
        const { data: listing } = await api.get(`/store/products?handle=${productHandle}&fields=variants.id`, store())
        return placeOrderAt(api, seeded, [{ variant_id: listing.products[0].variants[0].id, quantity: 1 }])
      }

      it("shows a lapas only the orders holding its products, read-only", async () => {
        const ownOrder = await placeOrder(PRODUCTS.find((p) => p.lapas === A)!.handle)
        const foreignOrder = await placeOrder(productOfB.handle ?? PRODUCTS.find((p) => p.lapas === B)!.handle)

        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/admin/orders?fields=id`, as[who])
          expect(data.orders.map((o: any) => o.id)).toEqual([ownOrder.id])
          expect(await status(api.get(`/admin/orders/${ownOrder.id}`, as[who]))).toBe(200)
          expect(await status(api.get(`/admin/orders/${foreignOrder.id}`, as[who]))).toBe(404)
        }
        expect(await status(api.post(`/admin/orders/${foreignOrder.id}`, { email: "x@example.com" }, as.staffA))).toBe(403)
        expect(await status(api.post(`/admin/orders/${foreignOrder.id}/cancel`, {}, as.financeA))).toBe(403)
        const { data } = await api.get(`/admin/orders/${foreignOrder.id}?fields=email,status`, as.national)
        expect(data.order).toMatchObject({ email: "pembeli@example.com", status: "pending" })
        const national = await api.get(`/admin/orders?fields=id`, as.national)
        expect(national.data.orders.map((o: any) => o.id).sort()).toEqual([ownOrder.id, foreignOrder.id].sort())
      })
    })

    describe("roles within one's own lapas", () => {
      it("finance reads the catalogue but cannot change it", async () => {
        const own = (await api.get(`/admin/products?limit=1&fields=id,title`, as.financeA)).data.products[0]
        expect(await status(api.get(`/admin/products/${own.id}`, as.financeA))).toBe(200)
        expect(await status(api.post(`/admin/products/${own.id}`, { title: "Ubah" }, as.financeA))).toBe(403)
        expect(await status(api.post(`/admin/products`, { title: "Baru" }, as.financeA))).toBe(403)
      })

      it("staff edit their own product and the public parts of their lapas profile only", async () => {
        const own = (await api.get(`/admin/products?limit=1&fields=id`, as.staffA)).data.products[0]
        const { data } = await api.post(`/admin/products/${own.id}`, { subtitle: "Edisi baru" }, as.staffA)
        expect(data.product.subtitle).toBe("Edisi baru")

        const story = "Bengkel kerja kami kini punya ruang produksi baru."
        const updated = await api.post(`/admin/lapas/${lapasId[A]}`, { story }, as.staffA)
        expect(updated.data.lapas.story).toBe(story)
        const refused = await api
          .post(`/admin/lapas/${lapasId[A]}`, { pnbp_target_yearly: 1 }, as.staffA)
          .catch((e: any) => e.response)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/pnbp_target_yearly/)
      })
    })

    describe("product photos", () => {
      const photo = () => {
        const form = new FormData()
        form.append("files", new Blob([Buffer.from("RIFF0000WEBPVP8 ")], { type: "image/webp" }), "kursi.webp")
        return form
      }

      it("staff upload photos; finance cannot; uploads are never read or deleted by id", async () => {
        const { data } = await api.post(`/admin/uploads`, photo(), as.staffA)
        expect(data.files).toHaveLength(1)
        expect(data.files[0].url).toMatch(/^http/)
        expect(await status(api.post(`/admin/uploads`, photo(), as.financeA))).toBe(403)

        const national = await api.post(`/admin/uploads`, photo(), as.national)
        const fileId = national.data.files[0].id
        for (const who of ["staffA", "financeA"]) {
          expect(await status(api.get(`/admin/uploads/${fileId}`, as[who]))).toBe(403)
          expect(await status(api.delete(`/admin/uploads/${fileId}`, as[who]))).toBe(403)
        }
        expect(await status(api.get(`/admin/uploads/${fileId}`, as.national))).toBe(200)
      })
    })

    describe("creating products", () => {
      const product = (title: string, lapas?: string) => ({
        title,
        options: [{ title: "Ukuran", values: ["Standar"] }],
        variants: [{ title: "Standar", options: { Ukuran: "Standar" }, prices: [{ currency_code: "idr", amount: 50000 }] }],
        ...(lapas ? { additional_data: { lapas_id: lapas } } : {}),
      })

      it("links a product created by staff to their lapas whatever the body says", async () => {
        const { data } = await api.post(`/admin/products`, product("Kerupuk Jagung Baru", lapasId[B]), as.staffA)
        const { data: read } = await api.get(`/admin/products/${data.product.id}?fields=+lapas.*`, as.national)
        expect(read.product.lapas.id).toBe(lapasId[A])
        expect(await status(api.get(`/admin/products/${data.product.id}`, as.staffB))).toBe(404)
      })

      it("lets a national user create for any lapas, and requires one", async () => {
        const { data } = await api.post(`/admin/products`, product("Kursi Rotan Baru", lapasId[B]), as.national)
        const { data: read } = await api.get(`/admin/products/${data.product.id}?fields=+lapas.*`, as.national)
        expect(read.product.lapas.id).toBe(lapasId[B])

        const missing = await api.post(`/admin/products`, product("Tanpa Lapas"), as.national).catch((e: any) => e.response)
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/lapas_id/)
        const unknown = await api
          .post(`/admin/products`, product("Lapas Fiktif", "lapas_tidak_ada"), as.national)
          .catch((e: any) => e.response)
        expect(unknown.status).toBe(400)
        const { data: list } = await api.get(`/admin/products?q=Lapas Fiktif`, as.national)
        expect(list.products).toEqual([])
      })
    })

    describe("partners and staff", () => {
      it("records a partner with its agreement, deriving the term and expiry", async () => {
        const { data } = await api.post(
          `/admin/lapas/${lapasId[A]}/partners`,
          {
            name: "Koperasi Tani Makmur",
            kind: "koperasi",
            agreement: { number: "PKS/KTM/01/2026", starts_on: "2026-01-01", ends_on: "2029-01-01", activities: ["marketing"] },
          },
          as.staffA
        )
        expect(data.partner.agreements[0]).toMatchObject({ term: "medium", expired: false, activities: ["marketing"] })

        const { data: lapas } = await api.get(`/admin/lapas/${lapasId["lapas-tanjungpinang"]}`, as.national)
        const expired = lapas.lapas.partners.flatMap((p: any) => p.agreements).filter((a: any) => a.expired)
        expect(expired.map((a: any) => a.number)).toContain("MOU/BLK-KEPRI/017/2023")
      })

      it("refuses an agreement that ends before it starts, writing nothing", async () => {
        const response = await api
          .post(
            `/admin/lapas/${lapasId[A]}/partners`,
            {
              name: "PT Terbalik",
              kind: "pt",
              agreement: { number: "PKS/T/2026", starts_on: "2026-05-01", ends_on: "2026-01-01", activities: ["training"] },
            },
            as.national
          )
          .catch((e: any) => e.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/end after it starts/)
        const { data } = await api.get(`/admin/lapas/${lapasId[A]}/partners`, as.national)
        expect(data.partners.map((p: any) => p.name)).not.toContain("PT Terbalik")
      })

      it("only national users assign staff; an invited user is a lapas user from the first request", async () => {
        const body = { email: "baru@karyabinaan.test", role: "finance" }
        expect(await status(api.post(`/admin/lapas/${lapasId[A]}/staff`, body, as.staffA))).toBe(403)
        const { data } = await api.post(`/admin/lapas/${lapasId[A]}/staff`, body, as.national)
        expect(data.staff.pending).toBe(true)

        const registered = await api.post(`/auth/user/emailpass/register`, { email: body.email, password: PASSWORD })
        await api.post(
          `/admin/invites/accept?token=${data.invite_token}`,
          { first_name: "Baru", last_name: "Keuangan" },
          { headers: { authorization: `Bearer ${registered.data.token}` } }
        )
        const invited = await login(body.email)
        const me = (await api.get(`/admin/me/lapas`, invited)).data
        expect(me).toMatchObject({ role: "finance", lapas: { handle: A } })
        expect(await status(api.get(`/admin/users`, invited))).toBe(403)
      })
    })

    describe("the store API", () => {
      const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

      it("lists public lapas profiles with their product counts", async () => {
        const { data } = await api.get(`/store/lapas`, store())
        expect(data.lapas).toHaveLength(LAPAS.length)
        const bojonegoro = data.lapas.find((l: any) => l.handle === A)
        expect(bojonegoro.product_count).toBe(PRODUCTS.filter((p) => p.lapas === A).length)
        expect(Object.keys(bojonegoro).sort()).toEqual(
          ["city", "handle", "id", "lapas_class", "logo_url", "name", "product_count", "province", "story", "time_zone"]
        )
        const one = await api.get(`/store/lapas/${B}`, store())
        expect(one.data.lapas.name).toBe(LAPAS.find((l) => l.handle === B)!.name)
        expect(await status(api.get(`/store/lapas/tidak-ada`, store()))).toBe(404)
      })

      it("gives products their lapas and never leaks staff, targets or agreements", async () => {
        const { data } = await api.get(`/store/products?limit=100&fields=+lapas.*`, store())
        const jahe = data.products.find((p: any) => p.handle === "jahe-instan")
        expect(jahe.lapas).toMatchObject({ handle: A, city: LAPAS.find((l) => l.handle === A)!.city })

        const responses = [
          JSON.stringify(data),
          JSON.stringify((await api.get(`/store/lapas`, store())).data),
          JSON.stringify((await api.get(`/store/lapas/${A}`, store())).data),
          JSON.stringify((await api.get(`/store/products?fields=*lapas.partners,*lapas.users`, store()).catch((e: any) => e.response)).data),
          JSON.stringify((await api.get(`/store/products?fields=*lapas,lapas.satker_code,lapas.pnbp_target_yearly`, store()).catch((e: any) => e.response)).data),
          JSON.stringify((await api.get(`/store/products/${jahe.id}?fields=+lapas.*`, store())).data),
        ]
        const secrets = [
          ...Object.values(LAPAS_PROFILES).flatMap((p) => p.partners.map((partner) => partner.agreement.number)),
          ...Object.values(LAPAS_PROFILES).map((p) => p.satker_code),
          "pnbp_target_yearly",
          "karyabinaan.test",
          "lapas_staff",
        ]
        for (const body of responses) {
          for (const secret of secrets) {
            expect(body).not.toContain(secret)
          }
        }
      })
    })
  },
})
