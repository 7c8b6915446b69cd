import type { LapasShippingSettingsResponse } from "@karya-binaan/contracts"
import { lapasShipping, shippingLapasFor } from "../../../lib/shipping/settings"
import { memberRoute, STAFF_AND_NATIONAL } from "../../utils/member-access"
import type { ShippingQuery } from "./validators"

/**
 * The lapas's delivery (staff: their own; national: `lapas_id`): the free pickup, its courier
 * services with their rate tables, the couriers list and the provinces for the table editor.
 */
export const GET = memberRoute<unknown, ShippingQuery>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const query = req.validatedQuery as unknown as ShippingQuery
  const lapas = await shippingLapasFor(req.scope, member, query.lapas_id)
  res.json((await lapasShipping(req.scope, lapas)) satisfies LapasShippingSettingsResponse)
})
