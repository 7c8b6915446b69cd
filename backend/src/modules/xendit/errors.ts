import { MedusaError } from "@medusajs/framework/utils"

/** What Xendit answered when it refused a call (xendit-node's XenditSdkError, or our own fetch of /split_rules). */
export interface XenditRefusal {
  status?: number
  errorCode?: string
  errorMessage?: string
}

function refusalOf(error: unknown): XenditRefusal | null {
  if (typeof error !== "object" || error === null) return null
  const e = error as Record<string, unknown>
  if (e.name !== "XenditSdkError" && e.name !== "XenditRefusal") return null
  return {
    status: typeof e.status === "number" ? e.status : undefined,
    errorCode: typeof e.errorCode === "string" ? e.errorCode : undefined,
    errorMessage: typeof e.errorMessage === "string" ? e.errorMessage : undefined,
  }
}

/**
 * A Medusa error a buyer or a developer can act on, from whatever a Xendit call threw: Xendit's
 * error_code and message when it answered, "tidak dapat dihubungi" when it did not. The secret
 * key is never part of a message.
 */
export function xenditError(error: unknown, what: string): MedusaError {
  if (error instanceof MedusaError) return error
  const refusal = refusalOf(error)
  if (!refusal) {
    const reason = error instanceof Error ? error.message : String(error)
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Xendit tidak dapat dihubungi untuk ${what} (${reason}); coba lagi sebentar lagi.`
    )
  }
  const detail = [refusal.errorCode, refusal.errorMessage].filter(Boolean).join(": ") || "tanpa keterangan"
  const status = refusal.status ?? 0
  if (status === 401 || status === 403) {
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Xendit menolak kunci API untuk ${what} (HTTP ${status}, ${detail}); periksa XENDIT_SECRET_KEY dan izinnya.`
    )
  }
  if (status === 404) return new MedusaError(MedusaError.Types.NOT_FOUND, `Xendit tidak menemukan ${what} (${detail}).`)
  if (status === 409) {
    return new MedusaError(MedusaError.Types.CONFLICT, `Xendit menolak ${what} karena bentrok dengan permintaan sebelumnya (HTTP 409, ${detail}).`)
  }
  if (status >= 400 && status < 500) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, `Xendit menolak ${what} (HTTP ${status}, ${detail}).`)
  }
  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Xendit sedang bermasalah saat ${what} (HTTP ${status || "?"}, ${detail}); coba lagi sebentar lagi.`
  )
}

/** The error our own fetch of /split_rules throws, shaped like xendit-node's so xenditError reads both. */
export class XenditRefusalError extends Error implements XenditRefusal {
  override name = "XenditRefusal"
  constructor(
    readonly status: number,
    readonly errorCode?: string,
    readonly errorMessage?: string
  ) {
    super(`Xendit answered HTTP ${status}${errorCode ? ` ${errorCode}` : ""}`)
  }
}
