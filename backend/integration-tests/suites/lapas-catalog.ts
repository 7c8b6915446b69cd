import sharp from "sharp"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAsMember, placeOrder, statusOf, type Headers } from "../helpers"

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"

/** A small PNG made on the spot, as a phone camera would send a photo (but tiny). */
async function pngPhoto(width = 40, height = 30) {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer()
}

function photoForm(bytes: Buffer, type = "image/png", name = "jahe.png") {
  const form = new FormData()
  form.append("files", new Blob([new Uint8Array(bytes)], { type }), name)
  return form
}

/**
 * The catalogue and stock of a lapas in the scoped API: staff of lapas A keep their products,
 * variants, photos and stock; finance read them; national members read every lapas; lapas B's
 * ids anywhere are a 404 and change nothing. Behaviours kept from the admin-guard suite
 * (lapas-access) on the new paths.
 */
export default defineSuite({
  testSuite: ({ api }) => {
    let seeded: SeedResult
    const as: Record<string, Headers> = {}
    let lapasA: string
    let lapasB: string
    let productOfA: any
    let productOfB: any
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const storeProduct = async (handle: string) =>
      (
        await api.get(
          `/store/products?handle=${handle}&region_id=${seeded.regionId}&fields=id,title,*variants.calculated_price,+variants.inventory_quantity`,
          store()
        )
      ).data.products[0]
    const detail = async (id: string, who = "staffA") => (await api.get(`/lapas-api/products/${id}`, as[who])).data.product

    beforeAll(async () => {
      seeded = demoSeed()
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      lapasA = (await api.get(`/lapas-api/me`, as.staffA)).data.member.lapas.id
      lapasB = (await api.get(`/lapas-api/me`, as.staffB)).data.member.lapas.id
      const ownList = (await api.get(`/lapas-api/products?limit=1`, as.staffA)).data.products
      productOfA = await detail(ownList[0].id)
      const foreignList = (await api.get(`/lapas-api/products?limit=1`, as.staffB)).data.products
      productOfB = await detail(foreignList[0].id, "staffB")
    })

    describe("reading the catalogue", () => {
      it("lists only the caller's lapas's products, with thumbnail, variants, stock and price range", async () => {
        const ownHandles = PRODUCTS.filter((p) => p.lapas === A).map((p) => p.handle).sort()
        for (const who of ["staffA", "financeA"]) {
          const { data } = await api.get(`/lapas-api/products?limit=100`, as[who])
          expect(data.products.map((p: any) => p.handle).sort()).toEqual(ownHandles)
          expect(data.count).toBe(ownHandles.length)
          expect(new Set(data.products.map((p: any) => p.lapas.id))).toEqual(new Set([lapasA]))
        }
        const demo = PRODUCTS.find((p) => p.lapas === A)!
        const { data } = await api.get(`/lapas-api/products?q=${encodeURIComponent(demo.title)}`, as.staffA)
        const row = data.products.find((p: any) => p.handle === demo.handle)
        expect(row).toMatchObject({ status: "published", variant_count: demo.variants.length })
        const prices = demo.variants.map((v) => v.price)
        expect(row.price_min).toBe(Math.min(...prices))
        expect(row.price_max).toBe(Math.max(...prices))
        expect(typeof row.stock_total).toBe("number")

        expect((await api.get(`/lapas-api/products?status=draft`, as.staffA)).data.products).toEqual([])
        const page = (await api.get(`/lapas-api/products?limit=2&offset=1`, as.staffA)).data
        expect(page.products).toHaveLength(2)
        expect(page.count).toBe(ownHandles.length)
      })

      it("lets a national member read every lapas and filter by one; others name only their own", async () => {
        const { data } = await api.get(`/lapas-api/products?lapas_id=${lapasB}&limit=100`, as.national)
        expect(data.products.map((p: any) => p.handle).sort()).toEqual(
          PRODUCTS.filter((p) => p.lapas === B).map((p) => p.handle).sort()
        )
        expect((await api.get(`/lapas-api/products/${productOfB.id}`, as.national)).data.product.id).toBe(productOfB.id)
        const refused = await failureOf(api.get(`/lapas-api/products?lapas_id=${lapasB}`, as.staffA))
        expect(refused).toEqual({ status: 404, message: `Lapas with id "${lapasB}" was not found.` })
        expect((await api.get(`/lapas-api/products?lapas_id=${lapasA}&limit=1`, as.financeA)).data.products).toHaveLength(1)
      })

      it("shows a product with its IDR prices, licences and stock at the lapas's location", async () => {
        const demo = PRODUCTS.find((p) => p.handle === productOfA.handle)!
        expect(productOfA.lapas.id).toBe(lapasA)
        expect(productOfA.variants.map((v: any) => v.price).sort()).toEqual(demo.variants.map((v) => v.price).sort())
        if (demo.licences?.pirt) expect(productOfA.licences.pirt).toBe(demo.licences.pirt)
        for (const v of productOfA.variants) {
          expect(v.available).toBe(v.stocked - v.reserved)
        }
      })

      it("lists the store's categories", async () => {
        const { data } = await api.get(`/lapas-api/categories`, as.financeA)
        expect(data.categories.length).toBeGreaterThan(0)
        expect(data.categories[0]).toEqual(
          expect.objectContaining({ id: expect.any(String), name: expect.any(String), handle: expect.any(String) })
        )
      })
    })

    describe("staff keep their catalogue", () => {
      it("create a product with a photo; the variant's rupiah price and publishing show in the store", async () => {
        const [category] = (await api.get(`/lapas-api/categories`, as.staffA)).data.categories
        const { data } = await api.post(
          `/lapas-api/products`,
          {
            title: "Keripik Tempe Lapas",
            subtitle: "Renyah, tanpa pengawet",
            description: "Dibuat di bengkel kerja.",
            category_id: category.id,
            licences: { pirt: "206352201099327", halal: "ID35110000999990923" },
            weight: 250,
            variants: [{ title: "250 gram", sku: "KTL-250", price: 45000 }],
          },
          as.staffA
        )
        const created = data.product
        expect(created).toMatchObject({
          handle: "keripik-tempe-lapas",
          status: "draft",
          weight: 250,
          category: { id: category.id },
          licences: { pirt: "206352201099327", bpom_md: null, halal: "ID35110000999990923" },
          lapas: { id: lapasA },
          has_orders: false,
        })
        expect(created.variants).toEqual([
          expect.objectContaining({ title: "250 gram", sku: "KTL-250", price: 45000, manage_inventory: true, stocked: 0 }),
        ])
        // A draft is not in the store.
        expect(await storeProduct(created.handle)).toBeUndefined()

        const photo = await pngPhoto()
        const { data: withPhoto } = await api.post(`/lapas-api/products/${created.id}/images`, photoForm(photo), as.staffA)
        expect(withPhoto.product.images).toHaveLength(1)
        expect(withPhoto.product.images[0].url).toMatch(/\.webp$/)
        expect(withPhoto.product.thumbnail).toBe(withPhoto.product.images[0].url)

        const { data: published } = await api.post(`/lapas-api/products/${created.id}`, { status: "published" }, as.staffA)
        expect(published.product.status).toBe("published")
        const listed = await storeProduct(created.handle)
        expect(listed.title).toBe("Keripik Tempe Lapas")
        expect(listed.variants[0].calculated_price.calculated_amount).toBe(45000)

        await api.post(`/lapas-api/products/${created.id}/variants/${created.variants[0].id}`, { price: 47500 }, as.staffA)
        expect((await storeProduct(created.handle)).variants[0].calculated_price.calculated_amount).toBe(47500)

        await api.post(`/lapas-api/products/${created.id}`, { status: "draft" }, as.staffA)
        expect(await storeProduct(created.handle)).toBeUndefined()

        // The new product is A's alone.
        expect(await statusOf(api.get(`/lapas-api/products/${created.id}`, as.staffB))).toBe(404)
      })

      it("edit titles, licences and category; add, edit and delete variants; remove photos", async () => {
        const { data } = await api.post(
          `/lapas-api/products/${productOfA.id}`,
          { subtitle: "Edisi baru", licences: { bpom_md: "MD 224510001234", pirt: null } },
          as.staffA
        )
        expect(data.product.subtitle).toBe("Edisi baru")
        expect(data.product.licences).toMatchObject({ bpom_md: "MD 224510001234", pirt: null })

        const added = (
          await api.post(`/lapas-api/products/${productOfA.id}/variants`, { title: "Kemasan hemat", sku: "HEMAT-1", price: 99000 }, as.staffA)
        ).data.product.variants.find((v: any) => v.sku === "HEMAT-1")
        expect(added).toMatchObject({ title: "Kemasan hemat", price: 99000, manage_inventory: true })
        // Buyers choose it by its name: it is a value of the product's option in the store.
        const sold = (
          await api.get(`/store/products?handle=${productOfA.handle}&region_id=${seeded.regionId}&fields=id,*variants.calculated_price,*variants.options`, store())
        ).data.products[0]
        const soldVariant = sold.variants.find((v: any) => v.id === added.id)
        expect(soldVariant.calculated_price.calculated_amount).toBe(99000)
        expect(soldVariant.options.map((o: any) => o.value)).toEqual(["Kemasan hemat"])
        const edited = (
          await api.post(`/lapas-api/products/${productOfA.id}/variants/${added.id}`, { title: "Kemasan keluarga" }, as.staffA)
        ).data.product.variants.find((v: any) => v.id === added.id)
        expect(edited).toMatchObject({ title: "Kemasan keluarga", price: 99000 })
        const renamed = (
          await api.get(`/store/products?handle=${productOfA.handle}&region_id=${seeded.regionId}&fields=id,*variants.options`, store())
        ).data.products[0].variants.find((v: any) => v.id === added.id)
        expect(renamed.options.map((o: any) => o.value)).toEqual(["Kemasan keluarga"])
        await api.delete(`/lapas-api/products/${productOfA.id}/variants/${added.id}`, as.staffA)
        expect((await detail(productOfA.id)).variants.map((v: any) => v.id)).not.toContain(added.id)

        const { data: photo } = await api.post(`/lapas-api/products/${productOfA.id}/images`, photoForm(await pngPhoto(3000, 100)), as.staffA)
        const image = photo.product.images.at(-1)
        await api.delete(`/lapas-api/products/${productOfA.id}/images/${image.id}`, as.staffA)
        expect((await detail(productOfA.id)).images.map((i: any) => i.id)).not.toContain(image.id)
      })

      it("delete only a draft without orders", async () => {
        const { data } = await api.post(
          `/lapas-api/products`,
          { title: "Sabun Sereh", status: "published", variants: [{ title: "Batang", price: 15000 }] },
          as.staffA
        )
        const id = data.product.id
        const published = await failureOf(api.delete(`/lapas-api/products/${id}`, as.staffA))
        expect(published.status).toBe(400)
        expect(published.message).toMatch(/Only a draft/)

        const variantId = data.product.variants[0].id
        await api.post(`/lapas-api/stock`, { levels: [{ variant_id: variantId, stocked_quantity: 3 }] }, as.staffA)
        await placeOrder(api, seeded, [{ variant_id: variantId, quantity: 1 }])
        await api.post(`/lapas-api/products/${id}`, { status: "draft" }, as.staffA)
        const ordered = await failureOf(api.delete(`/lapas-api/products/${id}`, as.staffA))
        expect(ordered.status).toBe(400)
        expect(ordered.message).toMatch(/has orders/)
        expect((await detail(id)).has_orders).toBe(true)

        const draft = (await api.post(`/lapas-api/products`, { title: "Uji Hapus", variants: [{ title: "Satu", price: 1000 }] }, as.staffA)).data
        expect((await api.delete(`/lapas-api/products/${draft.product.id}`, as.staffA)).data).toEqual({
          id: draft.product.id,
          object: "product",
          deleted: true,
        })
        expect(await statusOf(api.get(`/lapas-api/products/${draft.product.id}`, as.staffA))).toBe(404)
      })
    })

    describe("stock at the lapas's own location", () => {
      it("lists every variant of the lapas; a bulk edit shows in the store's availability; low-stock list", async () => {
        const { data } = await api.get(`/lapas-api/stock`, as.financeA)
        const ownVariants = PRODUCTS.filter((p) => p.lapas === A).reduce((n, p) => n + p.variants.length, 0)
        expect(data.count).toBe(ownVariants)
        expect(new Set(data.stock.map((r: any) => r.lapas_id))).toEqual(new Set([lapasA]))

        const [first, second] = productOfA.variants
        const { data: saved } = await api.post(
          `/lapas-api/stock`,
          { levels: [{ variant_id: first.id, stocked_quantity: 2 }, ...(second ? [{ variant_id: second.id, stocked_quantity: 40 }] : [])] },
          as.staffA
        )
        expect(saved.stock.find((r: any) => r.variant_id === first.id)).toMatchObject({ stocked: 2, available: 2 })
        const inStore = await storeProduct(productOfA.handle)
        expect(inStore.variants.find((v: any) => v.id === first.id).inventory_quantity).toBe(2)

        const low = (await api.get(`/lapas-api/stock?low=true`, as.staffA)).data
        expect(low.below).toBe(5)
        expect(low.stock.map((r: any) => r.variant_id)).toContain(first.id)
        if (second) expect(low.stock.map((r: any) => r.variant_id)).not.toContain(second.id)
        expect((await api.get(`/lapas-api/stock?low=true&below=2`, as.staffA)).data.stock.map((r: any) => r.variant_id)).not.toContain(first.id)

        const national = (await api.get(`/lapas-api/stock?lapas_id=${lapasB}`, as.national)).data
        expect(new Set(national.stock.map((r: any) => r.lapas_id))).toEqual(new Set([lapasB]))
      })

      it("creates the level at the lapas's location when a variant has none", async () => {
        const { data } = await api.post(`/lapas-api/products`, { title: "Jamu Kunyit Baru", variants: [{ title: "Botol", price: 20000 }] }, as.staffA)
        const variantId = data.product.variants[0].id
        const { data: saved } = await api.post(`/lapas-api/stock`, { levels: [{ variant_id: variantId, stocked_quantity: 12 }] }, as.staffA)
        expect(saved.stock).toEqual([expect.objectContaining({ variant_id: variantId, stocked: 12, available: 12 })])
      })
    })

    describe("lapas B's records are out of reach and stay unchanged", () => {
      it("B's product in the path", async () => {
        const attempts = [
          () => api.get(`/lapas-api/products/${productOfB.id}`, as.staffA),
          () => api.get(`/lapas-api/products/${productOfB.id}`, as.financeA),
          () => api.post(`/lapas-api/products/${productOfB.id}`, { title: "Diambil alih" }, as.staffA),
          () => api.delete(`/lapas-api/products/${productOfB.id}`, as.staffA),
          () => api.post(`/lapas-api/products/${productOfB.id}/variants`, { title: "Titipan", price: 1 }, as.staffA),
          () => api.post(`/lapas-api/products/${productOfB.id}/variants/${productOfB.variants[0].id}`, { price: 1 }, as.staffA),
          () => api.delete(`/lapas-api/products/${productOfB.id}/variants/${productOfB.variants[0].id}`, as.staffA),
        ]
        const photo = await pngPhoto()
        attempts.push(() => api.post(`/lapas-api/products/${productOfB.id}/images`, photoForm(photo), as.staffA))
        for (const attempt of attempts) {
          const refused = await failureOf(attempt())
          expect(refused).toEqual({ status: 404, message: `Product with id "${productOfB.id}" was not found.` })
        }
        expect(await detail(productOfB.id, "staffB")).toEqual(productOfB)
      })

      it("B's variant under A's product (the landed bug), and B's image", async () => {
        const variantOfB = productOfB.variants[0]
        for (const attempt of [
          () => api.delete(`/lapas-api/products/${productOfA.id}/variants/${variantOfB.id}`, as.staffA),
          () => api.post(`/lapas-api/products/${productOfA.id}/variants/${variantOfB.id}`, { price: 1, manage_inventory: false }, as.staffA),
        ]) {
          expect(await failureOf(attempt())).toEqual({ status: 404, message: `Variant with id "${variantOfB.id}" was not found.` })
        }
        const { data } = await api.post(`/lapas-api/products/${productOfB.id}/images`, photoForm(await pngPhoto()), as.staffB)
        const imageOfB = data.product.images.at(-1)
        expect(
          await failureOf(api.delete(`/lapas-api/products/${productOfA.id}/images/${imageOfB.id}`, as.staffA))
        ).toEqual({ status: 404, message: `Image with id "${imageOfB.id}" was not found.` })
        expect(await statusOf(api.delete(`/lapas-api/products/${productOfB.id}/images/${imageOfB.id}`, as.staffA))).toBe(404)
        expect(await detail(productOfB.id, "staffB")).toEqual(data.product)
      })

      it("a bulk stock edit naming one of B's variants writes nothing at all", async () => {
        const own = productOfA.variants[0]
        const before = (await detail(productOfA.id)).variants[0].stocked
        const foreignBefore = (await detail(productOfB.id, "staffB")).variants[0].stocked
        const refused = await failureOf(
          api.post(
            `/lapas-api/stock`,
            { levels: [{ variant_id: own.id, stocked_quantity: before + 50 }, { variant_id: productOfB.variants[0].id, stocked_quantity: 0 }] },
            as.staffA
          )
        )
        expect(refused).toEqual({
          status: 404,
          message: "Variant of levels[1] (variant_id) was not found among your lapas's variants; nothing was changed.",
        })
        expect((await detail(productOfA.id)).variants[0].stocked).toBe(before)
        expect((await detail(productOfB.id, "staffB")).variants[0].stocked).toBe(foreignBefore)
        expect(await statusOf(api.get(`/lapas-api/stock?lapas_id=${lapasB}`, as.financeA))).toBe(404)
      })

      it("an unknown category is a 404 and creates nothing", async () => {
        const refused = await failureOf(
          api.post(`/lapas-api/products`, { title: "Tanpa Kategori", category_id: "pcat_nope", variants: [{ title: "X", price: 1 }] }, as.staffA)
        )
        expect(refused).toEqual({ status: 404, message: `Category with id "pcat_nope" was not found.` })
        expect((await api.get(`/lapas-api/products?q=Tanpa%20Kategori`, as.staffA)).data.products).toEqual([])
      })
    })

    describe("roles and input", () => {
      it("finance and national members cannot write", async () => {
        const variant = productOfA.variants[0]
        for (const who of ["financeA", "national"]) {
          for (const attempt of [
            () => api.post(`/lapas-api/products`, { title: "Baru", variants: [{ title: "X", price: 1 }] }, as[who]),
            () => api.post(`/lapas-api/products/${productOfA.id}`, { title: "Ubah" }, as[who]),
            () => api.delete(`/lapas-api/products/${productOfA.id}`, as[who]),
            () => api.post(`/lapas-api/products/${productOfA.id}/variants/${variant.id}`, { price: 1 }, as[who]),
            () => api.post(`/lapas-api/stock`, { levels: [{ variant_id: variant.id, stocked_quantity: 1 }] }, as[who]),
          ]) {
            const refused = await failureOf(attempt())
            expect(refused.status).toBe(403)
            expect(refused.message).toMatch(/lapas staff/)
          }
        }
        expect((await detail(productOfA.id)).title).toBe(productOfA.title)
      })

      it("refuses bad input with a 400 that says what to fix", async () => {
        const variant = productOfA.variants[0]
        const cases: [() => Promise<unknown>, RegExp][] = [
          [() => api.post(`/lapas-api/products/${productOfA.id}/variants`, { title: "Pecahan", price: 12.5 }, as.staffA), /whole rupiah/],
          [() => api.post(`/lapas-api/products/${productOfA.id}/variants/${variant.id}`, { price: -1 }, as.staffA), /cannot be negative/],
          [() => api.post(`/lapas-api/products/${productOfA.id}/variants/${variant.id}`, { price: "45000" }, as.staffA), /whole rupiah/],
          [() => api.post(`/lapas-api/products`, { title: "Tanpa varian", variants: [] }, as.staffA), /at least one variant/],
          [() => api.post(`/lapas-api/products/${productOfA.id}`, { lapas_id: lapasB }, as.staffA), /lapas_id/],
          [() => api.post(`/lapas-api/products/${productOfA.id}`, { handle: "Bukan Handle" }, as.staffA), /handle/],
          [() => api.post(`/lapas-api/products/${productOfA.id}`, { licences: { pirt: "123" } }, as.staffA), /P-IRT/],
          [() => api.post(`/lapas-api/stock`, { levels: [{ variant_id: variant.id, stocked_quantity: 1.5 }] }, as.staffA), /whole number/],
          [() => api.post(`/lapas-api/stock`, { levels: [{ variant_id: variant.id, stocked_quantity: 1, location_id: "sloc_x" }] }, as.staffA), /location_id/],
          [() => api.get(`/lapas-api/products?status=archived`, as.staffA), /status/],
          [() => api.get(`/lapas-api/stock?low=ya`, as.staffA), /low/],
          [() => api.post(`/lapas-api/products/${productOfA.id}/images`, photoForm(Buffer.from("<html><script>alert(1)</script></html>"), "text/html", "x.html"), as.staffA), /JPEG, PNG or WebP/],
          [() => api.post(`/lapas-api/products/${productOfA.id}/images`, photoForm(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "image/png", "x.png"), as.staffA), /not a PNG/],
          [() => api.post(`/lapas-api/products/${productOfA.id}/images`, { url: "http://example.com/a.png" }, as.staffA), /multipart/],
        ]
        for (const [request, message] of cases) {
          const refused = await failureOf(request())
          expect({ refused, expected: String(message) }).toMatchObject({ refused: { status: 400 } })
          expect(refused.message).toMatch(message)
          expect(refused.message).toMatch(message)
        }
        const big = Buffer.alloc(8 * 1024 * 1024 + 1)
        const tooBig = await failureOf(api.post(`/lapas-api/products/${productOfA.id}/images`, photoForm(big), as.staffA))
        expect(tooBig.status).toBe(400)
        expect(tooBig.message).toMatch(/at most 8 MB/)
        const after = await detail(productOfA.id)
        expect(after.variants.find((v: any) => v.id === variant.id).price).toBe(variant.price)
        expect(after.images).toEqual(productOfA.images)
      })
    })
  },
})
