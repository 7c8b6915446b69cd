/**
 * Runs inside the Medusa app (`medusa exec ../bench/shipping-run.ts` from backend/, started by
 * bench/shipping.mjs): makes BENCH_CARTS two-lapas carts to addresses all over Indonesia (every
 * fourth with a 96 kg sofa set, which only cargo takes), then times, per cart, each step of the
 * delivery choice. Prints p50/p95 in ms.
 */
import { createRequire } from "node:module"
import path from "node:path"
import { summary } from "./lib/figures"

const fromBackend = createRequire(path.join(process.cwd(), "package.json"))
const { ContainerRegistrationKeys } = fromBackend("@medusajs/framework/utils")
const flows = fromBackend("@medusajs/medusa/core-flows")
const { seedDemoData } = fromBackend("./src/scripts/seed-demo")
const { PRODUCTS } = fromBackend("./src/scripts/demo-data/catalogue")
const { cartShippingGroups } = fromBackend("./src/lib/checkout/lapas-shipping")
const { shippingOptionsContextOf } = fromBackend("./src/lib/shipping/cart-parcels")
const areas = fromBackend("@karya-binaan/areas")


async function timed<T>(into: number[], work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await work()
  into.push(performance.now() - started)
  return result
}

export default async function bench({ container }: { container: any }) {
  const carts = Number(process.env.BENCH_CARTS || 200)
  const warmup = 5
  const log = (m: string) => console.log(m)
  const seeded = await seedDemoData(container, { renderImages: false })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const variantOf = async (handle: string) => {
    const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle } })
    return data[0].variants[0].id as string
  }
  const jahe = await variantOf("jahe-instan")
  const sofa = await variantOf("set-sofa-rotan-sintetis")
  const tas = await variantOf(PRODUCTS.find((p: any) => p.lapas === "lapas-ambarawa").handle)

  // One address per province: its first kabupaten/kota and that one's first kecamatan.
  const destinations = areas.listProvinces().map((province: any) => {
    const regency = areas.listRegencies(province.code)[0]
    const district = areas.listDistricts(regency.code)[0]
    return { province: province.name, city: regency.name, address_2: district.name }
  })

  const context: number[] = []
  const listed: number[] = []
  const priced: number[] = []
  const groupsTimes: number[] = []
  const adding: number[] = []
  let options = 0

  for (let i = 0; i < carts + warmup; i++) {
    const destination = destinations[i % destinations.length]
    const { result: cart } = await flows.createCartWorkflow(container).run({
      input: {
        region_id: seeded.regionId,
        sales_channel_id: seeded.salesChannelId,
        email: `bench+${i}@example.com`,
        items: [
          { variant_id: jahe, quantity: 1 + (i % 3) },
          { variant_id: i % 4 === 0 ? sofa : tas, quantity: 1 },
        ],
        shipping_address: {
          first_name: "Bench",
          last_name: "Pembeli",
          address_1: "Jl. Merdeka 1",
          ...destination,
          postal_code: "10110",
          phone: "081234567890",
          country_code: "id",
        },
      },
    })
    const measure = i >= warmup
    const sink = (values: number[]) => (measure ? values : [])
    await timed(sink(context), () => shippingOptionsContextOf(container, cart.id))
    await timed(sink(listed), () =>
      flows.listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id, is_return: false } })
    )
    const { result } = await timed(sink(priced), () =>
      flows.listShippingOptionsForCartWithPricingWorkflow(container).run({ input: { cart_id: cart.id, is_return: false } })
    )
    if (measure) options += result.length
    const groups = await timed(sink(groupsTimes), () => cartShippingGroups(container, cart.id))
    if (groups.length !== 2 || groups.some((g: any) => !g.options.length)) {
      throw new Error(`Cart ${cart.id} to ${destination.city} has ${groups.length} lapas groups or one without options`)
    }
    await timed(sink(adding), () =>
      flows.addShippingMethodToCartWorkflow(container).run({
        input: { cart_id: cart.id, options: groups.map((g: any) => ({ id: g.options[0].id })) },
      })
    )
  }

  log("")
  log(
    `Delivery per lapas: ${carts} carts, 2 lapas each, to ${destinations.length} provinces, ` +
      `${(options / carts).toFixed(1)} options per cart on average (ms)`
  )
  log(summary("rules context (lapas, parcel kg, province)", context, 44))
  log(summary("list options (GET /store/shipping-options)", listed, 44))
  log(summary("list options with prices (courier-rates)", priced, 44))
  log(summary("per-lapas groups (GET …/lapas-shipping)", groupsTimes, 44))
  log(summary("add one method per lapas", adding, 44))
}
