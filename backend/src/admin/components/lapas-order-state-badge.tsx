import type { PartState } from "@karya-binaan/contracts"
import { StatusBadge } from "@medusajs/ui"
import { lapasOrderMessages } from "../lib/lapas-orders-messages"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Orange: waiting for the buyer; blue: the lapas must act; purple: on its way; green: done. */
const COLORS: Record<PartState, Color> = {
  awaiting_transfer: "orange",
  to_pack: "blue",
  to_ship: "blue",
  ready_for_pickup: "purple",
  shipped: "purple",
  delivered: "green",
  picked_up: "green",
  canceled: "red",
}

/** A part's state ("Menunggu transfer", "Perlu dikemas"…) as a status badge. */
export function LapasOrderStateBadge({ state }: { state: PartState }) {
  return (
    <StatusBadge color={COLORS[state] ?? "grey"} className="whitespace-nowrap">
      {lapasOrderMessages.labels.state[state] ?? state}
    </StatusBadge>
  )
}
