import type { CreateInmateBody, CreateProductionBatchBody, InmateStatus, UpdateInmateBody } from "@karya-binaan/contracts"
import type { productionMessages } from "@/i18n/production"
import type { KeyOf } from "@/i18n/define"

/** Reading the production forms (pure: the actions translate the message keys and call the API). */

type MessageKey = KeyOf<typeof productionMessages>
export type Parsed<T> = { ok: true; body: T } | { ok: false; fieldErrors: Record<string, MessageKey> }

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** "Rp 12.500" or "12500" → 12500; null for anything that is not whole rupiah (fractions, letters, negative). */
export function parseRupiah(input: string): number | null {
  const cleaned = input.replace(/^rp\.?\s*/i, "").replace(/\s+/g, "")
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(cleaned)) return null
  const value = Number(cleaned.replace(/\./g, ""))
  return Number.isSafeInteger(value) ? value : null
}

/** A whole number in [min, max], or null. */
export function parseCount(input: string, min = 1, max = 1_000_000): number | null {
  const trimmed = input.trim()
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(trimmed)) return null
  const cleaned = trimmed.replace(/\./g, "")
  const value = Number(cleaned)
  return value >= min && value <= max ? value : null
}

const CODE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/
const STATUSES: readonly InmateStatus[] = ["active", "released"]

/** The inmate form: on create the code; on both the profile, consent and status. */
export function parseInmateForm(formData: FormData, mode: "create"): Parsed<CreateInmateBody>
export function parseInmateForm(formData: FormData, mode: "edit"): Parsed<UpdateInmateBody>
export function parseInmateForm(formData: FormData, mode: "create" | "edit"): Parsed<CreateInmateBody | UpdateInmateBody> {
  const fieldErrors: Record<string, MessageKey> = {}
  const displayName = text(formData, "display_name")
  const story = text(formData, "story")
  const status = text(formData, "status") as InmateStatus
  if (displayName.length > 60) fieldErrors.display_name = "inmateForm.displayNameTooLong"
  if (story.length > 1000) fieldErrors.story = "inmateForm.storyTooLong"
  const profile: UpdateInmateBody = {
    display_name: displayName || null,
    story: story || null,
    consent_public: formData.get("consent_public") === "on",
    ...(STATUSES.includes(status) ? { status } : {}),
  }
  if (mode === "create") {
    const code = text(formData, "code").toUpperCase()
    if (!code) fieldErrors.code = "inmateForm.codeRequired"
    else if (!CODE.test(code) || code.length < 3 || code.length > 32) fieldErrors.code = "inmateForm.codeInvalid"
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
    return { ok: true, body: { code, ...profile } as CreateInmateBody }
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  return { ok: true, body: profile }
}

/**
 * The batch form. Makers come as parallel lists `maker_inmate` / `maker_units` (one row each);
 * empty rows are skipped. `today` is today's date in the lapas's zone (YYYY-MM-DD).
 */
export function parseBatchForm(formData: FormData, today: string): Parsed<CreateProductionBatchBody> {
  const fieldErrors: Record<string, MessageKey> = {}
  const variantId = text(formData, "variant_id")
  if (!variantId) fieldErrors.variant_id = "batchForm.variantRequired"
  const quantity = parseCount(text(formData, "quantity"))
  if (quantity === null) fieldErrors.quantity = "batchForm.quantityInvalid"
  // A service's batch layanan gives its HPP in two parts, materials and labour (hidden `service`).
  const service = text(formData, "service") === "1"
  let unitCost: number | null = null
  let materialCost: number | null = null
  let labourCost: number | null = null
  if (service) {
    materialCost = parseRupiah(text(formData, "material_cost"))
    if (materialCost === null) fieldErrors.material_cost = "batchForm.materialCostInvalid"
    labourCost = parseRupiah(text(formData, "labour_cost"))
    if (labourCost === null) fieldErrors.labour_cost = "batchForm.labourCostInvalid"
  } else {
    unitCost = parseRupiah(text(formData, "unit_cost"))
    if (unitCost === null) fieldErrors.unit_cost = "batchForm.unitCostInvalid"
  }
  const producedOn = text(formData, "produced_on")
  if (!/^\d{4}-\d{2}-\d{2}$/.test(producedOn) || producedOn > today) fieldErrors.produced_on = "batchForm.dateInvalid"

  const inmateIds = formData.getAll("maker_inmate").map((v) => String(v).trim())
  const units = formData.getAll("maker_units").map((v) => String(v).trim())
  const makers: { inmate_id: string; work_units: number }[] = []
  for (let i = 0; i < Math.max(inmateIds.length, units.length); i++) {
    const inmateId = inmateIds[i] ?? ""
    const unitText = units[i] ?? ""
    if (!inmateId && !unitText) continue
    const workUnits = parseCount(unitText)
    if (!inmateId) {
      fieldErrors.makers = "batchForm.makersRequired"
      continue
    }
    if (workUnits === null) {
      fieldErrors.makers = "batchForm.workUnitsInvalid"
      continue
    }
    makers.push({ inmate_id: inmateId, work_units: workUnits })
  }
  if (!fieldErrors.makers) {
    if (!makers.length) fieldErrors.makers = "batchForm.makersRequired"
    else if (new Set(makers.map((m) => m.inmate_id)).size !== makers.length) fieldErrors.makers = "batchForm.makersDuplicate"
  }
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors }
  const notes = text(formData, "notes")
  return {
    ok: true,
    body: {
      variant_id: variantId,
      quantity: quantity!,
      ...(service ? { material_cost: materialCost!, labour_cost: labourCost! } : { unit_cost: unitCost! }),
      produced_on: producedOn,
      makers,
      ...(notes ? { notes } : {}),
    },
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}
