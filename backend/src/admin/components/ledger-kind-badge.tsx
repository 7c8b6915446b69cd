import { Badge } from "@medusajs/ui"
import { moneyMessages } from "../lib/money-messages"
import type { LedgerKind } from "../lib/money-types"

const KIND_COLOR: Record<LedgerKind, "green" | "orange" | "purple"> = {
  sale: "green",
  refund: "orange",
  correction: "purple",
}

/** Penjualan / Refund / Koreksi. */
export function LedgerKindBadge({ kind }: { kind: LedgerKind }) {
  return (
    <Badge size="2xsmall" color={KIND_COLOR[kind] ?? "grey"}>
      {moneyMessages.labels.kind[kind] ?? kind}
    </Badge>
  )
}
