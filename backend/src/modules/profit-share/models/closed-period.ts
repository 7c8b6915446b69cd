import { model } from "@medusajs/framework/utils"

/**
 * A month of one lapas that finance has closed. `month` is "YYYY-MM" in the lapas's own time
 * zone; `start_at`/`end_at` are its bounds as instants, computed at close from the lapas's zone
 * (start inclusive, end exclusive), so a later change of the lapas's zone cannot move a closed
 * month. Nothing dated in [start_at, end_at) can be booked for the lapas afterwards.
 *
 * Append-only (see Migration20261125100200): a close is never undone or edited.
 */
export const ClosedPeriod = model
  .define("closed_period", {
    id: model.id({ prefix: "clper" }).primaryKey(),
    lapas_id: model.text(),
    month: model.text(),
    start_at: model.dateTime(),
    end_at: model.dateTime(),
    closed_at: model.dateTime(),
    closed_by: model.text().nullable(),
  })
  .indexes([{ on: ["lapas_id", "month"], unique: true }])
