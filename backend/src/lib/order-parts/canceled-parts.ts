import type { OrderLine, PartCancelCause, PartCancellation, PartShipping } from "@karya-binaan/contracts"

/**
 * A part canceled on its own (cancelOrderPartWorkflow) leaves the order through Medusa's order
 * edit: its lines and shipping are no longer in the order's current version. What the part was,
 * when and why it was canceled and what was refunded for it are kept on the order's metadata
 * under CANCELED_PARTS_KEY, so the lapas and the buyer still see the part, as canceled.
 */

export const CANCELED_PARTS_KEY = "canceled_parts"

export interface CanceledPartRecord extends PartCancellation {
  lapas_id: string
  /** The member who canceled it; null for the unpaid-transfer job. */
  canceled_by: string | null
  /** The part's lines as they were (quantities before the edit). */
  items: (OrderLine & { product_id: string | null })[]
  shipping: PartShipping | null
  /** The part's transfer confirmation, when one was recorded before it was canceled. */
  confirmation_id: string | null
}

const CAUSES: readonly string[] = ["unpaid", "member"] satisfies readonly PartCancelCause[]

/** The canceled parts recorded on an order's metadata; malformed entries are skipped. */
export function canceledPartsOf(metadata: Record<string, unknown> | null | undefined): CanceledPartRecord[] {
  const value = metadata?.[CANCELED_PARTS_KEY]
  if (!Array.isArray(value)) return []
  return value.filter(
    (r): r is CanceledPartRecord =>
      !!r &&
      typeof r === "object" &&
      typeof (r as CanceledPartRecord).lapas_id === "string" &&
      typeof (r as CanceledPartRecord).canceled_at === "string" &&
      CAUSES.includes((r as CanceledPartRecord).cause) &&
      Array.isArray((r as CanceledPartRecord).items)
  )
}

/** The metadata with one more canceled part (a part already recorded is replaced, never doubled). */
export function withCanceledPart(
  metadata: Record<string, unknown> | null | undefined,
  record: CanceledPartRecord
): Record<string, unknown> {
  const others = canceledPartsOf(metadata).filter((r) => r.lapas_id !== record.lapas_id)
  return { ...(metadata ?? {}), [CANCELED_PARTS_KEY]: [...others, record] }
}

/** A part's cancellation as the API shows it (without the lines and the member). */
export function cancellationView(record: CanceledPartRecord): PartCancellation {
  return {
    canceled_at: record.canceled_at,
    cause: record.cause,
    reason: record.reason,
    due_at: record.due_at,
    refunded_amount: record.refunded_amount,
  }
}
