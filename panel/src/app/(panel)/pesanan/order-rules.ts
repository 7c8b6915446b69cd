import { courierByCode, ORDER_TAB_KEYS, type MemberRole, type OrderPart, type OrderTab, type PartFulfillment } from "@karya-binaan/contracts"

/**
 * What the orders screens decide without the backend: the tab and search from the address, the
 * actions a member may take on a part in its state, and the checks of the forms before they are
 * sent (the backend checks the same again).
 */

export function parseTab(value: string | undefined): OrderTab | undefined {
  return (ORDER_TAB_KEYS as readonly string[]).includes(value ?? "") ? (value as OrderTab) : undefined
}

/** The order number searched for ("#1042" or "1042"), null when the text is no number, undefined when empty. */
export function parseOrderNumber(value: string | undefined): string | null | undefined {
  const text = (value ?? "").trim()
  if (!text) return undefined
  const match = /^#?(\d{1,12})$/.exec(text)
  return match ? match[1] : null
}

export function listHref(options: { tab?: OrderTab; q?: string }) {
  const params = new URLSearchParams()
  if (options.tab) params.set("tab", options.tab)
  if (options.q) params.set("q", options.q)
  const query = params.toString()
  return query ? `/pesanan?${query}` : "/pesanan"
}

export interface PartActions {
  confirmTransfer: boolean
  pack: boolean
  print: boolean
  /** Courier packages waiting for courier and resi. */
  ship: PartFulfillment[]
  /** Packages to mark delivered (shipped) or picked up (ready at the lapas). */
  receive: PartFulfillment[]
  cancel: boolean
}

/**
 * The buyer has said "Saya sudah transfer" for a part still awaiting its transfer: the list marks
 * it, so the lapas checks its account statement for that order first.
 */
export function buyerSaysTransferred(part: OrderPart): boolean {
  return part.state === "awaiting_transfer" && !!part.transfer?.notice && !part.transfer.confirmation
}

const live = (part: OrderPart) => part.fulfilments.filter((f) => !f.canceled_at)

/** The actions a member of this role may take on the part now. Finance only confirms transfers. */
export function actionsFor(role: MemberRole, part: OrderPart): PartActions {
  const staff = role === "lapas_staff" || role === "national"
  // A canceled or fully refunded part has no work left: no action of any kind.
  const open = part.state !== "canceled" && part.state !== "refunded"
  return {
    confirmTransfer: open && part.state === "awaiting_transfer" && !!part.transfer && !part.transfer.confirmation,
    pack: staff && part.state === "to_pack",
    print: staff && open && part.state !== "awaiting_transfer",
    ship: staff && open ? live(part).filter((f) => f.kind === "courier" && !f.shipped_at) : [],
    receive: staff && open
      ? live(part).filter((f) => !f.delivered_at && (f.kind === "pickup" || !!f.shipped_at))
      : [],
    cancel:
      staff && ["awaiting_transfer", "to_pack", "to_ship", "ready_for_pickup"].includes(part.state) &&
      !live(part).some((f) => f.shipped_at || f.delivered_at),
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> }

/** The transfer form: whole rupiah equal to the expected amount, a day, a photo of at most 8 MB. */
export function checkTransferForm(
  input: { amount: string; day: string; proof: File | null },
  expected: number
): Checked<{ amount: number; day: string; proof: File | null }> {
  const errors: Record<string, string> = {}
  const cleaned = input.amount.replace(/[.\s]/g, "").replace(/^Rp/i, "")
  const amount = /^\d{1,15}$/.test(cleaned) ? Number(cleaned) : NaN
  if (!Number.isSafeInteger(amount) || amount <= 0) errors.amount = "confirm.amountInvalid"
  else if (amount !== expected) errors.amount = "confirm.amountMismatch"
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.day)) errors.transferred_on = "confirm.dayInvalid"
  const proof = input.proof && input.proof.size > 0 ? input.proof : null
  if (proof && proof.size > 8_000_000) errors.proof = "confirm.proofTooLarge"
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { amount, day: input.day, proof } }
}

/** The ship form: a courier from the list (its code) and the resi without spaces. */
export function checkShipForm(input: { courier: string; resi: string }): Checked<{ courier: string; resi: string }> {
  const errors: Record<string, string> = {}
  const courier = courierByCode(input.courier)?.code ?? ""
  const resi = input.resi.trim().replace(/\s+/g, "")
  if (!courier) errors.courier = "ship.courierInvalid"
  if (!/^[A-Za-z0-9-]{6,40}$/.test(resi)) errors.resi = "ship.resiInvalid"
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: { courier, resi } }
}

export function checkCancelForm(input: { reason: string }): Checked<{ reason: string }> {
  const reason = input.reason.trim()
  if (reason.length < 5 || reason.length > 500) return { ok: false, errors: { reason: "cancel.reasonInvalid" } }
  return { ok: true, value: { reason } }
}
