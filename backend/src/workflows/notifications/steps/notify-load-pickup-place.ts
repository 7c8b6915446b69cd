import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pickupPlace } from "../../../lib/notifications/order-email-facts"

/** Where a lapas's pickup part waits (the lapas's name and address); null (logged) when it cannot be read. Reads only. */
export const loadPickupPlaceStep = createStep(
  "notify-load-pickup-place",
  async (input: { lapas_id: string; order_id: string }, { container }) => {
    const place = await pickupPlace(container, input.lapas_id).catch((error) => {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Pickup email: order ${input.order_id}: ${error}`)
      return null
    })
    return new StepResponse(place)
  }
)
