import { LAPAS_CLASSES, LAPAS_TIME_ZONES, type AdminLapasWithBank } from "@karya-binaan/contracts"
import { SelectField } from "@/components/choice-field"
import { Field } from "@/components/field"
import { nationalMessages } from "@/i18n/national"
import { getT } from "@/i18n/server"

const CLASS_LABELS: Record<string, string> = {
  kelas_i: "Kelas I",
  kelas_iia: "Kelas IIA",
  kelas_iib: "Kelas IIB",
  kelas_iii: "Kelas III",
  rutan: "Rutan",
  bapas: "Bapas",
}
const ZONE_LABELS: Record<string, string> = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" }

/** The fields national members fill for a lapas (register: with handle; edit: with status). */
export async function LapasFields({ lapas, mode }: { lapas?: AdminLapasWithBank; mode: "register" | "edit" }) {
  const t = await getT(nationalMessages)
  return (
    <div className="form-grid">
      {mode === "register" ? <Field label={t("field.handle")} name="handle" hint={t("field.handleHint")} required /> : null}
      <Field label={t("field.name")} name="name" defaultValue={lapas?.name} required />
      <SelectField
        label={t("field.class")}
        name="lapas_class"
        defaultValue={lapas?.lapas_class ?? "kelas_iib"}
        options={LAPAS_CLASSES.map((c) => ({ value: c, label: CLASS_LABELS[c] ?? c }))}
      />
      <Field label={t("field.city")} name="city" defaultValue={lapas?.city} required />
      <Field label={t("field.province")} name="province" defaultValue={lapas?.province} required />
      <SelectField
        label={t("field.timeZone")}
        name="time_zone"
        defaultValue={lapas?.time_zone ?? "Asia/Jakarta"}
        options={LAPAS_TIME_ZONES.map((z) => ({ value: z, label: `${ZONE_LABELS[z] ?? z} (${z})` }))}
      />
      <Field label={t("field.satker")} name="satker_code" inputMode="numeric" defaultValue={lapas?.satker_code ?? ""} />
      <Field label={t("field.pnbpTarget")} name="pnbp_target_yearly" inputMode="numeric" defaultValue={lapas ? String(lapas.pnbp_target_yearly) : ""} />
      <Field label={t("field.bankName")} name="bank_name" defaultValue={lapas?.bank_name ?? ""} />
      <Field label={t("field.bankNumber")} name="bank_account_number" inputMode="numeric" defaultValue={lapas?.bank_account_number ?? ""} />
      <Field label={t("field.bankHolder")} name="bank_account_holder" defaultValue={lapas?.bank_account_holder ?? ""} />
      {mode === "edit" ? (
        <Field
          label={t("field.xenditSubAccount")}
          name="xendit_sub_account_id"
          hint={t("field.xenditSubAccountHint")}
          defaultValue={lapas?.xendit_sub_account_id ?? ""}
        />
      ) : null}
      {mode === "edit" ? (
        <SelectField
          label={t("field.active")}
          name="is_active"
          defaultValue={lapas?.is_active === false ? "false" : "true"}
          options={[
            { value: "true", label: t("lapas.active") },
            { value: "false", label: t("lapas.inactive") },
          ]}
        />
      ) : null}
    </div>
  )
}
