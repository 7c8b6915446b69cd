import type { LedgerEntryKind } from "@karya-binaan/contracts"
import { Badge } from "@medusajs/ui"
import { moneyMessages } from "../lib/money-messages"

const KIND_COLOR: Record<LedgerEntryKind, "green" | "orange" | "purple"> = {
  sale: "green",
  refund: "orange",
  correction: "purple",
}

/** Penjualan / Refund / Koreksi. */
export function LedgerKindBadge({ kind }: { kind: LedgerEntryKind }) {
  return (
    <Badge size="2xsmall" color={KIND_COLOR[kind] ?? "grey"}>
      {moneyMessages.labels.kind[kind] ?? kind}
    </Badge>
  )
}
