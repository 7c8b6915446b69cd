import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ensureLapasShipping, lapasIdsOfShippingProfiles } from "../lib/shipping/provision"
import { cartLapasAttribute, ENABLED_IN_STORE, isEnabledInStore } from "../lib/shipping/rules"
import { LAPAS_MODULE } from "../modules/lapas"
import type LapasModuleService from "../modules/lapas/service"

/** How the options of the one shared shipping profile were named before each lapas had its own. */
const OLD_COURIER_PREFIX = "Kurir (JNE, J&T, SiCepat, Pos Indonesia) dari "
const OLD_PICKUP_PREFIX = "Ambil di "

export interface LapasShippingMigration {
  /** What ensureLapasShipping made (profiles, options, products moved…), by kind. */
  created: Record<string, number>
  /** Old flat options switched off for the store. */
  retired_option_ids: string[]
}

type OptionRow = {
  id: string
  name: string
  shipping_profile_id: string | null
  rules?: { id: string; attribute: string; operator: string; value: unknown }[]
}

/**
 * An option of the old shape: named as the old seed named them, in a profile of no lapas, and
 * without the `cart_lapas.<id>` rule that keeps an option to carts with its lapas's products.
 */
function isOldFlatOption(option: OptionRow, lapasProfiles: Map<string, string>) {
  const named = option.name.startsWith(OLD_COURIER_PREFIX) || option.name.startsWith(OLD_PICKUP_PREFIX)
  const inLapasProfile = !!option.shipping_profile_id && lapasProfiles.has(option.shipping_profile_id)
  const scoped = (option.rules ?? []).some((r) => r?.attribute?.startsWith(cartLapasAttribute("")))
  return named && !inLapasProfile && !scoped
}

/**
 * Databases made before shipping per lapas: every lapas gets its own shipping profile with its
 * options and its products (ensureLapasShipping), and the old flat options of the shared default
 * profile ("Kurir (JNE, J&T, SiCepat, Pos Indonesia) dari …", "Ambil di …") are switched off for the
 * store: their `enabled_in_store` rule becomes "false". They are never deleted, as old orders'
 * shipping methods point at them. Running it again changes nothing.
 */
export async function migrateLapasShipping(container: MedusaContainer): Promise<LapasShippingMigration> {
  const lapasService: LapasModuleService = container.resolve(LAPAS_MODULE)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const created: Record<string, number> = {}
  const count = (what: string, n = 1) => {
    created[what] = (created[what] ?? 0) + n
  }
  const lapasRows = await lapasService.listLapas({}, { select: ["id"] })
  for (const lapas of lapasRows) {
    await ensureLapasShipping(container, lapas.id, count)
  }

  const options = (await fulfillment.listShippingOptions(
    {},
    { select: ["id", "name", "shipping_profile_id"], relations: ["rules"] }
  )) as unknown as OptionRow[]
  const lapasProfiles = await lapasIdsOfShippingProfiles(
    container,
    options.map((o) => o.shipping_profile_id).filter((id): id is string => !!id)
  )
  const retired: string[] = []
  for (const option of options.filter((o) => isOldFlatOption(o, lapasProfiles))) {
    if (!isEnabledInStore(option.rules)) continue
    const rule = (option.rules ?? []).find((r) => r?.attribute === ENABLED_IN_STORE)
    if (rule) {
      await fulfillment.updateShippingOptionRules({ id: rule.id, attribute: ENABLED_IN_STORE, operator: "eq", value: "false" })
    } else {
      await fulfillment.createShippingOptionRules({
        shipping_option_id: option.id,
        attribute: ENABLED_IN_STORE,
        operator: "eq",
        value: "false",
      })
    }
    retired.push(option.id)
  }
  return { created, retired_option_ids: retired }
}

export default async function lapasShippingProfiles({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { created, retired_option_ids } = await migrateLapasShipping(container)
  const made = Object.entries(created).map(([what, n]) => `${n} × ${what}`)
  if (made.length || retired_option_ids.length) {
    logger.info(
      `Shipping per lapas: ${made.join(", ") || "nothing new"}; ${retired_option_ids.length} old flat option(s) switched off for the store.`
    )
  }
}
