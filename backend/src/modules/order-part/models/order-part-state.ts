import { model } from "@medusajs/framework/utils"

/**
 * One lapas's part of an order as the lapas order list pages it: which order and lapas, the
 * order's number and time (the list's sort), the part's position within its order (the tie-break)
 * and the state it was in when last computed, with the part as the list shows it. A derived row: src/lib/order-parts/part-states.ts
 * computes the state with the parts' one rule (lib/order-parts/state.ts) and writes it; the table
 * can be rebuilt at any time.
 */
export const OrderPartState = model
  .define("order_part_state", {
    id: model.id({ prefix: "ops" }).primaryKey(),
    order_id: model.text(),
    lapas_id: model.text(),
    display_id: model.number(),
    /** The order's created_at, to the millisecond (as the parts show it). */
    order_created_at: model.dateTime(),
    /** The part's place among its order's parts (partOrder; parts canceled on their own last). */
    position: model.number(),
    state: model.text(),
    /** The panel tab of the state (tabOfState). */
    tab: model.text(),
    /** The part as the list answers it (OrderPart of @karya-binaan/contracts), written with the state. */
    part: model.json(),
  })
  .indexes([
    { on: ["order_id", "lapas_id"], unique: true },
  ])
