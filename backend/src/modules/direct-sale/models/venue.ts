import { model } from "@medusajs/framework/utils"

export const VENUE_KIND_VALUES = ["event", "showroom", "gate", "cooperative"] as const

/**
 * Where a lapas sells directly: an event (pameran, bazaar, Temu Bisnis) with its own Medusa
 * stock location, or its showroom, gate or staff cooperative, which sell from the lapas's own
 * location. Every lapas has one showroom, gate and cooperative venue (made on first use).
 */
export const Venue = model
  .define("direct_sale_venue", {
    id: model.id({ prefix: "venue" }).primaryKey(),
    lapas_id: model.text(),
    kind: model.enum([...VENUE_KIND_VALUES]),
    name: model.text(),
    place: model.text().nullable(),
    /** Events only: first and last day, YYYY-MM-DD in the lapas's calendar. */
    starts_on: model.text().nullable(),
    ends_on: model.text().nullable(),
    /** Events only: the Medusa stock location holding the stock taken to the event. */
    stock_location_id: model.text().nullable(),
    /** The largest discount a cashier may give here, in basis points of the sale. */
    max_discount_bp: model.number().default(0),
    closed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["lapas_id", "kind"] }])
