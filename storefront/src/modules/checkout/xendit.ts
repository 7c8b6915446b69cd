/**
 * Pure rules of the Xendit choices on the payment step: how the channels are grouped, how a radio's
 * value names a channel, and the buyer's input checked with the contract's own schema.
 */
import {
  XENDIT_CHANNELS,
  XENDIT_CHANNEL_METHOD,
  XENDIT_CHANNEL_NAMES,
  XENDIT_PROVIDER_ID,
  xenditSessionInput,
  type XenditChannel,
  type XenditMethod,
  type XenditSessionInput,
} from "@karya-binaan/contracts"
import { formatDateTime } from "@karya-binaan/format"
import type { Locale, MessageKey, Translate } from "@/i18n"
import type { Validated } from "./validation"

/** The field of the payment form that holds the buyer's OVO number. */
export const OVO_FIELD = "ovo-number"

export type XenditGroup = { method: XenditMethod; channels: XenditChannel[] }

/** QRIS, then the virtual accounts, then the e-wallets, each in the contract's display order. */
export const XENDIT_GROUPS: XenditGroup[] = (["qris", "virtual_account", "ewallet"] as const).map((method) => ({
  method,
  channels: XENDIT_CHANNELS.filter((channel) => XENDIT_CHANNEL_METHOD[channel] === method),
}))

const SEPARATOR = ":"

/** The radio value of one channel: the provider id and the channel ("pp_xendit_xendit:QRIS"). */
export function xenditChoiceValue(channel: XenditChannel): string {
  return `${XENDIT_PROVIDER_ID}${SEPARATOR}${channel}`
}

/**
 * A radio value read back: the provider it names and, for Xendit, the channel text as sent
 * (checked later). Any other value is a plain provider id.
 */
export function parsePaymentChoice(raw: string | null | undefined): { providerId: string | null; channel: string | null } {
  if (!raw) return { providerId: null, channel: null }
  const prefix = `${XENDIT_PROVIDER_ID}${SEPARATOR}`
  if (raw.startsWith(prefix)) return { providerId: XENDIT_PROVIDER_ID, channel: raw.slice(prefix.length) }
  if (raw === XENDIT_PROVIDER_ID) return { providerId: XENDIT_PROVIDER_ID, channel: "" }
  return { providerId: raw, channel: null }
}

export type XenditField = "provider_id" | typeof OVO_FIELD

/**
 * The session input for a channel, validated with the contract's `xenditSessionInput`. The OVO
 * number is asked (and sent) only for OVO; it is rewritten to +62… as OVO wants it.
 */
export function validateXenditChoice(channel: string | null, ovoNumber: string | null): Validated<XenditSessionInput, XenditField> {
  const isOvo = channel === "OVO"
  const number = (ovoNumber ?? "").trim()
  if (isOvo && !number) return { ok: false, errors: { [OVO_FIELD]: "xendit.error.ovoRequired" } }
  const parsed = xenditSessionInput.safeParse(isOvo ? { channel, mobile_number: number } : { channel })
  if (parsed.success) return { ok: true, value: parsed.data }
  const errors: Partial<Record<XenditField, MessageKey>> = {}
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === "channel") errors.provider_id = "xendit.error.channel"
    else if (issue.path[0] === "mobile_number") errors[OVO_FIELD] = "xendit.error.ovoInvalid"
  }
  if (Object.keys(errors).length === 0) errors.provider_id = "xendit.error.channel"
  return { ok: false, errors }
}

/** The review step's sentence of what comes after placing the order. */
export function xenditReviewKey(channel: XenditChannel): MessageKey {
  if (channel === "OVO") return "xendit.reviewOvo"
  switch (XENDIT_CHANNEL_METHOD[channel]) {
    case "qris":
      return "xendit.reviewQris"
    case "virtual_account":
      return "xendit.reviewVa"
    default:
      return "xendit.reviewWallet"
  }
}

/**
 * The review step's note under "Buat pesanan": what the buyer will see once the order is placed,
 * until when (the session's expiry, in WIB: the cart's lapas zones are not known here), and that
 * the order then moves by itself.
 */
export function xenditReviewNote(channel: XenditChannel, expiresAt: string | null, t: Translate, locale: Locale): string {
  const parts = [t(xenditReviewKey(channel), { channel: XENDIT_CHANNEL_NAMES[channel] })]
  if (expiresAt) {
    try {
      parts.push(t("xendit.reviewValid", { deadline: formatDateTime(expiresAt, "Asia/Jakarta", locale) }))
    } catch {
      // An unreadable instant: the order page shows the deadline anyway.
    }
  }
  parts.push(t("xendit.reviewConfirm"))
  return parts.join(" ")
}
