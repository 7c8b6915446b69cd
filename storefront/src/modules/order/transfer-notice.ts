/**
 * Pure rules of the buyer's "Saya sudah transfer" form: reading it, checking it with the API's own
 * schema (transferNoticeBody, whose messages are Bahasa Indonesia), the proof photo's limits, and
 * placing the backend's 400 message next to the field it is about.
 */
import { transferNoticeBody, type TransferNoticeBody } from "@karya-binaan/contracts"
import type { LapasTimeZone } from "@karya-binaan/format"

export const TRANSFER_NOTICE_FIELDS = ["amount", "transferred_on", "sender_name", "sender_bank", "proof"] as const
export type TransferNoticeField = (typeof TRANSFER_NOTICE_FIELDS)[number]

/**
 * The backend reads at most 8,000,000 bytes per request (photo and fields together): the photo
 * may take all but a little room for the text fields and the multipart framing.
 */
export const PROOF_MAX_BYTES = 7_900_000
/** The photo types the backend turns into its JPEG proof. */
export const PROOF_ACCEPT = "image/jpeg,image/png,image/webp,image/avif"

/**
 * What the Server Action hands back to the form: the API's own messages as texts (they are
 * Bahasa Indonesia), the storefront's own refusals as codes the form words with the texts the
 * page gave it.
 */
export type TransferNoticeState = {
  /** Field → what is wrong with it (the API schema's or the backend's message). */
  errors?: Partial<Record<TransferNoticeField, string>>
  /** What belongs to no field (e.g. the order is no longer waiting for this transfer). */
  message?: string
  /** The photo cannot go. */
  proof?: ProofProblem
  /** The order is unknown, or the backend could not be reached. */
  failure?: "order_missing" | "unavailable"
  /** What the buyer typed, to refill the form after a refusal. */
  values?: Partial<Record<TransferNoticeField, string>>
  /** Set when the lapas was told: what was sent. */
  sent?: { amount: number; transferred_on: string }
}

export const EMPTY_NOTICE_STATE: TransferNoticeState = {}

export function noticeHasErrors(state: TransferNoticeState | null | undefined): boolean {
  return Boolean(
    state && (state.message || state.proof || state.failure || (state.errors && Object.keys(state.errors).length > 0))
  )
}

/** YYYY-MM-DD of `now` in the lapas's zone (the day the buyer most likely transferred). */
export function todayIn(zone: LapasTimeZone, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

/** The account number as a bank app wants it pasted: "0123-01-000123-30-1" → "012301000123301". */
export function accountDigits(accountNumber: string): string {
  const digits = accountNumber.replace(/[\s.-]/g, "")
  return /^\d+$/.test(digits) ? digits : accountNumber.trim()
}

/** Whole rupiah as digits only, as a banking app's amount field takes it: 170000. */
export function amountDigits(amount: number): string {
  return String(Math.round(amount))
}

export type TransferNoticeInput = {
  orderId: string
  lapasHandle: string
  values: Record<Exclude<TransferNoticeField, "proof">, string>
  proof: File | null
}

/** The form's fields (text trimmed to sane lengths) and its photo, if one was chosen. */
export function readTransferNotice(formData: FormData): TransferNoticeInput {
  const text = (key: string, max = 300) => {
    const value = formData.get(key)
    return typeof value === "string" ? value.slice(0, max) : ""
  }
  const file = formData.get("proof")
  const proof = file && typeof file !== "string" && file.size > 0 ? (file as File) : null
  return {
    orderId: text("order_id", 100).trim(),
    lapasHandle: text("lapas_handle", 100).trim(),
    values: {
      amount: text("amount", 40),
      transferred_on: text("transferred_on", 20),
      sender_name: text("sender_name"),
      sender_bank: text("sender_bank"),
    },
    proof,
  }
}

export type ProofProblem = "too_large" | "not_image"

/** Why the photo cannot go (null when it can, or when there is none). */
export function proofProblem(proof: { size: number; type: string } | null): ProofProblem | null {
  if (!proof) return null
  if (proof.size > PROOF_MAX_BYTES) return "too_large"
  if (!PROOF_ACCEPT.split(",").includes(proof.type)) return "not_image"
  return null
}

export type TransferNoticeCheck =
  | { ok: true; body: TransferNoticeBody }
  | { ok: false; errors: Partial<Record<TransferNoticeField, string>>; message?: string }

/** The notice's fields checked with the API's schema: its first message for each wrong field. */
export function checkTransferNotice(input: TransferNoticeInput): TransferNoticeCheck {
  const { amount, transferred_on, sender_name, sender_bank } = input.values
  const parsed = transferNoticeBody.safeParse({
    lapas_handle: input.lapasHandle,
    amount: amount.trim(),
    transferred_on: transferred_on.trim(),
    ...(sender_name.trim() ? { sender_name } : {}),
    ...(sender_bank.trim() ? { sender_bank } : {}),
  })
  if (parsed.success) return { ok: true, body: parsed.data }
  const errors: Partial<Record<TransferNoticeField, string>> = {}
  let message: string | undefined
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (!(TRANSFER_NOTICE_FIELDS as readonly unknown[]).includes(field)) message ??= issue.message
    else if (!errors[field as TransferNoticeField]) errors[field as TransferNoticeField] = issue.message
  }
  return { ok: false, errors, ...(message ? { message } : {}) }
}

/** Words that tell which field a backend message is about (the API's field names and its Indonesian messages). */
const FIELD_HINTS: [TransferNoticeField, RegExp][] = [
  ["proof", /\bproof\b|\bbukti\b|\bfoto\b|\bphoto\b|\bupload\b/i],
  ["transferred_on", /\btransferred_on\b|\btanggal\b/i],
  ["sender_name", /\bsender_name\b|\bnama pengirim\b/i],
  ["sender_bank", /\bsender_bank\b|\bnama bank\b|\bbank pengirim\b/i],
  ["amount", /\bamount\b|\bjumlah\b/i],
]

/**
 * The backend's 400 message ("Invalid request: A; B", Medusa's form of the schema's messages, or
 * a rule's own sentence) split into field errors where a part names its field, the rest as a
 * message for the whole form.
 */
export function placeBackendMessage(message: string): Pick<TransferNoticeState, "errors" | "message"> {
  const parts = message
    .replace(/^Invalid request:\s*/i, "")
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
  const errors: Partial<Record<TransferNoticeField, string>> = {}
  const rest: string[] = []
  for (const part of parts) {
    const field = FIELD_HINTS.find(([, pattern]) => pattern.test(part))?.[0]
    if (field && !errors[field]) errors[field] = part
    else rest.push(part)
  }
  return {
    ...(Object.keys(errors).length > 0 ? { errors } : {}),
    ...(rest.length > 0 ? { message: rest.join(" ") } : {}),
  }
}
