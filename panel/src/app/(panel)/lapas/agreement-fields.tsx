import { PARTNER_ACTIVITIES } from "@karya-binaan/contracts"
import { Field } from "@/components/field"
import { lapasMessages } from "@/i18n/lapas"
import { getT } from "@/i18n/server"

/** Number, dates and activities of a partner agreement (MoU/PKS). */
export async function AgreementFields({ idPrefix }: { idPrefix: string }) {
  const t = await getT(lapasMessages)
  return (
    <div className="form-grid">
      <Field id={`${idPrefix}-number`} label={t("agreement.number")} name="number" required />
      <Field id={`${idPrefix}-starts`} label={t("agreement.startsOn")} name="starts_on" type="date" required />
      <Field id={`${idPrefix}-ends`} label={t("agreement.endsOn")} name="ends_on" type="date" required />
      <fieldset className="field">
        <legend className="field__label">{t("agreement.activities")}</legend>
        {PARTNER_ACTIVITIES.map((activity) => (
          <label key={activity} style={{ display: "block" }}>
            <input type="checkbox" name="activities" value={activity} defaultChecked={activity === "production"} /> {t(`activity.${activity}`)}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
