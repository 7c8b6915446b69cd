import {
  COURIERS,
  courierByCode,
  type CourierOptionData,
  type CourierRate,
  type CourierService,
  type LapasCourierOption,
  type LapasCourierRate,
  type LapasPickupOption,
  type LapasShippingSettingsResponse,
} from "@karya-binaan/contracts"
import { findProvince, listProvinces, listRegencies, provinceByCode, regencyByCode } from "@karya-binaan/areas"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  deleteShippingOptionsWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { courierOptionDataProblems } from "../../modules/courier-rates/rate-table"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { stockLocationIdsOfLapas } from "../lapas/links"
import { notFound } from "../not-found"
import {
  COURIER_RATES_PROVIDER_ID,
  courierOptionInput,
  ensureLapasShipping,
  lapasIdsOfShippingProfiles,
  MANUAL_PROVIDER_ID,
  shippingProfileIdOfLapas,
} from "./provision"
import { referenceRates } from "./reference-rates"
import { courierOptionRules, ENABLED_IN_STORE, isEnabledInStore } from "./rules"

/**
 * A lapas's delivery as its staff keep it in the panel: the free pickup, the courier services it
 * works with and each one's rate table (the option's `data`, read by the courier-rates provider).
 * Reads and writes go through the Fulfillment Module and Medusa's shipping-option workflows; the
 * option rules follow the table (lib/shipping/rules.ts), so the store offers a courier only where
 * its table has a row. Callers have resolved the lapas the member may act for; option ids are
 * checked here to be of that lapas (else the scoped API's 404).
 */

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

type RuleRow = { id: string; attribute: string; operator: string; value: unknown }
type OptionRow = {
  id: string
  name: string
  provider_id: string
  service_zone_id: string
  shipping_profile_id: string
  data: Record<string, unknown> | null
  rules?: RuleRow[]
}

const isEnabled = (option: OptionRow) => isEnabledInStore(option.rules)

/** The lapas a member's shipping request is about: staff their own, national the one named. */
export async function shippingLapasFor(
  scope: MedusaContainer,
  member: { role: string; lapasId: string | null },
  asked: string | undefined
) {
  let lapasId: string
  if (member.role === "national") {
    if (!asked) throw invalid("lapas_id: name the lapas whose delivery you mean (national members see every lapas).")
    lapasId = asked
  } else {
    if (asked && asked !== member.lapasId) throw notFound("Lapas", asked)
    lapasId = member.lapasId!
  }
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  const [lapas] = await lapasService.listLapas({ id: lapasId }, { select: ["id", "name", "province", "city"] })
  if (!lapas) throw notFound("Lapas", lapasId)
  return lapas as { id: string; name: string; province: string; city: string }
}

async function optionsOfProfile(scope: MedusaContainer, profileId: string): Promise<OptionRow[]> {
  const fulfillment = scope.resolve(Modules.FULFILLMENT)
  const options = await fulfillment.listShippingOptions(
    { shipping_profile_id: profileId },
    {
      select: ["id", "name", "provider_id", "service_zone_id", "shipping_profile_id", "data", "created_at"],
      relations: ["rules"],
      order: { created_at: "ASC" },
    }
  )
  return options as unknown as OptionRow[]
}

function rateRow(rate: CourierRate): LapasCourierRate {
  const province = provinceByCode(rate.zone)
  if (province) {
    return { ...rate, kind: "province", zone_name: province.name, province_code: province.code, province_name: province.name }
  }
  const regency = regencyByCode(rate.zone)
  const provinceCode = regency?.province_code ?? rate.zone.split(".")[0]
  return {
    ...rate,
    kind: "regency",
    zone_name: regency?.name ?? rate.zone,
    province_code: provinceCode,
    province_name: provinceByCode(provinceCode)?.name ?? provinceCode,
  }
}

/** Province rows first (by name), each followed by its kabupaten/kota overrides. */
function sortedRates(rates: LapasCourierRate[]) {
  return [...rates].sort(
    (a, b) =>
      a.province_name.localeCompare(b.province_name, "id") ||
      (a.kind === b.kind ? a.zone_name.localeCompare(b.zone_name, "id") : a.kind === "province" ? -1 : 1)
  )
}

function courierView(option: OptionRow): LapasCourierOption {
  const data = (option.data ?? {}) as Partial<CourierOptionData>
  const courier = courierByCode(data.courier)
  const service = courier?.services[data.service as CourierService]
  return {
    id: option.id,
    courier: data.courier ?? "",
    courier_name: courier?.name ?? data.courier ?? "",
    service: data.service as CourierService,
    service_code: service?.code ?? String(data.service ?? ""),
    name: option.name,
    enabled: isEnabled(option),
    min_kg: service?.min_kg ?? null,
    max_kg: service?.max_kg ?? null,
    rates: sortedRates((Array.isArray(data.rates) ? data.rates : []).map(rateRow)),
  }
}

function pickupView(option: OptionRow): LapasPickupOption {
  return { id: option.id, name: option.name, enabled: isEnabled(option) }
}

let provincesCache: LapasShippingSettingsResponse["provinces"] | null = null
function provincesForEditor() {
  provincesCache ??= listProvinces().map((p) => ({
    code: p.code,
    name: p.name,
    regencies: listRegencies(p.code).map((r) => ({ code: r.code, name: r.name })),
  }))
  return provincesCache
}

/** The lapas's profile, made on the spot for a lapas registered before shipping was provisioned. */
async function profileOf(scope: MedusaContainer, lapasId: string) {
  return (await shippingProfileIdOfLapas(scope, lapasId)) ?? (await ensureLapasShipping(scope, lapasId)).shippingProfileId
}

export async function lapasShipping(
  scope: MedusaContainer,
  lapas: { id: string; name: string; province: string }
): Promise<LapasShippingSettingsResponse> {
  const profileId = await profileOf(scope, lapas.id)
  const options = await optionsOfProfile(scope, profileId)
  const pickup = options.find((o) => o.provider_id === MANUAL_PROVIDER_ID)
  return {
    lapas: { id: lapas.id, name: lapas.name, province: lapas.province, province_code: findProvince(lapas.province)?.code ?? null },
    pickup: pickup ? pickupView(pickup) : null,
    couriers: options.filter((o) => o.provider_id === COURIER_RATES_PROVIDER_ID).map(courierView),
    catalogue: [...COURIERS],
    provinces: provincesForEditor(),
  }
}

/**
 * A courier option the member may change: of the lapas named (staff: theirs), or for a national
 * member (lapasId null) of any lapas. Anything else, pickup included, is the scoped API's 404.
 */
export async function requireCourierOption(scope: MedusaContainer, lapasId: string | null, optionId: string) {
  const fulfillment = scope.resolve(Modules.FULFILLMENT)
  const [option] = (await fulfillment.listShippingOptions(
    { id: optionId },
    { select: ["id", "name", "provider_id", "service_zone_id", "shipping_profile_id", "data"], relations: ["rules"] }
  )) as unknown as OptionRow[]
  if (!option || option.provider_id !== COURIER_RATES_PROVIDER_ID) throw notFound("Shipping option", optionId)
  const owner = (await lapasIdsOfShippingProfiles(scope, [option.shipping_profile_id])).get(option.shipping_profile_id)
  if (!owner || (lapasId && owner !== lapasId)) throw notFound("Shipping option", optionId)
  return { option, lapasId: owner }
}

async function lapasRow(scope: MedusaContainer, lapasId: string) {
  const lapasService: LapasModuleService = scope.resolve(LAPAS_MODULE)
  return (await lapasService.retrieveLapas(lapasId, { select: ["id", "name", "province"] })) as unknown as {
    id: string
    name: string
    province: string
  }
}

async function shippingZoneOf(scope: MedusaContainer, lapasId: string) {
  const [locationId] = await stockLocationIdsOfLapas(scope, lapasId)
  if (locationId) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "stock_location",
      fields: ["fulfillment_sets.type", "fulfillment_sets.service_zones.id"],
      filters: { id: locationId },
    })
    const sets = ((data[0] as any)?.fulfillment_sets ?? []) as { type: string; service_zones?: { id: string }[] }[]
    const zone = sets.find((s) => s?.type === "shipping")?.service_zones?.[0]?.id
    if (zone) return zone
  }
  throw invalid("This lapas has no delivery set up yet; ask a national administrator to provision its shipping.")
}

async function readCourier(scope: MedusaContainer, optionId: string) {
  const fulfillment = scope.resolve(Modules.FULFILLMENT)
  const [option] = (await fulfillment.listShippingOptions(
    { id: optionId },
    { select: ["id", "name", "provider_id", "service_zone_id", "shipping_profile_id", "data"], relations: ["rules"] }
  )) as unknown as OptionRow[]
  return courierView(option)
}

/** Adds a courier service to the lapas, priced by the reference tariff from its province. */
export async function addCourierOption(scope: MedusaContainer, lapasId: string, courierCode: string, service: CourierService) {
  const courier = courierByCode(courierCode)
  if (!courier) {
    throw invalid(`courier: "${courierCode}" is not in the couriers list (${COURIERS.map((c) => c.code).join(", ")}).`)
  }
  if (!courier.services[service]) {
    throw invalid(`${courier.name} has no ${service} service; it offers ${Object.keys(courier.services).join(", ")}.`)
  }
  const lapas = await lapasRow(scope, lapasId)
  const profileId = await profileOf(scope, lapasId)
  const existing = (await optionsOfProfile(scope, profileId)).filter((o) => o.provider_id === COURIER_RATES_PROVIDER_ID)
  const same = existing.find((o) => o.data?.courier === courier.code && o.data?.service === service)
  if (same) {
    throw invalid(`This lapas already has ${same.name}; edit its rate table or switch it on instead of adding it again.`)
  }
  const origin = findProvince(lapas.province)?.code ?? "31"
  const input = courierOptionInput(
    lapas,
    { shippingZoneId: await shippingZoneOf(scope, lapasId), shippingProfileId: profileId },
    { courier: courier.code, service, rates: referenceRates(origin, courier.code, service) }
  )
  const { result } = await createShippingOptionsWorkflow(scope).run({ input: [input] })
  return readCourier(scope, result[0].id)
}

/** The table as stored: one row per zone, in the order staff gave them. */
function cleanRates(rates: CourierRate[]): CourierRate[] {
  return rates.map((r) => ({
    zone: String(r.zone).trim(),
    per_kg: r.per_kg,
    etd_min_days: r.etd_min_days,
    etd_max_days: r.etd_max_days,
  }))
}

/**
 * A new rate table and/or on/off for a courier option. The whole table is checked first (a 400
 * listing every problem, nothing written); then the option's data and its rules are updated in
 * one workflow: `destination_province` follows the table, `enabled_in_store` the switch.
 */
export async function updateCourierOption(
  scope: MedusaContainer,
  option: OptionRow,
  lapasId: string,
  change: { rates?: CourierRate[]; enabled?: boolean }
) {
  const current = (option.data ?? {}) as unknown as CourierOptionData
  const data: CourierOptionData = {
    courier: current.courier,
    service: current.service,
    rates: change.rates ? cleanRates(change.rates) : current.rates,
  }
  const problems = courierOptionDataProblems(data)
  if (problems.length) {
    throw invalid(`The rate table has ${problems.length} problem${problems.length > 1 ? "s" : ""}: ${problems.join(" ")}`)
  }
  const enabled = change.enabled ?? isEnabled(option)
  const wanted = courierOptionRules(lapasId, data).map((rule) =>
    rule.attribute === ENABLED_IN_STORE ? { ...rule, value: enabled ? "true" : "false" } : rule
  )
  // Rules keep their ids where the attribute and operator stay, so Medusa updates them in place.
  const existing = [...(option.rules ?? [])]
  const rules = wanted.map((rule) => {
    const index = existing.findIndex((r) => r.attribute === rule.attribute && r.operator === rule.operator)
    if (index < 0) return rule
    const [match] = existing.splice(index, 1)
    return { id: match.id, ...rule }
  })
  await updateShippingOptionsWorkflow(scope).run({
    input: [{ id: option.id, data: data as unknown as Record<string, unknown>, rules: rules as any }],
  })
  if (existing.length) {
    await scope.resolve(Modules.FULFILLMENT).deleteShippingOptionRules(existing.map((r) => r.id))
  }
  return readCourier(scope, option.id)
}

/**
 * Removes a courier service. Orders shipped with it keep it on record (their parts find their
 * lapas through the option, lib/order-parts/rows.ts), so such an option is only switched off; the
 * last courier service of a lapas stays (switch it off instead), so the lapas can always ship.
 */
export async function removeCourierOption(scope: MedusaContainer, option: OptionRow, lapasId: string) {
  const profileId = option.shipping_profile_id
  const couriers = (await optionsOfProfile(scope, profileId)).filter((o) => o.provider_id === COURIER_RATES_PROVIDER_ID)
  if (couriers.length <= 1) {
    throw invalid(`${option.name} is this lapas's last courier service; switch it off instead of deleting it.`)
  }
  const used = await scope
    .resolve(Modules.ORDER)
    .listOrderShippingMethods({ shipping_option_id: option.id } as any, { select: ["id"], take: 1 })
  if (used.length) {
    await updateCourierOption(scope, option, lapasId, { enabled: false })
    return { deleted: false, disabled: true }
  }
  await deleteShippingOptionsWorkflow(scope).run({ input: { ids: [option.id] } })
  return { deleted: true, disabled: false }
}
