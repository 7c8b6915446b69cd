import type { CourierOptionData } from "@karya-binaan/contracts"
import type { Parcel, ParcelLine, QuoteResult } from "./rate-table"

/** Biteship (https://biteship.com) as the rate source when BITESHIP_API_KEY is set. */
export interface BiteshipOptions {
  apiKey: string
  /** Defaults to https://api.biteship.com; the contract tests point it at a local recorder. */
  baseUrl?: string
}

export interface BiteshipQuoteRequest {
  option: CourierOptionData
  origin_postal_code: string
  destination_postal_code: string
  lines: ParcelLine[]
  parcel: Parcel
  /** Declared value of the goods, whole rupiah. */
  value: number
}

export async function quoteByBiteship(_options: BiteshipOptions, _request: BiteshipQuoteRequest): Promise<QuoteResult> {
  throw new Error("Biteship rates are not wired yet")
}
