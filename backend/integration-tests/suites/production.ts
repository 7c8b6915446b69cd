import { LAPAS_MODULE } from "../../src/modules/lapas"
import type LapasModuleService from "../../src/modules/lapas/service"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { demoBatches } from "../../src/scripts/demo-data/production"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { appModule } from "../app"
import { defineSuite, demoSeed } from "../runner"
import { failureOf, loginAs, loginAsMember, placeOrder as placeOrderAt, statusOf, type Headers } from "../helpers"

const { recordProductionBatchWorkflow } = appModule<typeof import("../../src/workflows/production/record-production-batch")>(
  "src/workflows/production/record-production-batch"
)
const { snapshotOrderLineCostsWorkflow } = appModule<typeof import("../../src/workflows/production/snapshot-order-line-costs")>(
  "src/workflows/production/snapshot-order-line-costs"
)

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
/** Notes that make the test's batchRecorded hook handler fail, after every step has written. */
const FAIL = "GAGAL-UJI"

// The failure is injected through the workflow's own hook, which runs after the last step.
recordProductionBatchWorkflow.hooks.batchRecorded(async ({ notes }: { notes?: string | null }) => {
  if (notes === FAIL) {
    throw new Error("Injected failure after the last step")
  }
})

export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    /** Members of the panel (the scoped API) and `admin`, the national office's Medusa user (catalogue set-up, stock reads). */
    const as: Record<string, Headers> = {}
    const lapasId: Record<string, string> = {}
    const inmates: Record<string, any[]> = {}
    let shippingProfileId: string
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    const failure = failureOf
    const status = statusOf

    /** A new product of the lapas with one stock-managed variant and no batch yet (set up by the national office). */
    async function newProduct(title: string, handle: string, variant: Record<string, unknown> = {}) {
      const { data } = await api.post(
        `/admin/products`,
        {
          title,
          status: "published",
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: seeded.salesChannelId }],
          options: [{ title: "Ukuran", values: ["Standar"] }],
          variants: [
            {
              title: "Standar",
              options: { Ukuran: "Standar" },
              manage_inventory: true,
              prices: [{ currency_code: "idr", amount: 30_000 }],
              ...variant,
            },
          ],
          additional_data: { lapas_id: lapasId[handle] },
        },
        as.admin
      )
      const { data: read } = await api.get(
        `/admin/products/${data.product.id}?fields=id,variants.id,variants.inventory_items.inventory_item_id`,
        as.admin
      )
      const v = read.product.variants[0]
      return {
        productId: data.product.id as string,
        variantId: v.id as string,
        inventoryItemId: v.inventory_items?.[0]?.inventory_item_id as string | undefined,
      }
    }

    async function locationOf(handle: string) {
      const { data } = await api.get(`/admin/stock-locations?limit=50&fields=id,name,metadata`, as.admin)
      return data.stock_locations.find((l: any) => l.metadata?.lapas_handle === handle).id as string
    }
    async function stockAt(inventoryItemId: string, locationId: string) {
      const { data } = await api.get(`/admin/inventory-items/${inventoryItemId}/location-levels`, as.admin)
      return data.inventory_levels.find((l: any) => l.location_id === locationId)?.stocked_quantity ?? null
    }
    async function costsOf(productId: string, who: Headers = as.national) {
      const { data } = await api.get(`/lapas-api/products/${productId}/production-costs`, who)
      return data.variants[0]
    }
    async function productOf(lapasHandle: string) {
      const handle = PRODUCTS.find((p) => p.lapas === lapasHandle)!.handle
      const { data } = await api.get(`/admin/products?handle=${handle}&fields=id,variants.id`, as.admin)
      return { id: data.products[0].id as string, variantId: data.products[0].variants[0].id as string }
    }
    const maker = (handle: string, index = 0, work_units = 8) => ({ inmate_id: inmates[handle][index].id, work_units })
    const batchBody = (variant_id: string, quantity: number, unit_cost: number, extra: Record<string, unknown> = {}) => ({
      variant_id,
      quantity,
      unit_cost,
      produced_on: "2026-01-15",
      makers: [maker(A, 0, 6), maker(A, 1, 4)],
      ...extra,
    })
    const batchCount = async () => {
      const db = getContainer().resolve("production") as any
      return (await db.listProductionBatches({}, { select: ["id"] })).length as number
    }

    const placeOrder = (items: { variant_id: string; quantity: number }[]) =>
      placeOrderAt(api, seeded, items)

    beforeAll(async () => {
      seeded = demoSeed()
      as.admin = await loginAs(api, "admin@karyabinaan.test")
      as.national = await loginAsMember(api, "nasional@karyabinaan.test")
      as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
      as.financeA = await loginAsMember(api, `finance+${A}@karyabinaan.test`)
      as.staffB = await loginAsMember(api, `staff+${B}@karyabinaan.test`)
      const lapas: LapasModuleService = getContainer().resolve(LAPAS_MODULE)
      for (const l of await lapas.listLapas({}, { select: ["id", "handle"] })) lapasId[l.handle] = l.id
      for (const handle of [A, B]) {
        const { data } = await api.get(`/lapas-api/inmates?lapas_id=${lapasId[handle]}&status=active&limit=100`, as.national)
        inmates[handle] = data.inmates
      }
      const profiles = await api.get(`/admin/shipping-profiles`, as.admin)
      shippingProfileId = profiles.data.shipping_profiles[0].id
    })

    describe("demo data", () => {
      it("seeds pseudonymous inmates and batches that put the catalogue's stock on the shelves", async () => {
        expect(inmates[A].map((i: any) => i.code)).toEqual(["BJN-001", "BJN-002", "BJN-003", "BJN-004"])
        const { data: released } = await api.get(`/lapas-api/inmates?status=released`, as.staffA)
        expect(released.inmates.map((i: any) => i.code)).toEqual(["BJN-005"])

        const jahe = PRODUCTS.find((p) => p.handle === "jahe-instan")!
        const { data } = await api.get(`/admin/products?handle=jahe-instan&fields=id`, as.admin)
        const { data: costs } = await api.get(`/lapas-api/products/${data.products[0].id}/production-costs`, as.staffA)
        for (const demo of jahe.variants) {
          const variant = costs.variants.find((v: any) => v.sku === demo.sku)
          expect(variant.stocked_quantity).toBe(demo.stock)
          const batches = demoBatches(demo)
          expect(variant.batches.map((b: any) => b.quantity).sort()).toEqual(batches.map((b) => b.quantity).sort())
          expect(variant.average_unit_cost).toBeGreaterThanOrEqual(demo.price * 0.4)
          expect(variant.average_unit_cost).toBeLessThanOrEqual(demo.price * 0.65)
          expect(variant.batches.every((b: any) => b.makers_count >= 2)).toBe(true)
        }
        // The lapas's variants, for the panel's batch form: every one of its products, none of another lapas's.
        const { data: all } = await api.get(`/lapas-api/production-costs`, as.staffA)
        expect(all.lapas_id).toBe(lapasId[A])
        const jaheSkus = jahe.variants.map((v) => v.sku)
        expect(all.variants.filter((v: any) => jaheSkus.includes(v.sku)).map((v: any) => v.stocked_quantity).sort()).toEqual(
          jahe.variants.map((v) => v.stock).sort()
        )
        const foreign = await productOf(B)
        expect(all.variants.some((v: any) => v.product_id === foreign.id)).toBe(false)
        expect(all.variants.every((v: any) => typeof v.product_title === "string")).toBe(true)
      })
    })

    describe("recording a batch", () => {
      it("raises stock at the lapas's location and moves the weighted average", async () => {
        const product = await newProduct("Keripik Jagung Uji", A)
        expect(product.inventoryItemId).toBeDefined()
        const location = await locationOf(A)
        expect(await stockAt(product.inventoryItemId!, location)).toBeNull()
        expect(await costsOf(product.productId)).toMatchObject({ average_unit_cost: null, stocked_quantity: 0, batches: [] })

        const first = await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 10, 12_000, { notes: "Panen pertama" }), as.staffA)
        expect(first.status).toBe(201)
        expect(first.data.production_batch).toMatchObject({
          lapas_id: lapasId[A],
          product_id: product.productId,
          variant_id: product.variantId,
          quantity: 10,
          unit_cost: 12_000,
          produced_on: "2026-01-15",
          notes: "Panen pertama",
          makers: [
            { inmate_id: inmates[A][0].id, code: "BJN-001", work_units: 6 },
            { inmate_id: inmates[A][1].id, code: "BJN-002", work_units: 4 },
          ],
        })
        expect(first.data.variant_cost).toEqual({ variant_id: product.variantId, average_unit_cost: 12_000, stocked_quantity: 10 })
        expect(await stockAt(product.inventoryItemId!, location)).toBe(10)

        // (10 × 12 000 + 30 × 14 001) / 40 = 13 500.75 → 13 501
        const second = await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 30, 14_001), as.staffA)
        expect(second.data.variant_cost).toEqual({ variant_id: product.variantId, average_unit_cost: 13_501, stocked_quantity: 40 })
        expect(await stockAt(product.inventoryItemId!, location)).toBe(40)

        const costs = await costsOf(product.productId, as.financeA)
        expect(costs).toMatchObject({ variant_id: product.variantId, average_unit_cost: 13_501, stocked_quantity: 40 })
        expect(costs.batches.map((b: any) => [b.quantity, b.unit_cost, b.makers_count])).toEqual(
          expect.arrayContaining([[10, 12_000, 2], [30, 14_001, 2]])
        )
        const { data: list } = await api.get(`/lapas-api/production-batches?variant_id=${product.variantId}`, as.staffA)
        expect(list.count).toBe(2)
        expect(list.production_batches.map((b: any) => b.unit_cost).sort()).toEqual([12_000, 14_001])
        const { data: byProduct } = await api.get(`/lapas-api/production-batches?product_id=${product.productId}`, as.financeA)
        expect(byProduct.count).toBe(2)

        // One batch, with its makers, for staff and finance of the lapas and national members.
        for (const who of ["staffA", "financeA", "national"]) {
          const { data } = await api.get(`/lapas-api/production-batches/${first.data.production_batch.id}`, as[who])
          expect(data.production_batch).toEqual(first.data.production_batch)
        }
        const { data: lapasCosts } = await api.get(`/lapas-api/production-costs`, as.staffA)
        expect(lapasCosts.variants.find((v: any) => v.variant_id === product.variantId)).toMatchObject({
          product_id: product.productId,
          product_title: "Keripik Jagung Uji",
          stocked_quantity: 40,
          average_unit_cost: 13_501,
        })
      })

      it("refuses invalid batches with a message that says what to fix, writing nothing", async () => {
        const product = await newProduct("Sirup Jahe Uji", A)
        const foreign = (await productOf(B)).variantId
        const { data: released } = await api.get(`/lapas-api/inmates?status=released`, as.staffA)
        const cases: [Record<string, unknown>, number, RegExp][] = [
          [batchBody(product.variantId, 0, 10_000), 400, /at least 1/],
          [batchBody(product.variantId, 2.5, 10_000), 400, /whole number/],
          [batchBody(product.variantId, 5, 10_000.5), 400, /whole rupiah/],
          [batchBody(product.variantId, 5, -1), 400, /negative/],
          [batchBody(product.variantId, 5, "10000" as any), 400, /whole rupiah/],
          [batchBody(product.variantId, 5, 10_000, { produced_on: "15-01-2026" }), 400, /YYYY-MM-DD/],
          [batchBody(product.variantId, 5, 10_000, { produced_on: "2026-02-30" }), 400, /calendar date/],
          [batchBody(product.variantId, 5, 10_000, { produced_on: "2999-01-01" }), 400, /future/],
          [batchBody(product.variantId, 5, 10_000, { makers: [] }), 400, /at least one inmate/],
          [batchBody(product.variantId, 5, 10_000, { makers: [maker(A, 0), maker(A, 0)] }), 400, /once/],
          [batchBody(product.variantId, 5, 10_000, { makers: [{ inmate_id: inmates[A][0].id, work_units: 0 }] }), 400, /at least 1/],
          [batchBody(product.variantId, 5, 10_000, { lapas_id: lapasId[B] }), 400, /lapas_id/],
          [batchBody(product.variantId, 5, 10_000, { makers: [{ inmate_id: released.inmates[0].id, work_units: 3 }] }), 400, /BJN-005.*no longer active/],
          // Another lapas's or an unknown id, anywhere in the body: 404 naming it.
          [batchBody(product.variantId, 5, 10_000, { makers: [maker(A, 0), maker(B)] }), 404, new RegExp(`Inmate with id "${inmates[B][0].id}" was not found`)],
          [batchBody(product.variantId, 5, 10_000, { makers: [maker(A, 0), { inmate_id: "inm_tidak_ada", work_units: 1 }] }), 404, /Inmate with id "inm_tidak_ada"/],
          [batchBody("variant_tidak_ada", 5, 10_000), 404, /Product variant with id "variant_tidak_ada" was not found/],
          [batchBody(foreign, 5, 10_000), 404, new RegExp(`Product variant with id "${foreign}" was not found`)],
        ]
        const before = await batchCount()
        for (const [body, expected, message] of cases) {
          const result = await failure(api.post(`/lapas-api/production-batches`, body, as.staffA))
          expect({ body, ...result }).toMatchObject({ status: expected })
          expect(result.message).toMatch(message)
        }
        expect(await batchCount()).toBe(before)
        expect(await costsOf(product.productId)).toMatchObject({ average_unit_cost: null, stocked_quantity: 0, batches: [] })
        const { data } = await api.get(`/lapas-api/production-batches?variant_id=${foreign}&limit=100`, as.national)
        expect(data.production_batches.every((b: any) => b.lapas_id === lapasId[B])).toBe(true)
      })

      it("refuses lapas B's maker on lapas A's batch with a 404 and leaves stock unchanged", async () => {
        const product = await newProduct("Kain Tenun Uji", A)
        const location = await locationOf(A)
        await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 5, 9_000), as.staffA)
        const before = await costsOf(product.productId)
        const refused = await failure(
          api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 20, 9_000, { makers: [maker(A, 0, 3), maker(B, 1, 3)] }), as.staffA)
        )
        expect(refused).toEqual({ status: 404, message: `Inmate with id "${inmates[B][1].id}" was not found.` })
        expect(await stockAt(product.inventoryItemId!, location)).toBe(5)
        expect(await costsOf(product.productId)).toEqual(before)
      })

      it("lets a national member record for the variant's own lapas", async () => {
        const product = await newProduct("Pupuk Cair Uji", B)
        const { data } = await api.post(
          `/lapas-api/production-batches`,
          batchBody(product.variantId, 7, 8_000, { makers: [maker(B, 2, 5)] }),
          as.national
        )
        expect(data.production_batch.lapas_id).toBe(lapasId[B])
        expect(data.variant_cost.stocked_quantity).toBe(7)
        // Lapas A's makers cannot work on lapas B's batch, even for a national member.
        const refused = await failure(api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 1, 8_000), as.national))
        expect(refused).toEqual({ status: 404, message: `Inmate with id "${inmates[A][0].id}" was not found.` })
        expect((await costsOf(product.productId)).stocked_quantity).toBe(7)
      })
    })

    describe("a failure after the last step leaves nothing behind", () => {
      it("for a variant that already had batches and stock", async () => {
        const product = await newProduct("Jamu Kunyit Uji", A)
        const location = await locationOf(A)
        await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 12, 9_000), as.staffA)
        const before = await costsOf(product.productId)
        const { data: listBefore } = await api.get(`/lapas-api/production-batches?variant_id=${product.variantId}`, as.national)

        const result = await failure(
          api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 50, 20_000, { notes: FAIL }), as.staffA)
        )
        expect(result.status).toBeGreaterThanOrEqual(400)

        expect(await costsOf(product.productId)).toEqual(before)
        expect(before).toMatchObject({ average_unit_cost: 9_000, stocked_quantity: 12 })
        expect(await stockAt(product.inventoryItemId!, location)).toBe(12)
        const { data: listAfter } = await api.get(`/lapas-api/production-batches?variant_id=${product.variantId}`, as.national)
        expect(listAfter).toEqual(listBefore)

        // The next batch builds on the untouched state: (12 × 9 000 + 4 × 10 000) / 16 = 9 250.
        const { data } = await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 4, 10_000), as.staffA)
        expect(data.variant_cost).toEqual({ variant_id: product.variantId, average_unit_cost: 9_250, stocked_quantity: 16 })
      })

      it("for a variant's first batch: no cost row, no inventory level, no makers", async () => {
        const product = await newProduct("Lidah Buaya Uji", A)
        const location = await locationOf(A)
        const result = await failure(
          api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 5, 11_000, { notes: FAIL }), as.staffA)
        )
        expect(result.status).toBeGreaterThanOrEqual(400)
        expect(await costsOf(product.productId)).toMatchObject({ average_unit_cost: null, stocked_quantity: 0, batches: [] })
        expect(await stockAt(product.inventoryItemId!, location)).toBeNull()
        const db = getContainer().resolve("production") as any
        expect(await db.listVariantCosts({ variant_id: product.variantId })).toEqual([])
        expect(await db.listProductionBatches({ variant_id: product.variantId }, { withDeleted: true })).toEqual([])
        expect(await db.listBatchMakers({ inmate_id: inmates[A].map((i: any) => i.id) }, { withDeleted: true }))
          .toHaveLength(
            (await db.listBatchMakers({ inmate_id: inmates[A].map((i: any) => i.id) })).length
          )
      })
    })

    describe("inmates", () => {
      it("staff register inmates of their own lapas only, with unique pseudonymous codes", async () => {
        const { data } = await api.post(
          `/lapas-api/inmates`,
          { code: "bjn-101", display_name: "Mas T.", story: "Belajar menjahit.", consent_public: true },
          as.staffA
        )
        expect(data.inmate).toMatchObject({
          code: "BJN-101",
          lapas_id: lapasId[A],
          display_name: "Mas T.",
          story: "Belajar menjahit.",
          consent_public: true,
          status: "active",
        })
        const duplicate = await failure(api.post(`/lapas-api/inmates`, { code: "BJN-101" }, as.staffA))
        expect(duplicate).toMatchObject({ status: 400, message: expect.stringMatching(/already registered/) })
        // The same code in another lapas is another inmate.
        const other = await api.post(`/lapas-api/inmates`, { code: "BJN-101" }, as.staffB)
        expect(other.data.inmate.lapas_id).toBe(lapasId[B])

        expect((await failure(api.post(`/lapas-api/inmates`, { code: "Budi Santoso" }, as.staffA))).message).toMatch(/pseudonym/)
        const unknownKey = await failure(api.post(`/lapas-api/inmates`, { code: "BJN-102", offence: "x" }, as.staffA))
        expect(unknownKey).toMatchObject({ status: 400, message: expect.stringMatching(/offence/) })
        // The lapas comes from the member, never from the body.
        const lapasInBody = await failure(api.post(`/lapas-api/inmates`, { code: "BJN-103", lapas_id: lapasId[B] }, as.staffA))
        expect(lapasInBody).toMatchObject({ status: 400, message: expect.stringMatching(/lapas_id/) })
        expect((await failure(api.post(`/lapas-api/inmates`, {}, as.staffA))).message).toMatch(/code/)
        // National members and finance read inmates; only lapas staff register them.
        expect(await status(api.post(`/lapas-api/inmates`, { code: "TPI-900" }, as.national))).toBe(403)
        const production = getContainer().resolve("production") as any
        expect(await production.listInmates({ code: ["BJN-102", "BJN-103", "TPI-900"] })).toEqual([])
      })

      it("staff update consent and status; finance and national members only read", async () => {
        const { data: created } = await api.post(`/lapas-api/inmates`, { code: "BJN-201" }, as.staffA)
        const id = created.inmate.id
        const { data } = await api.post(`/lapas-api/inmates/${id}`, { display_name: "Pak U.", consent_public: true }, as.staffA)
        expect(data.inmate).toMatchObject({ display_name: "Pak U.", consent_public: true, status: "active" })
        expect(await status(api.post(`/lapas-api/inmates/${id}`, { code: "BJN-999" }, as.staffA))).toBe(400)
        const badStatus = await failure(api.post(`/lapas-api/inmates/${id}`, { status: "bebas" }, as.staffA))
        expect(badStatus).toMatchObject({ status: 400, message: expect.stringMatching(/active, released/) })

        expect((await api.get(`/lapas-api/inmates/${id}`, as.financeA)).data.inmate.code).toBe("BJN-201")
        expect((await api.get(`/lapas-api/inmates/${id}`, as.national)).data.inmate.code).toBe("BJN-201")
        expect(await status(api.post(`/lapas-api/inmates/${id}`, { status: "released" }, as.financeA))).toBe(403)
        expect(await status(api.post(`/lapas-api/inmates/${id}`, { status: "released" }, as.national))).toBe(403)
        expect(await status(api.post(`/lapas-api/inmates`, { code: "BJN-202" }, as.financeA))).toBe(403)
        const released = await api.post(`/lapas-api/inmates/${id}`, { status: "released" }, as.staffA)
        expect(released.data.inmate.status).toBe("released")

        const { data: search } = await api.get(`/lapas-api/inmates?q=Pak U`, as.financeA)
        expect(search.inmates.map((i: any) => i.code)).toEqual(["BJN-201"])
        expect(Object.keys(search.inmates[0]).sort()).toEqual(["code", "display_name", "id", "lapas_id", "status"])
        expect(await status(api.get(`/lapas-api/inmates?status=bebas`, as.staffA))).toBe(400)
        expect(await status(api.get(`/lapas-api/inmates?sort=code`, as.staffA))).toBe(400)
      })
    })

    describe("one lapas never sees or changes another's production", () => {
      it("lists hold only the caller's lapas; foreign records are not found", async () => {
        const foreignProduct = await productOf(B)
        const { data: foreignBatches } = await api.get(`/lapas-api/production-batches?lapas_id=${lapasId[B]}&limit=1`, as.national)
        const foreignBatch = foreignBatches.production_batches[0].id
        for (const who of ["staffA", "financeA"]) {
          const { data: batches } = await api.get(`/lapas-api/production-batches?limit=100`, as[who])
          expect(batches.count).toBeGreaterThan(0)
          expect(new Set(batches.production_batches.map((b: any) => b.lapas_id))).toEqual(new Set([lapasId[A]]))
          const { data: list } = await api.get(`/lapas-api/inmates?limit=100`, as[who])
          expect(list.inmates.length).toBeGreaterThan(0)
          expect(new Set(list.inmates.map((i: any) => i.lapas_id))).toEqual(new Set([lapasId[A]]))
          // Their own lapas named in the query is fine.
          expect((await api.get(`/lapas-api/inmates?lapas_id=${lapasId[A]}`, as[who])).data.count).toBe(list.count)

          // Another lapas's ids in the path or the query: 404 naming the record.
          const refusals: [string, RegExp][] = [
            [`/lapas-api/production-batches?lapas_id=${lapasId[B]}`, /Lapas with id/],
            [`/lapas-api/production-batches?variant_id=${foreignProduct.variantId}`, /Product variant with id/],
            [`/lapas-api/production-batches?product_id=${foreignProduct.id}`, /Product with id/],
            [`/lapas-api/production-batches/${foreignBatch}`, /Production batch with id/],
            [`/lapas-api/inmates?lapas_id=${lapasId[B]}`, /Lapas with id/],
            [`/lapas-api/inmates/${inmates[B][0].id}`, /Inmate with id/],
            [`/lapas-api/products/${foreignProduct.id}/production-costs`, /Product with id/],
            [`/lapas-api/production-costs?lapas_id=${lapasId[B]}`, /Lapas with id/],
          ]
          for (const [path, message] of refusals) {
            const refused = await failure(api.get(path, as[who]))
            expect({ who, path, status: refused.status }).toEqual({ who, path, status: 404 })
            expect(refused.message).toMatch(message)
          }
        }
        expect(await status(api.post(`/lapas-api/inmates/${inmates[B][0].id}`, { consent_public: false }, as.staffA))).toBe(404)
        const { data } = await api.get(`/lapas-api/inmates/${inmates[B][0].id}`, as.national)
        expect(data.inmate.consent_public).toBe(true)
        expect(await status(api.get(`/lapas-api/production-batches/pbatch_tidak_ada`, as.national))).toBe(404)
        expect(await status(api.get(`/lapas-api/production-costs`, as.national))).toBe(400)

        const national = await api.get(`/lapas-api/production-batches?limit=100`, as.national)
        expect(new Set(national.data.production_batches.map((b: any) => b.lapas_id)).size).toBeGreaterThan(1)
        // A Medusa admin user's token is not a member's.
        expect(await status(api.get(`/lapas-api/production-batches`, as.admin))).toBe(401)
      })

      it("finance cannot record batches", async () => {
        const product = await productOf(A)
        expect(await status(api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 1, 1_000), as.financeA))).toBe(403)
      })

      it("inmate data never appears on store routes", async () => {
        const { data } = await api.get(`/store/products?limit=100&fields=*variants,+metadata,+lapas.*`, store())
        const text = JSON.stringify(data)
        for (const inmate of [...inmates[A], ...inmates[B]]) {
          expect(text).not.toContain(inmate.code)
          expect(text).not.toContain(inmate.id)
        }
        expect(await status(api.get(`/store/inmates`, store()))).toBe(404)
        expect(await status(api.get(`/store/production-batches`, store()))).toBe(404)
      })
    })

    describe("the HPP of a sale", () => {
      it("is snapshotted when the order is placed and never changed by later batches", async () => {
        const product = await newProduct("Kopi Rempah Uji", A)
        await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 10, 12_000), as.staffA)
        await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 30, 14_001), as.staffA)
        const untracked = await newProduct("Jasa Cuci Mobil Uji", A, { manage_inventory: false })
        const order = await placeOrder([
          { variant_id: product.variantId, quantity: 2 },
          { variant_id: untracked.variantId, quantity: 1 },
        ])
        const production = getContainer().resolve("production") as any
        const lines = await production.listOrderLineCosts({ order_id: order.id })
        expect(lines).toHaveLength(2)
        const line = lines.find((l: any) => l.variant_id === product.variantId)
        expect(line).toMatchObject({ lapas_id: lapasId[A], quantity: 2, method: "weighted_average" })
        expect(Number(line.unit_cost)).toBe(13_501)
        const other = lines.find((l: any) => l.variant_id === untracked.variantId)
        expect(other).toMatchObject({ lapas_id: lapasId[A], quantity: 1, method: "no_batches" })
        expect(Number(other.unit_cost)).toBe(0)
        const lineItemIds = order.items.map((i: any) => i.id).sort()
        expect(lines.map((l: any) => l.line_item_id).sort()).toEqual(lineItemIds)

        // A dearer batch moves the average for future sales only.
        const later = await api.post(`/lapas-api/production-batches`, batchBody(product.variantId, 10, 50_000), as.staffA)
        expect(later.data.variant_cost.average_unit_cost).toBeGreaterThan(13_501)

        const { result } = await snapshotOrderLineCostsWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(result).toHaveLength(2)
        expect(result.find((s: any) => s.variant_id === product.variantId)).toEqual({
          line_item_id: line.line_item_id,
          variant_id: product.variantId,
          lapas_id: lapasId[A],
          quantity: 2,
          unit_cost: "13501",
          method: "weighted_average",
        })
        const again = await production.listOrderLineCosts({ order_id: order.id }, { withDeleted: true })
        expect(again.map((l: any) => [l.id, Number(l.unit_cost), String(l.updated_at)]).sort()).toEqual(
          lines.map((l: any) => [l.id, Number(l.unit_cost), String(l.updated_at)]).sort()
        )

        // A missing snapshot (e.g. a failed hook) is filled in from the current average.
        await production.deleteOrderLineCosts(other.id)
        const { result: refilled } = await snapshotOrderLineCostsWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(refilled.map((s: any) => s.unit_cost).sort()).toEqual(["0", "13501"])
      })
    })
  },
})
