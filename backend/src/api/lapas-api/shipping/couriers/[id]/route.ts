import type { CourierRate, LapasCourierDeleteResponse, LapasCourierOptionResponse } from "@karya-binaan/contracts"
import { removeCourierOption, requireCourierOption, updateCourierOption } from "../../../../../lib/shipping/settings"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import type { UpdateCourier } from "../../validators"

const lapasOf = (member: { role: string; lapasId: string | null }) => (member.role === "national" ? null : member.lapasId)

/**
 * A new rate table (the whole table; 400 listing every problem, nothing written) and/or switching
 * the courier service on or off. Another lapas's option is a 404.
 */
export const POST = memberRoute<UpdateCourier>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const { option, lapasId } = await requireCourierOption(req.scope, lapasOf(member), req.params.id)
  const body = req.validatedBody as UpdateCourier
  const courier = await updateCourierOption(req.scope, option, lapasId, {
    rates: body.rates as CourierRate[] | undefined,
    enabled: body.enabled,
  })
  res.json({ courier } satisfies LapasCourierOptionResponse)
})

/**
 * Deletes a courier service; one that orders were shipped with is switched off instead (they
 * keep it on record), and the lapas's last courier service stays (400: switch it off instead).
 */
export const DELETE = memberRoute(STAFF_AND_NATIONAL, async (req, res, member) => {
  const { option, lapasId } = await requireCourierOption(req.scope, lapasOf(member), req.params.id)
  const outcome = await removeCourierOption(req.scope, option, lapasId)
  res.json({ id: option.id, object: "shipping_option", ...outcome } satisfies LapasCourierDeleteResponse)
})
