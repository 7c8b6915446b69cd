import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { createVenueStep } from "./steps/direct-sale-create-venue"

export interface CreateEventVenueInput {
  lapas_id: string
  lapas_name: string
  name: string
  place: string | null
  starts_on: string
  ends_on: string
  max_discount_bp: number
  location_name: string
}

/**
 * An event a lapas sells at: its own Medusa stock location (stock is moved to it and back; it is
 * linked to no sales channel, so the web shop never sells from it) and its venue record.
 */
export const createEventVenueWorkflow = createWorkflow("create-event-venue", (input: CreateEventVenueInput) => {
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      locations: [{ name: input.location_name, metadata: { lapas_id: input.lapas_id, direct_sale_event: true } }],
    })),
  })
  const venue = createVenueStep(
    transform({ input, locations }, ({ input, locations }) => ({
      lapas_id: input.lapas_id,
      kind: "event" as const,
      name: input.name,
      place: input.place,
      starts_on: input.starts_on,
      ends_on: input.ends_on,
      max_discount_bp: input.max_discount_bp,
      stock_location_id: locations[0].id,
    }))
  )
  return new WorkflowResponse(venue)
})
