import type { z } from "@medusajs/framework/zod"
import { ClosePeriodSchema } from "../close/validators"

/** GET /lapas-api/periods/preview: the same lapas and month as the close it previews. */
export const ClosePeriodPreviewSchema = ClosePeriodSchema
export type ClosePeriodPreview = z.infer<typeof ClosePeriodPreviewSchema>
