import type { LapasCourierOptionResponse } from "@karya-binaan/contracts"
import { addCourierOption, shippingLapasFor } from "../../../../lib/shipping/settings"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../utils/member-access"
import type { AddCourier } from "../validators"

/**
 * Adds a courier service to the lapas (national: `lapas_id`), priced by the reference tariff from
 * the lapas's province until staff edit the table. 400 when the courier has no such service or
 * the lapas already has it.
 */
export const POST = memberRoute<AddCourier>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as AddCourier
  const lapas = await shippingLapasFor(req.scope, member, body.lapas_id)
  const courier = await addCourierOption(req.scope, lapas.id, body.courier, body.service)
  res.status(201).json({ courier } satisfies LapasCourierOptionResponse)
})
