import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { ReportTimeZone } from "../../modules/profit-share/reports/period"
import { closePeriodMonthStep } from "./steps/period-close-month"
import { periodCloseOrderStep } from "./steps/period-close-order"
import { validatePeriodCloseStep } from "./steps/period-close-validate"

export interface ClosePeriodInput {
  /** The lapas is the caller's to close (the route checks that). */
  lapas_id: string
  lapas_name: string
  time_zone: ReportTimeZone
  /** YYYY-MM */
  month: string
  closed_by: string | null
}

/**
 * Closes a month of a lapas once it has ended in the lapas's zone and every earlier month of the
 * lapas with activity is closed (refused naming the open months). After the close nothing dated
 * in it can be booked and no deposit for it recorded. Returns `{ closed }`, or `{ conflict }`
 * with the close on record.
 */
export const closePeriodWorkflow = createWorkflow("close-period", (input: ClosePeriodInput) => {
  const bounds = validatePeriodCloseStep(
    transform({ input }, ({ input }) => ({
      month: input.month,
      lapas_name: input.lapas_name,
      time_zone: input.time_zone,
    }))
  )
  periodCloseOrderStep(
    transform({ input, bounds }, ({ input, bounds }) => ({
      lapas_id: input.lapas_id,
      time_zone: input.time_zone,
      month: input.month,
      start_at: bounds.start_at,
    }))
  )
  const result = closePeriodMonthStep(
    transform({ input, bounds }, ({ input, bounds }) => ({
      lapas_id: input.lapas_id,
      month: input.month,
      start_at: bounds.start_at,
      end_at: bounds.end_at,
      closed_by: input.closed_by,
    }))
  )
  return new WorkflowResponse(result)
})
