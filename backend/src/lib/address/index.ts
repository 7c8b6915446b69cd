import { areaProblemMessage, normaliseName, resolveAddress, splitAddress2, type AddressInput } from "@karya-binaan/areas"

/**
 * The kecamatan of an Indonesian address. The convention (any client may follow it): `province`
 * = the province's name, `city` = the kabupaten/kota's name, `address_2` = the kecamatan, or
 * "kecamatan, kelurahan" ("Gubeng" or "Gubeng, Airlangga"). Addresses written before that kept
 * the kecamatan in `metadata.district` (and left address_2 empty); they are still read.
 */

export interface StoredAddress {
  address_2?: string | null
  metadata?: Record<string, unknown> | null
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

/** The kecamatan as the address names it: address_2's first part, else the legacy metadata.district. */
export function kecamatanOf(address: StoredAddress | null | undefined): string | null {
  return text(splitAddress2(address?.address_2).district) ?? text(address?.metadata?.district)
}

/**
 * The address's second line and kecamatan as views show them (order summary, the lapas's order,
 * packing slip, e-mails: street, then `address_2`, then "Kec. <district>"):
 * - address_2 holds the area: `district` is its kecamatan and `address_2` its kelurahan (or null),
 *   so nothing is shown twice;
 * - a legacy address (metadata.district, and address_2 absent or naming something else): both as
 *   they were stored, so legacy orders read exactly as before.
 */
export function addressAreaView(address: StoredAddress | null | undefined): {
  address_2: string | null
  district: string | null
} {
  const line = text(address?.address_2)
  const legacy = text(address?.metadata?.district)
  const parts = splitAddress2(line)
  // "Kec. Tegalsari" shows as "Tegalsari": the views write "Kec." themselves.
  const kecamatan = text(parts.district?.replace(/^(kecamatan|kec\.?)\s+/i, ""))
  if (legacy && (!kecamatan || normaliseName(kecamatan) !== normaliseName(legacy))) {
    return { address_2: line, district: legacy }
  }
  return { address_2: text(parts.village), district: kecamatan }
}

/**
 * What an address being written (a cart's shipping or billing address, an address-book entry)
 * names that does not exist: an unknown province, a kabupaten/kota not in that province (or a
 * bare name that fits two), a kecamatan not in that kabupaten/kota, a kelurahan not in that
 * kecamatan. Sentences in Bahasa Indonesia naming what was typed. What is simply missing is not
 * a problem here (an address is often filled step by step); checkout asks for it.
 */
export function addressWriteProblems(address: AddressInput): string[] {
  return resolveAddress(address)
    .problems.filter((problem) => problem.kind !== "missing")
    .map(areaProblemMessage)
}
