import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fulfillmentFacts } from "../../../lib/notifications/order-email-facts"

/** A fulfillment's order, lapas, courier and resi; null (logged) when they cannot be read. Reads only. */
export const loadFulfillmentForEmailStep = createStep(
  "notify-load-fulfillment",
  async (input: { fulfillment_id: string }, { container }) => {
    const facts = await fulfillmentFacts(container, input.fulfillment_id).catch((error) => {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(`Order email: fulfilment ${input.fulfillment_id}: ${error}`)
      return null
    })
    return new StepResponse(facts)
  }
)
