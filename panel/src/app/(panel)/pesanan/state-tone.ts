import type { PartState } from "@karya-binaan/contracts"
import type { Tone } from "@/components/badge"

/** The badge colour of a part's state: work waiting is a warning, done is success. */
export function stateTone(state: PartState): Tone {
  switch (state) {
    case "awaiting_transfer":
    case "to_pack":
    case "to_ship":
    case "ready_for_pickup":
      return "warning"
    case "shipped":
      return "info"
    case "delivered":
    case "picked_up":
      return "success"
    case "canceled":
    case "refunded":
      return "danger"
  }
}
