/**
 * Couriers and courier rates. Every lapas ships with couriers from this list (never free text);
 * each of its courier options is one courier service priced by the lapas's rate table (whole
 * rupiah per kilogram per destination zone). The rate table is the option's `data` in Medusa,
 * read by the `courier-rates` fulfillment provider.
 */

export const COURIER_SERVICES = ["regular", "express", "cargo"] as const
export type CourierService = (typeof COURIER_SERVICES)[number]

export interface CourierServiceDefinition {
  /** The courier's own name of the service, as on its receipts ("REG", "YES", "JTR"). */
  code: string
  /**
   * The service's code at the shipping aggregator: Biteship's `courier_service_code` in its courier
   * list (GET /v1/couriers) and in the `pricing[]` of POST /v1/rates/couriers.
   */
  aggregator_code: string
  /** Chargeable weight limits of the service, in kilograms. */
  min_kg?: number
  max_kg?: number
}

export interface CourierDefinition {
  code: string
  name: string
  /** Public tracking page; `{resi}` is replaced by the URL-encoded tracking number. */
  tracking_url: string
  services: Partial<Record<CourierService, CourierServiceDefinition>>
}

/** Parcels heavier than this go by cargo; lighter than the cargo minimum go by parcel services. */
export const PARCEL_MAX_KG = 30
export const CARGO_MIN_KG = 10

export const COURIERS: readonly CourierDefinition[] = [
  {
    code: "jne",
    name: "JNE",
    tracking_url: "https://www.jne.co.id/tracking-package?awb={resi}",
    services: {
      regular: { code: "REG", aggregator_code: "reg", max_kg: PARCEL_MAX_KG },
      express: { code: "YES", aggregator_code: "yes", max_kg: PARCEL_MAX_KG },
      cargo: { code: "JTR", aggregator_code: "jtr", min_kg: CARGO_MIN_KG },
    },
  },
  {
    code: "jnt",
    name: "J&T Express",
    tracking_url: "https://jet.co.id/track?awb={resi}",
    services: {
      regular: { code: "EZ", aggregator_code: "ez", max_kg: PARCEL_MAX_KG },
    },
  },
  {
    code: "sicepat",
    name: "SiCepat",
    tracking_url: "https://www.sicepat.com/checkAwb?awb={resi}",
    services: {
      regular: { code: "REG", aggregator_code: "reg", max_kg: PARCEL_MAX_KG },
      express: { code: "BEST", aggregator_code: "best", max_kg: PARCEL_MAX_KG },
      cargo: { code: "GOKIL", aggregator_code: "gokil", min_kg: CARGO_MIN_KG },
    },
  },
  {
    code: "pos",
    name: "Pos Indonesia",
    tracking_url: "https://www.posindonesia.co.id/id/tracking?barcode={resi}",
    services: {
      regular: { code: "Kilat Khusus", aggregator_code: "reguler", max_kg: PARCEL_MAX_KG },
      express: { code: "Express", aggregator_code: "next_day", max_kg: PARCEL_MAX_KG },
    },
  },
  {
    code: "anteraja",
    name: "AnterAja",
    tracking_url: "https://anteraja.id/tracking?resi={resi}",
    services: {
      regular: { code: "Reguler", aggregator_code: "reg", max_kg: PARCEL_MAX_KG },
      express: { code: "Next Day", aggregator_code: "next_day", max_kg: PARCEL_MAX_KG },
    },
  },
  {
    code: "lion",
    name: "Lion Parcel",
    tracking_url: "https://lionparcel.com/track/stt?q={resi}",
    services: {
      regular: { code: "REGPACK", aggregator_code: "reg_pack", max_kg: PARCEL_MAX_KG },
      cargo: { code: "BIGPACK", aggregator_code: "big_pack", min_kg: CARGO_MIN_KG },
    },
  },
]

export function courierByCode(code: string | null | undefined): CourierDefinition | undefined {
  if (!code) return undefined
  const wanted = code.trim().toLowerCase()
  return COURIERS.find((c) => c.code === wanted)
}

/**
 * The courier a stored text names: its code ("jne"), else its name ("J&T Express"), compared
 * without case. Shipments recorded before couriers were a list hold free text; those that name a
 * listed courier are found, others (e.g. "Ninja Xpress") are not.
 */
export function findCourier(text: string | null | undefined): CourierDefinition | undefined {
  if (!text) return undefined
  const wanted = text.trim().toLowerCase()
  return courierByCode(wanted) ?? COURIERS.find((c) => c.name.toLowerCase() === wanted)
}

/** The tracking page of a resi, or null when the courier is unknown or the resi empty. */
export function trackingUrl(courierCode: string | null | undefined, resi: string | null | undefined): string | null {
  const courier = courierByCode(courierCode)
  const number = resi?.trim()
  if (!courier || !number) return null
  return courier.tracking_url.replace("{resi}", encodeURIComponent(number))
}

/**
 * One row of a rate table: the price per chargeable kilogram to a destination zone and the
 * delivery estimate. `zone` is a province code ("94", Papua) or a kabupaten/kota code ("35.78",
 * Kota Surabaya) from idn-area-data; a kabupaten's row wins over its province's.
 */
export interface CourierRate {
  zone: string
  /** Whole rupiah per chargeable kilogram. */
  per_kg: number
  /** Delivery estimate in days, from the day the lapas hands the parcel to the courier. */
  etd_min_days: number
  etd_max_days: number
}

/** The `data` of a courier shipping option (provider `courier-rates`). */
export interface CourierOptionData {
  courier: string
  service: CourierService
  rates: CourierRate[]
}

/** A priced courier option for one lapas's parcel to one address. */
export interface CourierQuote {
  amount: number
  /** Chargeable weight: the larger of actual and volumetric (L×W×H/6000) weight, whole kilograms. */
  chargeable_kg: number
  etd_min_days: number
  etd_max_days: number
}

// ---------------------------------------------------------------------------------------------
// The panel's delivery settings (`/lapas-api/shipping`): a lapas's pickup, its courier services
// and their rate tables, edited by its staff (national members name the lapas).

/** One row of a courier option's rate table as the panel shows it: the zone with its names. */
export interface LapasCourierRate extends CourierRate {
  /** "province" for a province's row, "regency" for a kabupaten/kota override. */
  kind: "province" | "regency"
  /** The zone's name ("Papua", "Kota Surabaya"). */
  zone_name: string
  /** The province the zone is in (its own code for a province row). */
  province_code: string
  province_name: string
}

/** A courier option of the lapas (one courier service priced by its rate table). */
export interface LapasCourierOption {
  id: string
  courier: string
  courier_name: string
  service: CourierService
  /** The courier's own name of the service ("REG"). */
  service_code: string
  /** The option's name as buyers see it ("JNE REG dari Lapas …"). */
  name: string
  /** Offered to buyers (the option's `enabled_in_store` rule). */
  enabled: boolean
  min_kg: number | null
  max_kg: number | null
  rates: LapasCourierRate[]
}

export interface LapasPickupOption {
  id: string
  name: string
  enabled: boolean
}

export interface ShippingProvince {
  code: string
  name: string
  /** Its kabupaten/kota, for override rows. */
  regencies: { code: string; name: string }[]
}

/** `GET /lapas-api/shipping?lapas_id=` (lapas_id: national members only, and then required). */
export interface LapasShippingSettingsResponse {
  lapas: { id: string; name: string; province: string; province_code: string | null }
  pickup: LapasPickupOption | null
  couriers: LapasCourierOption[]
  /** Every courier and service the marketplace knows (what can be added). */
  catalogue: CourierDefinition[]
  provinces: ShippingProvince[]
}

/** `POST /lapas-api/shipping/couriers`: adds a courier service priced by the reference tariff. */
export interface AddLapasCourierRequest {
  courier: string
  service: CourierService
  /** National members: the lapas. Staff: their own (another is a 404). */
  lapas_id?: string
}

/** `POST /lapas-api/shipping/couriers/:id`: a new rate table (whole, replacing the old) and/or on/off. */
export interface UpdateLapasCourierRequest {
  rates?: CourierRate[]
  enabled?: boolean
}

/** `POST /lapas-api/shipping/couriers` and `POST /lapas-api/shipping/couriers/:id`. */
export interface LapasCourierOptionResponse {
  courier: LapasCourierOption
}

/**
 * `DELETE /lapas-api/shipping/couriers/:id`: deleted, or only switched off (`disabled`) when
 * orders were shipped with it, so they keep their delivery on record.
 */
export interface LapasCourierDeleteResponse {
  id: string
  object: "shipping_option"
  deleted: boolean
  disabled: boolean
}
