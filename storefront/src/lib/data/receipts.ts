import "server-only"
import { RECEIPT_FORMATS, type PublicReceipt, type PublicReceiptResponse, type ReceiptFormat } from "@karya-binaan/contracts"
import { getBackendUrl, getPublishableKey } from "../config"
import { toShopError } from "./customer"
import { getSdk } from "./sdk"

/**
 * `GET /store/receipts/:token`: a direct sale's receipt for its buyer (the token of the link the
 * cashier gave, /struk/<token>); null for an unknown token. Never cached: a sale can be voided.
 */
export async function getReceipt(token: string): Promise<PublicReceipt | null> {
  try {
    const { receipt } = await getSdk().client.fetch<PublicReceiptResponse>(`/store/receipts/${encodeURIComponent(token)}`, {
      method: "GET",
      cache: "no-store",
    })
    return receipt
  } catch (error) {
    const failure = toShopError(error)
    if (failure.status === 404 || failure.status === 400) return null
    throw failure
  }
}

export function isReceiptFormat(value: unknown): value is ReceiptFormat {
  return typeof value === "string" && (RECEIPT_FORMATS as readonly string[]).includes(value)
}

/**
 * The receipt's PDF from `GET /store/receipts/:token/pdf?format=`, as the backend answered it
 * (status, headers, body), for the storefront's own /struk/<token>/pdf link: a browser link
 * cannot carry the publishable key.
 */
export async function fetchReceiptPdf(token: string, format: ReceiptFormat, signal?: AbortSignal): Promise<Response> {
  const url = `${getBackendUrl()}/store/receipts/${encodeURIComponent(token)}/pdf?format=${format}`
  const key = getPublishableKey()
  return fetch(url, { headers: key ? { "x-publishable-api-key": key } : {}, cache: "no-store", signal })
}
