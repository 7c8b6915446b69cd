import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { courierByCode, type CourierOptionData, type CourierService } from "@karya-binaan/contracts"
import { findProvince } from "@karya-binaan/areas"
import LapasShippingProfileLink from "../../links/lapas-shipping-profile"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { productIdsOfLapas, stockLocationIdsOfLapas } from "../lapas/links"
import { courierServiceName, DEFAULT_COURIER_SERVICES, referenceRates, SERVICE_LABELS } from "./reference-rates"
import { courierOptionRules, pickupOptionRules } from "./rules"

/**
 * What a lapas needs to sell online, made idempotently (the seed, the migration script and the
 * registration of a new lapas all call it): a stock location linked to the store's sales channel
 * with a shipping and a pickup fulfillment set, its own shipping profile, free pickup at the lapas
 * and courier options priced by the national reference tariff until staff edit their table.
 */

export const MANUAL_PROVIDER_ID = "manual_manual"
export const COURIER_RATES_PROVIDER_ID = "courier-rates_courier-rates"

type Count = (what: string, n?: number) => void

export interface LapasShipping {
  lapasId: string
  stockLocationId: string
  shippingProfileId: string
}

export async function shippingProfileIdOfLapas(scope: MedusaContainer, lapasId: string): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasShippingProfileLink.entryPoint,
    fields: ["shipping_profile_id"],
    filters: { lapas_id: lapasId },
  })
  return (data[0] as { shipping_profile_id?: string } | undefined)?.shipping_profile_id ?? null
}

/** Shipping profile id → lapas id. */
export async function lapasIdsOfShippingProfiles(scope: MedusaContainer, profileIds: string[]) {
  const result = new Map<string, string>()
  const ids = [...new Set(profileIds.filter(Boolean))]
  if (!ids.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: LapasShippingProfileLink.entryPoint,
    fields: ["lapas_id", "shipping_profile_id"],
    filters: { shipping_profile_id: ids },
  })
  for (const row of data as { lapas_id: string; shipping_profile_id: string }[]) {
    result.set(row.shipping_profile_id, row.lapas_id)
  }
  return result
}

async function ensureStockLocation(container: MedusaContainer, lapas: LapasRow, count: Count) {
  const [existing] = await stockLocationIdsOfLapas(container, lapas.id)
  if (existing) return existing
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: lapas.name,
          address: {
            address_1: lapas.address ?? lapas.name,
            city: lapas.city,
            province: lapas.province,
            country_code: "id",
          },
          metadata: { lapas_handle: lapas.handle, time_zone: lapas.time_zone },
        },
      ],
    },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [LAPAS_MODULE]: { lapas_id: lapas.id },
    [Modules.STOCK_LOCATION]: { stock_location_id: result[0].id },
  })
  count("stock location")
  return result[0].id
}

async function ensureLocationSetup(container: MedusaContainer, lapas: LapasRow, locationId: string, count: Count) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id", "fulfillment_sets.type"],
    filters: { id: locationId },
  })
  const current = data[0] as {
    sales_channels?: { id: string }[]
    fulfillment_providers?: { id: string }[]
    fulfillment_sets?: { id: string; type: string }[]
  }
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  const channelId = store?.default_sales_channel_id
  if (channelId && !(current.sales_channels ?? []).some((c) => c?.id === channelId)) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [channelId] } })
  }
  for (const providerId of [MANUAL_PROVIDER_ID, COURIER_RATES_PROVIDER_ID]) {
    if (!(current.fulfillment_providers ?? []).some((p) => p?.id === providerId)) {
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
      })
    }
  }
  for (const type of ["shipping", "pickup"] as const) {
    if ((current.fulfillment_sets ?? []).some((s) => s?.type === type)) continue
    const set = await fulfillment.createFulfillmentSets({
      name: `${lapas.name}: ${type === "shipping" ? "pengiriman" : "ambil di tempat"}`,
      type,
      service_zones: [
        {
          name: type === "shipping" ? `Seluruh Indonesia dari ${lapas.city}` : lapas.name,
          geo_zones: [{ type: "country", country_code: "id" }],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
    count("fulfillment set")
  }
  const { data: withZones } = await query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
    filters: { id: locationId },
  })
  const sets = (withZones[0]?.fulfillment_sets ?? []) as { type: string; service_zones: { id: string }[] }[]
  const zoneOf = (type: string) => {
    const zone = sets.find((s) => s?.type === type)?.service_zones?.[0]?.id
    if (!zone) throw new Error(`${lapas.name} has no ${type} service zone`)
    return zone
  }
  return { shippingZoneId: zoneOf("shipping"), pickupZoneId: zoneOf("pickup") }
}

async function ensureProfile(container: MedusaContainer, lapas: LapasRow, count: Count) {
  const existing = await shippingProfileIdOfLapas(container, lapas.id)
  if (existing) return existing
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `Lapas: ${lapas.name} (${lapas.handle})`, type: "lapas" }] },
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [LAPAS_MODULE]: { lapas_id: lapas.id },
    [Modules.FULFILLMENT]: { shipping_profile_id: result[0].id },
  })
  count("shipping profile")
  return result[0].id
}

export function courierOptionName(lapasName: string, courier: string, service: CourierService) {
  return `${courierServiceName(courier, service)} dari ${lapasName}`
}

/** A courier option's input for createShippingOptionsWorkflow (also used by the panel's screen). */
export function courierOptionInput(
  lapas: { id: string; name: string },
  ids: { shippingZoneId: string; shippingProfileId: string },
  data: CourierOptionData
) {
  const courier = courierByCode(data.courier)!
  return {
    name: courierOptionName(lapas.name, data.courier, data.service),
    price_type: "calculated" as const,
    provider_id: COURIER_RATES_PROVIDER_ID,
    service_zone_id: ids.shippingZoneId,
    shipping_profile_id: ids.shippingProfileId,
    data: data as unknown as Record<string, unknown>,
    type: {
      label: `${courier.name} ${SERVICE_LABELS[data.service]}`,
      description: `${courierServiceName(data.courier, data.service)}: ongkos menurut berat dan tujuan`,
      code: `${data.courier}-${data.service}`,
    },
    rules: courierOptionRules(lapas.id, data),
  }
}

async function ensureOptions(
  container: MedusaContainer,
  lapas: LapasRow,
  ids: { shippingZoneId: string; pickupZoneId: string; shippingProfileId: string },
  count: Count
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions(
    { shipping_profile_id: ids.shippingProfileId },
    { select: ["id", "data", "provider_id", "service_zone_id"] }
  )
  const inputs: any[] = []
  if (!existing.some((o) => o.service_zone_id === ids.pickupZoneId)) {
    inputs.push({
      name: `Ambil di ${lapas.name}`,
      price_type: "flat",
      provider_id: MANUAL_PROVIDER_ID,
      service_zone_id: ids.pickupZoneId,
      shipping_profile_id: ids.shippingProfileId,
      type: { label: "Ambil di lapas", description: `Ambil sendiri di ${lapas.name}, ${lapas.city}`, code: "pickup" },
      prices: [{ currency_code: "idr", amount: 0 }],
      rules: pickupOptionRules(lapas.id),
    })
  }
  const hasCourierOptions = existing.some((o) => o.provider_id === COURIER_RATES_PROVIDER_ID)
  if (!hasCourierOptions) {
    const origin = findProvince(lapas.province)?.code ?? "31"
    for (const { courier, service } of DEFAULT_COURIER_SERVICES) {
      inputs.push(
        courierOptionInput(lapas, ids, { courier, service, rates: referenceRates(origin, courier, service) })
      )
    }
  }
  if (inputs.length) {
    await createShippingOptionsWorkflow(container).run({ input: inputs })
    count("shipping option", inputs.length)
  }
}

/** Moves the lapas's products into its shipping profile (products made before profiles existed). */
async function ensureProductsInProfile(container: MedusaContainer, lapasId: string, profileId: string, count: Count) {
  const productIds = await productIdsOfLapas(container, lapasId)
  if (!productIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { id: productIds },
  })
  const stray = (data as { id: string; shipping_profile?: { id: string } | null }[])
    .filter((p) => p.shipping_profile?.id !== profileId)
    .map((p) => p.id)
  if (!stray.length) return
  await updateProductsWorkflow(container).run({
    input: { products: stray.map((id) => ({ id, shipping_profile_id: profileId })) },
  })
  count("product moved to its lapas's shipping profile", stray.length)
}

type LapasRow = {
  id: string
  handle: string
  name: string
  city: string
  province: string
  address?: string | null
  time_zone?: string | null
}

export async function ensureLapasShipping(
  container: MedusaContainer,
  lapasId: string,
  count: Count = () => {}
): Promise<LapasShipping> {
  const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
  const lapas = (await lapasService.retrieveLapas(lapasId)) as unknown as LapasRow
  const stockLocationId = await ensureStockLocation(container, lapas, count)
  const zones = await ensureLocationSetup(container, lapas, stockLocationId, count)
  const shippingProfileId = await ensureProfile(container, lapas, count)
  await ensureOptions(container, lapas, { ...zones, shippingProfileId }, count)
  await ensureProductsInProfile(container, lapas.id, shippingProfileId, count)
  return { lapasId, stockLocationId, shippingProfileId }
}
