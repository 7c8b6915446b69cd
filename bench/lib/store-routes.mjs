// The routes `pnpm bench:store` measures on each app, and the sample check each must pass before
// it is measured (same products, prices present), so the comparison is between right answers.
//
// A route is `{ name, group, target, this: spec, vanilla: spec }` with a spec either
// `{ label, path }` (one GET, driven by autocannon) or `{ label, chain }` (requests that depend on
// each other, driven by our loops; see store-drive.mjs). `group`: catalogue (this ≥ 10× vanilla
// and p95 ≤ 50 ms), medusa (unchanged Medusa routes: figures only), cart (this ≥ 0.9× vanilla).
import { queryString } from "./load-http.mjs"
import { PRODUCT_FIELDS } from "./load-buyers.mjs"
import { expectOk } from "./store-drive.mjs"

/** The IDR delivery address both apps accept (our backend checks province, kabupaten/kota, kecamatan, postal code, phone). */
const ADDRESS = {
  first_name: "Sari",
  last_name: "Wulandari",
  phone: "081234567890",
  country_code: "id",
  address_1: "Jl. Raya Gubeng No. 12",
  address_2: "Gubeng, Airlangga",
  city: "Kota Surabaya",
  province: "Jawa Timur",
  postal_code: "60281",
}
const BANK_TRANSFER = "pp_system_default"
const VANILLA_PRICE_FIELDS = "*variants.calculated_price"

/** One address per chain in X-Forwarded-For: our backend (TRUSTED_PROXIES=loopback) counts its checkout rate limit per client; vanilla ignores it. */
let chainNumber = 0
const clientAddress = () => {
  const n = ++chainNumber
  return { "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 255) + 1}` }
}

/** Numbers under price-like keys anywhere in `value` (a response body): how many prices it carries. */
export function countPrices(value, key = "") {
  if (typeof value === "number") return /price|amount/i.test(key) && Number.isFinite(value) ? 1 : 0
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + countPrices(item, key), 0)
  if (value && typeof value === "object") {
    return Object.entries(value).reduce((sum, [k, v]) => sum + countPrices(v, /price|amount/i.test(k) ? k : key || ""), 0)
  }
  return 0
}

/** The first array of objects with ids in a body (`cards`, `products`, …), for a route whose shape we only guess. */
function firstList(body) {
  if (!body || typeof body !== "object") return null
  for (const value of Object.values(body)) {
    if (Array.isArray(value) && value.length && value.every((v) => v && typeof v === "object" && "id" in v)) return value
  }
  return null
}

/** Vanilla's list answer: products, each variant with a calculated price in the region. */
function checkVanillaProducts(body, what) {
  const products = body?.products ?? (body?.product ? [body.product] : null)
  if (!products?.length) throw new Error(`${what}: no products in the answer`)
  for (const p of products) {
    if (!p.variants?.length || !p.variants.every((v) => typeof v.calculated_price?.calculated_amount === "number")) {
      throw new Error(`${what}: product ${p.id} has a variant without a calculated price`)
    }
  }
  return products
}

/**
 * Which catalogue path this backend has: the read-model routes (i24-readmodel) when they answer,
 * otherwise the storefront's current path. Returns `{ list, category, product }` specs and notes.
 */
export async function catalogueSpecs(client, fx) {
  const region = fx.region.id
  const notes = []
  // The read model's routes, called as the storefront calls them (with the region, i24-readmodel's
  // storefront/src/lib/data): a 404 means this backend does not have them yet.
  const readModel = async (path) => ({ path, answer: await client.get(path) })
  const cards = await readModel(`/store/catalog/cards?limit=12&region_id=${region}`)
  const categoryCards = await readModel(`/store/catalog/cards?limit=12&region_id=${region}&category_id=${fx.category.id}`)
  const productPage = await readModel(`/store/catalog/products/${fx.product.handle}?region_id=${region}`)
  for (const { path, answer } of [cards, categoryCards, productPage]) {
    if (answer.status !== 200 && answer.status !== 404) throw new Error(`this GET ${path}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`)
  }
  const specs = {}
  const pair = (categoryId) => async (c) => {
    const listed = expectOk(
      "GET /store/catalog",
      await c.get(`/store/catalog${queryString({ limit: 12, region_id: region, ...(categoryId ? { category_id: categoryId } : {}) })}`)
    )
    const ids = listed.body?.product_ids ?? []
    if (!ids.length) throw new Error("GET /store/catalog listed no products")
    const products = expectOk(
      "GET /store/products?id[]",
      await c.get(`/store/products${queryString({ fields: PRODUCT_FIELDS, limit: ids.length, offset: 0, region_id: region, id: ids })}`)
    )
    // The listing's count is the catalogue's (all matching products), not this page's.
    return { ...products.body, count: listed.body.count }
  }
  if (cards.answer.status === 200) {
    specs.list = { label: `GET ${cards.path.replace(region, "<idr>")}`, path: cards.path }
  } else {
    notes.push(`GET /store/catalog/cards answered ${cards.answer.status}: measured the storefront's current request pair instead`)
    specs.list = { label: "pair: GET /store/catalog?limit=12 + GET /store/products?id[]=…&fields=PRODUCT_FIELDS", chain: pair(null) }
  }
  if (categoryCards.answer.status === 200) {
    specs.category = { label: `GET ${categoryCards.path.replace(region, "<idr>").replace(fx.category.id, "<id>")}`, path: categoryCards.path }
  } else {
    specs.category = {
      label: "pair: GET /store/catalog?limit=12&category_id= + GET /store/products?id[]=…",
      chain: pair(fx.category.id),
    }
  }
  if (productPage.answer.status === 200) {
    specs.product = { label: `GET ${productPage.path.replace(region, "<idr>")}`, path: productPage.path }
  } else {
    notes.push(
      `GET /store/catalog/products/:handle answered ${productPage.answer.status}: measured the storefront's current product read instead`
    )
    const path = `/store/products${queryString({ fields: PRODUCT_FIELDS, region_id: region, handle: fx.product.handle, limit: 1 })}`
    specs.product = { label: "GET /store/products?handle=…&fields=PRODUCT_FIELDS (storefront's product read)", path }
  }
  return { specs, notes }
}

/** Every route, both apps. `cart` and `checkout` need `pickup` (each app's flat manual option id is looked up per cart). */
export function defineRoutes({ fx, catalogue }) {
  const region = fx.region.id
  const variant = (n) => fx.variants[n % fx.variants.length].variant_id
  const cart = async (c, n, { headers } = {}) => {
    const created = expectOk("POST /store/carts", await c.post("/store/carts", { region_id: region }, headers))
    const id = created.body?.cart?.id
    if (!id) throw new Error("POST /store/carts returned no cart")
    expectOk("POST /store/carts/:id/line-items", await c.post(`/store/carts/${id}/line-items`, { variant_id: variant(n), quantity: 1 }, headers))
    return id
  }
  const checkout = async (c, n) => {
    const headers = clientAddress()
    const id = await cart(c, n, { headers })
    expectOk(
      "POST /store/carts/:id",
      await c.post(`/store/carts/${id}`, { email: `bench.${n}@contoh.id`, shipping_address: ADDRESS, billing_address: ADDRESS }, headers)
    )
    const options = expectOk("GET /store/shipping-options", await c.get(`/store/shipping-options?cart_id=${id}`, headers))
    const pickup = options.body?.shipping_options?.find((o) => o.provider_id === "manual_manual" && o.price_type === "flat")
    if (!pickup) throw new Error(`no flat manual shipping option for the cart (options: ${options.text.slice(0, 300)})`)
    expectOk("POST /store/carts/:id/shipping-methods", await c.post(`/store/carts/${id}/shipping-methods`, { option_id: pickup.id }, headers))
    const collection = expectOk("POST /store/payment-collections", await c.post("/store/payment-collections", { cart_id: id }, headers))
    const collectionId = collection.body?.payment_collection?.id
    expectOk(
      "POST /store/payment-collections/:id/payment-sessions",
      await c.post(`/store/payment-collections/${collectionId}/payment-sessions`, { provider_id: BANK_TRANSFER }, headers)
    )
    const completed = expectOk("POST /store/carts/:id/complete", await c.post(`/store/carts/${id}/complete`, {}, headers))
    if (completed.body?.type !== "order") throw new Error(`complete did not place an order: ${completed.text.slice(0, 300)}`)
    return completed.body.order
  }
  const vanillaList = `/store/products?limit=12&region_id=${region}&fields=${encodeURIComponent(VANILLA_PRICE_FIELDS)}`
  return [
    {
      name: "list",
      group: "catalogue",
      this: catalogue.specs.list,
      vanilla: { label: "GET /store/products?limit=12&region_id&fields=*variants.calculated_price", path: vanillaList },
    },
    {
      name: "category",
      group: "catalogue",
      this: catalogue.specs.category,
      vanilla: { label: "… &category_id[]=<id>", path: `${vanillaList}&${encodeURIComponent("category_id[]")}=${fx.category.id}` },
    },
    {
      name: "product",
      group: "catalogue",
      this: catalogue.specs.product,
      vanilla: {
        label: "GET /store/products/:id?region_id&fields=*variants.calculated_price",
        path: `/store/products/${fx.product.id}?region_id=${region}&fields=${encodeURIComponent(VANILLA_PRICE_FIELDS)}`,
      },
    },
    { name: "regions", group: "medusa", this: { label: "GET /store/regions", path: "/store/regions" }, vanilla: { label: "same", path: "/store/regions" } },
    {
      name: "categories",
      group: "medusa",
      this: { label: "GET /store/product-categories", path: "/store/product-categories" },
      vanilla: { label: "same", path: "/store/product-categories" },
    },
    {
      name: "cart",
      group: "cart",
      this: { label: "POST /store/carts + POST /store/carts/:id/line-items", chain: (c, n) => cart(c, n) },
      vanilla: { label: "same", chain: (c, n) => cart(c, n) },
    },
    {
      name: "checkout",
      group: "cart",
      this: {
        label: "cart + line, email/address, GET shipping-options, pickup method, payment collection + session (system), complete",
        chain: checkout,
      },
      vanilla: { label: "same (the bench's flat manual option in the lapas's pickup zone)", chain: checkout },
    },
  ]
}

/**
 * One answer of each route from each app, compared: lists carry products with prices (the same
 * count of matching products on both), the product is the same, regions and categories the same,
 * a cart and a checkout go through. Returns lines for the report; throws on an answer that is wrong.
 */
export async function checkSamples({ routes, clients }) {
  const lines = []
  const answer = async (which, spec) => {
    const client = clients[which]
    if (spec.path) {
      const got = await client.get(spec.path)
      if (got.status !== 200) throw new Error(`${which} ${spec.label}: HTTP ${got.status} ${got.text.slice(0, 300)}`)
      return got.body
    }
    return spec.chain(client, 0)
  }
  for (const route of routes) {
    const [mine, theirs] = [await answer("this", route.this), await answer("vanilla", route.vanilla)]
    // Vanilla's measured list is in Medusa's default order; the same query sorted as our listing
    // ("newest": created_at descending) must give the same products as ours.
    const sorted =
      route.group === "catalogue" && route.name !== "product"
        ? await answer("vanilla", { label: `${route.vanilla.label} &order=-created_at`, path: `${route.vanilla.path}&order=-created_at` })
        : null
    if (route.group === "catalogue") {
      const vanillaProducts = checkVanillaProducts(theirs, `vanilla ${route.name}`)
      const ours = mine?.product ? [mine.product] : firstList(mine)
      if (!ours?.length) throw new Error(`this ${route.name}: no products in the answer (${JSON.stringify(mine).slice(0, 300)})`)
      const prices = countPrices(ours)
      if (prices < ours.length) throw new Error(`this ${route.name}: ${ours.length} products but only ${prices} prices in the answer`)
      const ourIds = new Set(ours.map((p) => p.id ?? p.product_id))
      const compared = sorted ? checkVanillaProducts(sorted, `vanilla ${route.name} (newest first)`) : vanillaProducts
      const same = compared.filter((p) => ourIds.has(p.id)).length
      lines.push(
        `${route.name}: this ${ours.length} products (${prices} prices${mine?.count !== undefined ? `, count ${mine.count}` : ""}), ` +
          `vanilla ${vanillaProducts.length}${theirs?.count !== undefined ? ` (count ${theirs.count})` : ""}; ` +
          `${same} of ${ours.length} product ids also in vanilla's${sorted ? " (sorted newest first as ours)" : ""}`
      )
      if (route.name === "product" && same !== 1) throw new Error("product: the two apps answered different products")
      if (route.name !== "product" && (mine?.count ?? ours.length) !== (theirs?.count ?? vanillaProducts.length)) {
        lines.push(`  note: the counts differ (this ${mine?.count ?? ours.length}, vanilla ${theirs?.count ?? vanillaProducts.length})`)
      }
    } else if (route.name === "regions") {
      const ids = (body) => (body?.regions ?? []).map((r) => r.id).sort().join(",")
      if (!ids(mine) || ids(mine) !== ids(theirs)) throw new Error(`regions differ: this ${ids(mine)}, vanilla ${ids(theirs)}`)
      lines.push(`regions: ${mine.regions.length} on both, same ids`)
    } else if (route.name === "categories") {
      const ids = (body) => (body?.product_categories ?? []).map((r) => r.id).sort().join(",")
      if (!ids(mine) || ids(mine) !== ids(theirs)) throw new Error("product categories differ between the apps")
      lines.push(`categories: ${mine.product_categories.length} (of count ${mine.count}) on both, same ids`)
    } else if (route.name === "cart") {
      lines.push(`cart: a cart with a line on both (${mine}, ${theirs})`)
    } else if (route.name === "checkout") {
      lines.push(`checkout: an order on both (#${mine.display_id} total ${mine.total}, #${theirs.display_id} total ${theirs.total})`)
    }
  }
  return lines
}
