import { NATIONAL_IMPACT_STEP, PRODUCT_IMPACT_PREMI_STEP } from "@karya-binaan/contracts"
import { lineProfit, splitProfit, toRupiahBigInt, type ShareBasisPoints } from "@karya-binaan/shares"
import type { SeedResult } from "../../src/scripts/seed-demo"
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
        const { impact } = await get(`/store/products/${product.id}/impact?${region}`)
        expect(Object.keys(impact).sort(), product.handle).toEqual(IMPACT_KEYS)
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
  },
})
