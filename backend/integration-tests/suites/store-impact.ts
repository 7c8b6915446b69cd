import { NATIONAL_IMPACT_STEP, PRODUCT_IMPACT_PREMI_STEP } from "@karya-binaan/contracts"
import { lineProfit, splitProfit, toRupiahBigInt, type ShareBasisPoints } from "@karya-binaan/shares"
import { PRODUCTS } from "../../src/scripts/demo-data/catalogue"
import { demoInmates, makersOf, PRODUCT_CRAFT } from "../../src/scripts/demo-data/production"
import type { SeedResult } from "../../src/scripts/seed-demo"
import { failureOf, loginAs, loginAsMember, type Headers } from "../helpers"
import { defineSuite, demoSeed } from "../runner"

/**
 * Issue 18, point 8: the buyer-facing impact does not disclose the production cost (HPP). For every
 * demo product, everything a buyer can read about it (the product page's data, the impact, the
 * catalogue, its lapas's page, search) is collected; then:
 * - the impact carries only the premi band and the shares in percent (capital, PNBP and the exact
 *   premi are gone), and no store answer has a cost-like field;
 * - the HPPs consistent with the impact (worked out with the booking's own splitProfit) form an
 *   interval that contains the real HPP and is at least the README's margin wide
 *   (PRODUCT_IMPACT_PREMI_STEP ÷ premi share, a few rupiah less in the lowest band; or it reaches
 *   down to 0 or has no upper end);
 * - no number in those answers is the product's HPP or its profit per unit (price − HPP).
 */
const FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*images,*categories,*type,+metadata,+lapas.handle,+lapas.name,+lapas.city"
const IMPACT_KEYS = ["currency_code", "has_premi", "pnbp_percent", "premi_at_least", "premi_percent", "premi_step", "price", "variant_id"]
/** Field names that would carry cost data (an exact premi, PNBP or capital amount among them). */
const COST_KEY = /hpp|cost|profit|capital|margin|pnbp|premi/i

/** The paths among `keys` whose field name looks like cost data (the impact's own fields allowed). */
const costKeys = (keys: string[]) =>
  keys.filter((k) => {
    const name = k.split(".").pop()!
    return !IMPACT_KEYS.includes(name) && COST_KEY.test(name)
  })

/** Every [path, value] of a JSON value's leaves, and every key with its path. */
function leaves(value: unknown, path = "$", out: { keys: string[]; numbers: [string, number][] } = { keys: [], numbers: [] }) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out))
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.keys.push(`${path}.${k}`)
      leaves(v, `${path}.${k}`, out)
    }
  } else if (typeof value === "number") out.numbers.push([path, value])
  else if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) out.numbers.push([path, Number(value)])
  return out
}

/** The HPPs (whole rupiah, ≥ 0) a buyer could infer from the impact: [lo, hi], hi null when unbounded. */
function hppInterval(impact: any): { lo: bigint; hi: bigint | null } {
  const price = BigInt(impact.price)
  const premi_bp = Math.round(impact.premi_percent * 100)
  const pnbp_bp = Math.round(impact.pnbp_percent * 100)
  const policy: ShareBasisPoints = { premi_bp, pnbp_bp, capital_bp: 10000 - premi_bp - pnbp_bp }
  const premiAt = (hpp: bigint) => splitProfit(lineProfit({ revenue: price, quantity: 1, unitCost: hpp }), policy).premi
  /** The least hpp in [0, price + 1] with premiAt(hpp) < bound (premi falls as hpp rises). */
  const firstBelow = (bound: bigint) => {
    let lo = 0n
    let hi = price + 1n
    while (lo < hi) {
      const mid = (lo + hi) / 2n
      if (premiAt(mid) < bound) hi = mid
      else lo = mid + 1n
    }
    return lo
  }
  const step = BigInt(impact.premi_step)
  const atLeast = BigInt(impact.premi_at_least)
  if (!impact.has_premi) return { lo: firstBelow(1n), hi: null }
  const floor = atLeast > 0n ? atLeast : 1n
  return { lo: firstBelow(atLeast + step), hi: firstBelow(floor) - 1n }
}

export default defineSuite({
  testSuite: ({ api, dbConnection }) => {
    let seeded: SeedResult
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })
    const get = async (url: string) => (await api.get(url, store())).data

    beforeAll(() => {
      seeded = demoSeed()
    })

    it("shows every demo product's premi as a band, from which HPP cannot be told to better than the stated margin", async () => {
      const region = `region_id=${seeded.regionId}`
      const { products } = await get(`/store/products?limit=200&fields=${FIELDS}&${region}`)
      expect(products.length).toBeGreaterThan(20)

      // Lists a buyer reads for every product at once: the catalogue, every lapas page, search.
      const lists: unknown[] = [await get(`/store/catalog?limit=100&${region}`)]
      for (const handle of new Set<string>(products.map((p: any) => p.lapas?.handle).filter(Boolean))) {
        lists.push(await get(`/store/lapas/${handle}`))
      }
      const hits: any[] = []
      for (let offset = 0; ; offset += 50) {
        const page = await get(`/store/search?limit=50&offset=${offset}`)
        hits.push(...page.hits)
        if (offset + 50 >= page.total) break
      }
      lists.push(hits)
      for (const list of lists) {
        expect(costKeys(leaves(list).keys)).toEqual([])
      }

      const step = PRODUCT_IMPACT_PREMI_STEP
      const widths: number[] = []
      /** One product's checks; eight products at a time. */
      const check = async (product: any) => {
        const answer = await get(`/store/products/${product.id}/impact?${region}`)
        expect(Object.keys(answer).sort(), product.handle).toEqual(["impact", "variants"])
        // Every variant of the product, each once, the first being `impact`.
        expect(answer.variants.map((v: any) => v.variant_id).sort(), product.handle).toEqual(
          product.variants.map((v: any) => v.id).sort()
        )
        expect(answer.variants[0], product.handle).toEqual(answer.impact)
        for (const impact of answer.variants) await checkVariant(product, impact)
      }
      const checkVariant = async (product: any, impact: any) => {
        expect(Object.keys(impact).sort(), product.handle).toEqual(IMPACT_KEYS)
        expect(impact.price, product.handle).toBe(
          Number(product.variants.find((v: any) => v.id === impact.variant_id).calculated_price.calculated_amount)
        )
        expect(impact.premi_step).toBe(step)
        expect(impact.premi_at_least % step).toBe(0)

        const { rows } = await dbConnection.raw(
          `SELECT average_unit_cost::text AS hpp FROM production_variant_cost WHERE variant_id = ? AND deleted_at IS NULL`,
          [impact.variant_id]
        )
        const hpp = rows.length ? toRupiahBigInt(rows[0].hpp, { round: true }) : 0n
        const price = BigInt(impact.price)

        // The HPPs the band allows contain the real one, over at least the stated margin.
        const { lo, hi } = hppInterval(impact)
        expect(hpp >= lo && (hi === null || hpp <= hi), `${product.handle}: HPP ${hpp} in [${lo}, ${hi}]`).toBe(true)
        if (hi !== null && lo > 0n) {
          const margin = Math.floor(((step - 1) * 100) / impact.premi_percent) - 1
          widths.push(Number(hi - lo + 1n))
          expect(Number(hi - lo + 1n), `${product.handle}: HPP interval [${lo}, ${hi}]`).toBeGreaterThanOrEqual(margin)
        }

        // Nothing a buyer reads about the product is its HPP or its profit per unit.
        const page = (await get(`/store/products/${product.id}?fields=${FIELDS}&${region}`)).product
        const own = [page, { impact }, hits.find((h) => h.id === product.id) ?? null]
        const secret = new Set([Number(hpp), Number(price - hpp)])
        for (const answer of own) {
          const { keys, numbers } = leaves(answer)
          expect(costKeys(keys), product.handle).toEqual([])
          expect(numbers.filter(([, n]) => hpp > 0n && secret.has(n)), product.handle).toEqual([])
        }
      }
      for (let i = 0; i < products.length; i += 8) await Promise.all(products.slice(i, i + 8).map(check))
      expect(widths.length).toBeGreaterThan(10)
      console.log(`store-impact: ${products.length} products; narrowest HPP interval a buyer can infer: Rp ${Math.min(...widths)}`)
    })

    it("gives the national totals only in whole Rp 100.000, so one's own purchase cannot be read off them", async () => {
      const { impact } = await get(`/store/impact`)
      const { rows } = await dbConnection.raw(
        `SELECT account, SUM(amount)::text AS total FROM share_ledger_entry WHERE deleted_at IS NULL GROUP BY account`
      )
      const step = BigInt(NATIONAL_IMPACT_STEP)
      for (const { account, total } of rows as { account: "premi" | "pnbp" | "capital"; total: string }[]) {
        const exact = toRupiahBigInt(total)
        expect(BigInt(impact[account]) % step, account).toBe(0n)
        expect(BigInt(impact[account]), account).toBe(exact > 0n ? (exact / step) * step : 0n)
      }
    })

    describe("per variant and per product (issue 19, point 5)", () => {
      const A = "lapas-bojonegoro"
      const as: Record<string, Headers> = {}
      /** Lapas A's active demo inmates in code order (BJN-001 …). */
      let inmates: any[]
      const productId = async (handle: string) =>
        (await get(`/store/products?handle=${handle}&fields=id,variants.id,variants.title`)).products[0] as {
          id: string
          variants: { id: string; title: string }[]
        }
      const makersOfProduct = async (id: string) => (await get(`/store/products/${id}/makers`)).makers as any[]
      /** Records a batch of `variantId` made by the given inmates of lapas A, as its staff would. */
      const recordBatch = async (variantId: string, makers: { inmate_id: string; work_units: number }[]) => {
        const { status } = await api.post(
          `/lapas-api/production-batches`,
          { variant_id: variantId, quantity: 5, unit_cost: 10_000, produced_on: "2026-01-15", makers },
          as.staffA
        )
        expect(status).toBe(201)
      }

      beforeAll(async () => {
        as.admin = await loginAs(api, "admin@karyabinaan.test")
        as.national = await loginAsMember(api, "nasional@karyabinaan.test")
        as.staffA = await loginAsMember(api, `staff+${A}@karyabinaan.test`)
        const { data } = await api.get(`/lapas-api/inmates?status=active&limit=100`, as.staffA)
        inmates = [...data.inmates].sort((a: any, b: any) => (a.code < b.code ? -1 : 1))
        expect(inmates.map((i) => i.code)).toEqual(["BJN-001", "BJN-002", "BJN-003", "BJN-004"])
      })

      it("gives each variant of a two-variant product its own price and premi, the default variant first", async () => {
        const jahe = PRODUCTS.find((p) => p.handle === "jahe-instan")!
        expect(jahe.variants.map((v) => v.price)).toEqual([25_000, 45_000])
        const product = await productId("jahe-instan")
        const answer = await get(`/store/products/${product.id}/impact?region_id=${seeded.regionId}`)
        expect(answer.variants).toHaveLength(2)
        const { rows: ranks } = await dbConnection.raw(
          `SELECT id FROM product_variant WHERE product_id = ? AND deleted_at IS NULL ORDER BY variant_rank, created_at, id`,
          [product.id]
        )
        expect(answer.variants.map((v: any) => v.variant_id)).toEqual(ranks.map((r: any) => r.id))
        expect(answer.impact).toEqual(answer.variants[0])

        for (const demo of jahe.variants) {
          const id = product.variants.find((v) => v.title === demo.title)!.id
          const impact = answer.variants.find((v: any) => v.variant_id === id)
          const { rows } = await dbConnection.raw(
            `SELECT average_unit_cost::text AS hpp FROM production_variant_cost WHERE variant_id = ? AND deleted_at IS NULL`,
            [id]
          )
          const hpp = toRupiahBigInt(rows[0].hpp, { round: true })
          const premi_bp = Math.round(impact.premi_percent * 100)
          const pnbp_bp = Math.round(impact.pnbp_percent * 100)
          const { premi } = splitProfit(lineProfit({ revenue: BigInt(demo.price), quantity: 1, unitCost: hpp }), {
            premi_bp,
            pnbp_bp,
            capital_bp: 10_000 - premi_bp - pnbp_bp,
          })
          const step = BigInt(PRODUCT_IMPACT_PREMI_STEP)
          expect(impact, demo.title).toMatchObject({
            price: demo.price,
            has_premi: premi > 0n,
            premi_at_least: Number(((premi > 0n ? premi : 0n) / step) * step),
          })
        }
        // The two variants' figures differ: a page showing one for the other would be wrong.
        const [a, b] = answer.variants
        expect(a.price).not.toBe(b.price)
        expect(a.premi_at_least).not.toBe(b.premi_at_least)
      })

      it("shows on every demo product only consented makers of its own batches, whose craft is the product's", async () => {
        for (const demo of PRODUCTS) {
          const product = await productId(demo.handle)
          // Independently of the route: the consented makers of batches of the product's variants.
          const { rows } = await dbConnection.raw(
            `SELECT DISTINCT i.display_name
               FROM production_batch b
               JOIN product_variant v ON v.id = b.variant_id
               JOIN production_batch_maker m ON m.batch_id = b.id AND m.deleted_at IS NULL
               JOIN inmate i ON i.id = m.inmate_id
              WHERE v.product_id = ? AND b.deleted_at IS NULL AND i.consent_public`,
            [product.id]
          )
          const shown = (await makersOfProduct(product.id)).map((m) => m.display_name)
          expect(shown.sort(), demo.handle).toEqual(rows.map((r: any) => r.display_name).sort())
          // The demo data's own promise: they work at the product's craft (the jahe page shows no aloe vera maker).
          const fit = makersOf(demo.lapas, PRODUCT_CRAFT[demo.handle])
            .map((index) => demoInmates(demo.lapas).filter((i) => i.status === "active")[index])
            .filter((i) => i.consent_public)
            .map((i) => i.display_name)
          for (const name of shown) expect(fit, `${demo.handle}: ${name}`).toContain(name)
        }
        const jahe = await makersOfProduct((await productId("jahe-instan")).id)
        expect(jahe.map((m) => m.display_name)).toEqual(["Pak S."])
        expect(jahe[0].story).toMatch(/jahe/)
        expect((await makersOfProduct((await productId("dodol-lidah-buaya")).id)).map((m) => m.display_name)).toEqual(["Mas A."])
      })

      it("never shows on product X an inmate who only made product Y, and no maker at all for a product without batches", async () => {
        const [pakS, hidden, masA] = inmates
        const jahe = await productId("jahe-instan")
        const keripik = await productId("keripik-jagung")
        // Keripik jagung's demo makers did not consent: nobody is shown, and nobody else stands in.
        expect(await makersOfProduct(keripik.id)).toEqual([])

        // A new product of the same lapas, no batch yet: no makers, not the lapas's others.
        const { data: profiles } = await api.get(`/admin/shipping-profiles`, as.admin)
        const { data: created } = await api.post(
          `/admin/products`,
          {
            title: "Keripik Pisang Uji",
            status: "published",
            shipping_profile_id: profiles.shipping_profiles[0].id,
            sales_channels: [{ id: seeded.salesChannelId }],
            options: [{ title: "Ukuran", values: ["Standar"] }],
            variants: [{ title: "Standar", options: { Ukuran: "Standar" }, manage_inventory: true, prices: [{ currency_code: "idr", amount: 20_000 }] }],
            additional_data: { lapas_id: inmates[0].lapas_id },
          },
          as.admin
        )
        const fresh = await productId(created.product.handle)
        expect(await makersOfProduct(fresh.id)).toEqual([])

        // Mas A. makes keripik and the new product; an inmate without consent makes the new one too.
        await recordBatch(keripik.variants[0].id, [{ inmate_id: masA.id, work_units: 3 }])
        await recordBatch(fresh.variants[0].id, [
          { inmate_id: masA.id, work_units: 2 },
          { inmate_id: hidden.id, work_units: 9 },
        ])
        const masAShown = { display_name: "Mas A.", story: demoInmates(A)[2].story }
        expect(await makersOfProduct(keripik.id)).toEqual([masAShown])
        expect(await makersOfProduct(fresh.id)).toEqual([masAShown])
        // …and never appears on jahe, which he did not make; Pak S., who did, does not appear on the others.
        expect((await makersOfProduct(jahe.id)).map((m) => m.display_name)).toEqual(["Pak S."])
        for (const other of [keripik.id, fresh.id]) {
          expect((await makersOfProduct(other)).map((m) => m.display_name)).not.toContain(pakS.display_name)
        }
        // Only what they chose to share: no code, id or work units.
        const text = JSON.stringify(await get(`/store/products/${fresh.id}/makers`))
        for (const secret of ["BJN-", masA.id, hidden.id, "work_units", inmates[0].lapas_id]) expect(text).not.toContain(secret)

        // Consent withdrawn: the maker leaves every product's page at once.
        const withdrawn = await api.post(`/lapas-api/inmates/${masA.id}`, { consent_public: false }, as.staffA)
        expect(withdrawn.status).toBe(200)
        expect(await makersOfProduct(keripik.id)).toEqual([])
        expect(await makersOfProduct(fresh.id)).toEqual([])
        expect((await failureOf(api.get(`/store/products/prod_tidak_ada/makers`, store()))).status).toBe(404)
      })
    })
  },
})
