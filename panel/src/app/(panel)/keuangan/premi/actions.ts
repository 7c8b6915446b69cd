"use server"

import { formatRupiah } from "@karya-binaan/format"
import { revalidatePath } from "next/cache"
import { premiMessages } from "@/i18n/premi"
import { getT } from "@/i18n/server"
import { createPayout } from "@/lib/data/premi"
import { describeError } from "@/lib/form-errors"
import type { FormState } from "@/lib/forms"
import { parsePayoutForm } from "./form-data"

const FIELDS = ["inmate_id", "amount", "paid_on", "method", "note"]

export async function createPayoutAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getT(premiMessages)
  const kept = Object.fromEntries(FIELDS.map((name) => [name, String(formData.get(name) ?? "")]))
  const parsed = parsePayoutForm(formData)
  if (!parsed.ok) {
    return { fieldErrors: Object.fromEntries(Object.entries(parsed.fieldErrors).map(([k, v]) => [k, t(v)])), values: kept }
  }
  try {
    const { payout, balance } = await createPayout(parsed.body)
    revalidatePath("/keuangan/premi")
    return {
      success: t("payout.recorded", {
        amount: formatRupiah(payout.amount),
        code: payout.inmate_code,
        outstanding: formatRupiah(balance.outstanding),
      }),
    }
  } catch (error) {
    return { error: await describeError(error, { 404: t("payout.notFound") }), values: kept }
  }
}
