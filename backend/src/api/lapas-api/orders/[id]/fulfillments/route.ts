import type { OrderPartResponse } from "@karya-binaan/contracts"
import { Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { stockLocationIdsOfLapas } from "../../../../../lib/lapas/links"
import { READY_FOR_PICKUP_EVENT } from "../../../../../workflows/order-parts/order-part-events"
import { memberRoute, notInScope, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import { currentPart, partToActOn, refuse } from "../../scope"
import type { FulfillPart } from "./validators"

/**
 * The lapas packs its part from its own stock location (every open line, or the lines named,
 * each of which must be a line of the caller's part): a courier part is then waiting to be
 * shipped, a pickup part is ready to be picked up (and the buyer is told).
 */
export const POST = memberRoute<FulfillPart>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as FulfillPart
  const orderId = req.params.id
  const { part } = await partToActOn(req.scope, member, orderId, body.lapas_id)

  // Every named line belongs to this part, before anything else is looked at.
  const lines = new Map(part.items.map((item) => [item.id, item]))
  for (const asked of body.items ?? []) {
    if (!lines.has(asked.id)) throw notInScope("Order line", asked.id)
  }
  if (part.state === "canceled") throw refuse(`Order #${part.display_id} is canceled.`)
  if (part.state === "awaiting_transfer") {
    throw refuse(
      `${part.lapas.name}'s part of order #${part.display_id} is not paid yet: confirm the transfer before packing.`
    )
  }
  const openOf = (id: string) => {
    const line = lines.get(id)!
    return line.quantity - line.fulfilled_quantity
  }
  let items: { id: string; quantity: number }[]
  if (body.items) {
    const asked = new Map<string, number>()
    for (const item of body.items) asked.set(item.id, (asked.get(item.id) ?? 0) + item.quantity)
    for (const [id, quantity] of asked) {
      if (quantity > openOf(id)) {
        throw refuse(`Only ${openOf(id)} unit(s) of "${lines.get(id)!.title}" are left to pack; you asked for ${quantity}.`)
      }
    }
    items = [...asked].map(([id, quantity]) => ({ id, quantity }))
  } else {
    items = part.items.map((item) => ({ id: item.id, quantity: openOf(item.id) })).filter((item) => item.quantity > 0)
  }
  if (!items.length) throw refuse(`Every item of ${part.lapas.name}'s part of order #${part.display_id} is already packed.`)

  const locationId = part.internal.location_id ?? (await stockLocationIdsOfLapas(req.scope, part.lapas.id))[0]
  if (!locationId) {
    throw refuse(`${part.lapas.name} has no stock location to ship from; ask the national office to set one up.`)
  }
  const kind = part.shipping?.kind ?? "courier"
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      items,
      location_id: locationId,
      shipping_option_id: part.shipping?.option_id ?? undefined,
      created_by: member.memberId,
      // The buyer hears about courier parts when they ship, about pickup parts right now.
      no_notification: true,
      metadata: { lapas_id: part.lapas.id, kind },
    },
  })
  if (kind === "pickup") {
    await req.scope.resolve(Modules.EVENT_BUS).emit({
      name: READY_FOR_PICKUP_EVENT,
      data: { order_id: orderId, lapas_id: part.lapas.id, fulfillment_id: fulfillment.id },
    })
  }
  res.json({ part: await currentPart(req.scope, orderId, part.lapas.id) } satisfies OrderPartResponse)
})
