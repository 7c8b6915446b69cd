import type { CourierOptionData } from "@karya-binaan/contracts"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import path from "node:path"
import { appModule } from "../app"
import { failureOf, loginAs } from "../helpers"
import { defineSuite, demoSeed } from "../runner"
import {
  chargeableKg,
  expectedCourierAmount,
  JAYAPURA_ADDRESS,
  PAPUA_PROVINCE,
  rateRow,
  SURABAYA_ADDRESS,
  SURABAYA_PROVINCE,
  type QuoteLine,
} from "../shipping-quotes"
import type { SeedResult } from "../../src/scripts/seed-demo"

// Loaded as the app loaded them: they import link definitions (see app.ts).
const { shippingProfileIdOfLapas } = appModule<typeof import("../../src/lib/shipping/provision")>(
  "src/lib/shipping/provision"
)
const { migrateLapasShipping } = appModule<typeof import("../../src/migration-scripts/lapas-shipping-profiles")>(
  "src/migration-scripts/lapas-shipping-profiles"
)

// Medusa's workflows as the app loaded them, not a second copy through Vitest.
const { updateProductsWorkflow, createShippingOptionsWorkflow } = createRequire(
  path.join(__dirname, "..", "..", "package.json")
)("@medusajs/medusa/core-flows")

const A = "lapas-bojonegoro"
const B = "lapas-surabaya"
const C = "lapas-semarang"
const LIGHT: Record<string, string> = { [A]: "jahe-instan", [B]: "batik-tulis-porong", [C]: "keranjang-rotan-sintetis" }
const SOFA = "set-sofa-rotan-sintetis"
/** The courier services and pickup a light parcel is offered by default (no cargo under 10 kg). */
const LIGHT_PARCEL_CODES = ["jne-express", "jne-regular", "jnt-regular", "pickup", "pos-regular", "sicepat-regular"]

/**
 * Shipping the Medusa way: one shipping profile per lapas, the options of a cart's lapas only
 * (setShippingOptionsContext + option rules), Medusa's own shipping-methods route keeping one
 * method per profile, courier prices from the lapas's rate table by chargeable weight and
 * destination, and the migration of databases made before.
 */
export default defineSuite({
  testSuite: ({ api, getContainer }) => {
    let seeded: SeedResult
    const lapasId: Record<string, string> = {}
    const profileOf: Record<string, string> = {}
    const variantOf: Record<string, string> = {}
    const store = () => ({ headers: { "x-publishable-api-key": seeded.publishableKey } })

    async function newCart(lines: QuoteLine[], address: Record<string, unknown> = SURABAYA_ADDRESS) {
      const { data } = await api.post(
        `/store/carts`,
        {
          region_id: seeded.regionId,
          email: "pembeli@example.com",
          items: lines.map((l) => ({ variant_id: variantOf[l.handle], quantity: l.quantity })),
          shipping_address: address,
        },
        store()
      )
      return data.cart.id as string
    }

    /** GET /store/shipping-options?cart_id=, as any Medusa storefront lists them. */
    async function listed(cartId: string) {
      const { data } = await api.get(
        `/store/shipping-options?cart_id=${cartId}&fields=+type.code,+data`,
        store()
      )
      return data.shipping_options as any[]
    }

    const codesOf = (options: any[]) => options.map((o) => o.type.code).sort()

    /** A lapas's option of a type ("jne-regular", "pickup"), read from the fulfillment module. */
    async function optionOf(lapas: string, code: string) {
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const options = await fulfillment.listShippingOptions(
        { shipping_profile_id: profileOf[lapas] },
        { select: ["id", "name", "data", "price_type"], relations: ["type"] }
      )
      const option = options.find((o: any) => o.type?.code === code)
      if (!option) throw new Error(`${lapas} has no ${code} option`)
      return option as unknown as { id: string; name: string; data: CourierOptionData }
    }

    const addMethod = (cartId: string, optionId: string) =>
      api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: optionId }, store())

    const methodsOf = async (cartId: string) => {
      const { data } = await api.get(
        `/store/carts/${cartId}?fields=id,shipping_total,*shipping_methods`,
        store()
      )
      return data.cart as { shipping_total: number; shipping_methods: any[] }
    }

    /** "<product id> <shipping profile id>" of the given products (or all), sorted. */
    async function profilesOfProducts(ids?: string[]) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "shipping_profile.id"],
        ...(ids ? { filters: { id: ids } } : {}),
      })
      return (data as any[]).map((p) => `${p.id} ${p.shipping_profile?.id ?? null}`).sort()
    }

    beforeAll(async () => {
      seeded = demoSeed()
      const lapasService: any = getContainer().resolve("lapas")
      for (const handle of [A, B, C]) {
        const [row] = await lapasService.listLapas({ handle }, { select: ["id"] })
        lapasId[handle] = row.id
        profileOf[handle] = (await shippingProfileIdOfLapas(getContainer(), row.id))!
      }
      for (const handle of [...Object.values(LIGHT), SOFA, "kursi-makan-jati"]) {
        const { data } = await api.get(`/store/products?handle=${handle}&fields=variants.id`, store())
        variantOf[handle] = data.products[0].variants[0].id
      }
    })

    describe("listing for a cart", () => {
      it("offers a one-lapas cart only that lapas's options", async () => {
        const cartId = await newCart([{ handle: LIGHT[A], quantity: 2 }])
        const options = await listed(cartId)
        expect(options.map((o) => o.shipping_profile_id)).toEqual(options.map(() => profileOf[A]))
        expect(codesOf(options)).toEqual(LIGHT_PARCEL_CODES)
        // Every lapas has options; the other seven's are all left out.
        const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
        const all = await fulfillment.listShippingOptions({}, { select: ["id"] })
        expect(all.length).toBeGreaterThan(options.length * 7)
      })

      it("offers a two-lapas cart both lapas's options and nothing else", async () => {
        const cartId = await newCart([
          { handle: LIGHT[A], quantity: 1 },
          { handle: LIGHT[C], quantity: 1 },
        ])
        const options = await listed(cartId)
        const byProfile = (lapas: string) => options.filter((o) => o.shipping_profile_id === profileOf[lapas])
        expect(codesOf(byProfile(A))).toEqual(LIGHT_PARCEL_CODES)
        expect(codesOf(byProfile(C))).toEqual(LIGHT_PARCEL_CODES)
        expect(options).toHaveLength(2 * LIGHT_PARCEL_CODES.length)
      })
    })

    describe("shipping methods through Medusa's own route", () => {
      it("refuses another lapas's option and keeps the cart as it was", async () => {
        const cartId = await newCart([{ handle: LIGHT[A], quantity: 1 }])
        const foreign = await optionOf(C, "jne-regular")
        const failure = await failureOf(addMethod(cartId, foreign.id))
        // Medusa's own refusal: the option is not among those listed for this cart.
        expect(failure).toEqual({ status: 400, message: "Shipping Options are invalid for cart." })
        expect((await methodsOf(cartId)).shipping_methods).toEqual([])
      })

      it("keeps lapas A's method when lapas C's is added, and replaces only A's on a new choice for A", async () => {
        const lines = [
          { handle: LIGHT[A], quantity: 3 },
          { handle: LIGHT[C], quantity: 1 },
        ]
        const cartId = await newCart(lines)
        const regA = await optionOf(A, "jne-regular")
        const pickupC = await optionOf(C, "pickup")
        await addMethod(cartId, regA.id)
        await addMethod(cartId, pickupC.id)
        let cart = await methodsOf(cartId)
        const amountA = expectedCourierAmount(regA.data, [lines[0]], SURABAYA_PROVINCE)
        expect(cart.shipping_methods.map((m) => [m.shipping_option_id, Number(m.amount)]).sort()).toEqual(
          [
            [regA.id, amountA],
            [pickupC.id, 0],
          ].sort()
        )
        expect(Number(cart.shipping_total)).toBe(amountA)

        const pickupA = await optionOf(A, "pickup")
        await addMethod(cartId, pickupA.id)
        cart = await methodsOf(cartId)
        expect(cart.shipping_methods.map((m) => m.shipping_option_id).sort()).toEqual([pickupA.id, pickupC.id].sort())
        expect(Number(cart.shipping_total)).toBe(0)
      })

      it("drops a lapas's method when its products leave the cart, so completion never sees it", async () => {
        const cartId = await newCart([
          { handle: LIGHT[A], quantity: 1 },
          { handle: LIGHT[C], quantity: 1 },
        ])
        const regA = await optionOf(A, "jne-regular")
        const regC = await optionOf(C, "jne-regular")
        await addMethod(cartId, regA.id)
        await addMethod(cartId, regC.id)
        const { data } = await api.get(`/store/carts/${cartId}?fields=items.id,items.variant_id`, store())
        const lineC = data.cart.items.find((i: any) => i.variant_id === variantOf[LIGHT[C]])
        await api.delete(`/store/carts/${cartId}/line-items/${lineC.id}`, store())
        const cart = await methodsOf(cartId)
        expect(cart.shipping_methods.map((m) => m.shipping_option_id)).toEqual([regA.id])
      })
    })

    describe("courier prices by weight and destination", () => {
      it("prices a 50 kg rattan sofa set to Papua by its volumetric 96 kg on JNE JTR; no parcel service, free pickup", async () => {
        const product = getContainer().resolve(Modules.PRODUCT)
        const [sofa] = await product.listProducts({ handle: SOFA }, { select: ["id"] })
        await product.updateProducts(sofa.id, { weight: 50_000 })
        const lines = [{ handle: SOFA, quantity: 1, weight_grams: 50_000 }]
        // 120 × 80 × 60 cm / 6000 = 96 kg, more than the 50 kg it weighs.
        expect(chargeableKg(lines)).toBe(96)

        const cartId = await newCart(lines, JAYAPURA_ADDRESS)
        const options = await listed(cartId)
        expect(codesOf(options)).toEqual(["jne-cargo", "pickup"])
        const pickup = options.find((o) => o.type.code === "pickup")
        expect([pickup.price_type, Number(pickup.amount)]).toEqual(["flat", 0])

        const jtr = options.find((o) => o.type.code === "jne-cargo")
        const papua = rateRow(jtr.data as CourierOptionData, PAPUA_PROVINCE)
        const { data } = await api.post(`/store/shipping-options/${jtr.id}/calculate`, { cart_id: cartId }, store())
        expect(data.shipping_option.calculated_price).toMatchObject({
          calculated_amount: papua.per_kg * 96,
          courier: "jne",
          service: "cargo",
          chargeable_kg: 96,
          etd_min_days: papua.etd_min_days,
          etd_max_days: papua.etd_max_days,
        })
        expect(Number(data.shipping_option.amount)).toBe(papua.per_kg * 96)

        // JNE REG and YES take parcels up to 30 kg: Medusa's own route refuses them for the sofa.
        for (const code of ["jne-regular", "jne-express"]) {
          const parcel = await optionOf(C, code)
          expect((await failureOf(addMethod(cartId, parcel.id))).status).toBe(400)
        }
        await addMethod(cartId, jtr.id)
        expect(Number((await methodsOf(cartId)).shipping_total)).toBe(papua.per_kg * 96)
      })
    })

    describe("a product the national office creates in Medusa's admin for a lapas", () => {
      it("ships in that lapas's profile whatever profile the admin picked, so its couriers are offered", async () => {
        const national = await loginAs(api, "admin@karyabinaan.test")
        const { data } = await api.post(
          `/admin/products`,
          {
            title: "Kotak Pensil Kayu",
            status: "published",
            // Another lapas's profile, as a hurried admin might pick it.
            shipping_profile_id: profileOf[B],
            additional_data: { lapas_id: lapasId[A] },
            sales_channels: [{ id: seeded.salesChannelId }],
            options: [{ title: "Ukuran", values: ["Standar"] }],
            variants: [
              {
                title: "Standar",
                options: { Ukuran: "Standar" },
                manage_inventory: false,
                prices: [{ currency_code: "idr", amount: 35_000 }],
              },
            ],
          },
          national
        )
        const productId = data.product.id as string
        expect(await profilesOfProducts([productId])).toEqual([`${productId} ${profileOf[A]}`])

        const { data: read } = await api.get(`/admin/products/${productId}?fields=variants.id`, national)
        variantOf.pensil = read.product.variants[0].id
        const options = await listed(await newCart([{ handle: "pensil", quantity: 1 }]))
        expect(new Set(options.map((o) => o.shipping_profile_id))).toEqual(new Set([profileOf[A]]))
        expect(codesOf(options)).toEqual(LIGHT_PARCEL_CODES)
      })
    })

    describe("migration of a database made before shipping per lapas", () => {
      it("moves stray products into their lapas's profile and switches the old flat options off, once", async () => {
        const container = getContainer()
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const product = container.resolve(Modules.PRODUCT)
        // The old shape: the shared default profile, a product of A in it and an old flat option.
        const [defaultProfile] = (await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })).length
          ? await fulfillment.listShippingProfiles({ type: "default" }, { select: ["id"] })
          : [await fulfillment.createShippingProfiles({ name: "Default Shipping Profile", type: "default" })]
        const [jahe] = await product.listProducts({ handle: LIGHT[A] }, { select: ["id"] })
        await updateProductsWorkflow(container).run({
          input: { products: [{ id: jahe.id, shipping_profile_id: defaultProfile.id }] },
        })
        const regA = await fulfillment.retrieveShippingOption((await optionOf(A, "jne-regular")).id, {
          select: ["service_zone_id"],
        })
        const { result } = await createShippingOptionsWorkflow(container).run({
          input: [
            {
              name: `Kurir (JNE, J&T, SiCepat, Pos Indonesia) dari Lapas Lama`,
              price_type: "flat",
              provider_id: "manual_manual",
              service_zone_id: regA.service_zone_id,
              shipping_profile_id: defaultProfile.id,
              type: { label: "Kurir tarif tetap", description: "Tarif tetap", code: "flat-courier" },
              prices: [{ currency_code: "idr", amount: 25_000 }],
              rules: [
                { attribute: "enabled_in_store", value: "true", operator: "eq" },
                { attribute: "is_return", value: "false", operator: "eq" },
              ],
            },
          ],
        })
        const oldOption = result[0].id
        const cartId = await newCart([{ handle: LIGHT[A], quantity: 1 }])
        expect((await listed(cartId)).map((o) => o.id)).toContain(oldOption)

        const first = await migrateLapasShipping(container)
        expect(first.retired_option_ids).toEqual([oldOption])
        expect(first.created).toEqual({ "product moved to its lapas's shipping profile": 1 })
        expect(await profilesOfProducts([jahe.id])).toEqual([`${jahe.id} ${profileOf[A]}`])
        const kept = await fulfillment.retrieveShippingOption(oldOption, { relations: ["rules"] })
        expect(kept.rules.find((r) => r.attribute === "enabled_in_store")?.value).toBe("false")
        const listedNow = await listed(await newCart([{ handle: LIGHT[A], quantity: 1 }]))
        expect(listedNow.map((o) => o.id)).not.toContain(oldOption)
        expect(codesOf(listedNow)).toEqual(LIGHT_PARCEL_CODES)

        const snapshot = async () => ({
          options: (await fulfillment.listShippingOptions({}, { select: ["id", "shipping_profile_id"], relations: ["rules"] }))
            .map((o: any) => ({
              id: o.id,
              profile: o.shipping_profile_id,
              rules: o.rules.map((r: any) => `${r.attribute} ${r.operator} ${JSON.stringify(r.value)}`).sort(),
            }))
            .sort((a, b) => a.id.localeCompare(b.id)),
          profiles: (await fulfillment.listShippingProfiles({}, { select: ["id"] })).map((p) => p.id).sort(),
          products: await profilesOfProducts(),
        })
        const before = await snapshot()
        const second = await migrateLapasShipping(container)
        expect(second).toEqual({ created: {}, retired_option_ids: [] })
        expect(await snapshot()).toEqual(before)
      })
    })
  },
})
