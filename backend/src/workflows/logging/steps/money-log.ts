import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { moneyLog, type MoneyLogFields, type MoneyStep } from "../../../lib/logging/money-log"

/**
 * One money log line from inside a workflow, where a step that did the work cannot tell whether
 * the rest of the workflow (a capture, a refund) went through: placed after those steps, it logs
 * only when they did. Logs, changes nothing, so there is nothing to compensate.
 */
export const moneyLogStep = createStep(
  "money-log",
  async (input: { step: MoneyStep; fields: MoneyLogFields }, { container }) => {
    moneyLog(container, input.step, input.fields)
    return new StepResponse(undefined)
  }
)
