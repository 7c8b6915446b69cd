import "server-only"
import type { Member } from "@karya-binaan/contracts"
import type { LapasTimeZone } from "@karya-binaan/format"
import { SelectField } from "@/components/choice-field"
import { PageHeader } from "@/components/page-header"
import type { KeyOf, Translator } from "@/i18n/define"
import type { directSalesAdminMessages } from "@/i18n/direct-sales-admin"
import { listLapas } from "@/lib/data/national"
import { DirectSalesSubnav, type DirectSalesPath } from "./subnav"

type T = Translator<KeyOf<typeof directSalesAdminMessages>>

/**
 * Which lapas a page shows: the member's own, or for a national member the one picked with
 * `?lapas=` (null until they pick), with its time zone and name.
 */
export interface LapasScope {
  national: boolean
  /** The lapas shown; null while a national member has not picked one. */
  lapas: { id: string; name: string; time_zone: LapasTimeZone } | null
  /** National members: every lapas, for the picker. */
  choices: { id: string; name: string }[]
}

export async function lapasScope(member: Member, asked: string | undefined): Promise<LapasScope> {
  if (member.role !== "national") {
    const own = member.lapas
    return { national: false, lapas: own ? { id: own.id, name: own.name, time_zone: own.time_zone } : null, choices: [] }
  }
  const { lapas } = await listLapas({ limit: 100 })
  const picked = asked ? lapas.find((l) => l.id === asked) : undefined
  return {
    national: true,
    lapas: picked ? { id: picked.id, name: picked.name, time_zone: picked.time_zone } : null,
    choices: lapas.map((l) => ({ id: l.id, name: l.name })),
  }
}

/** The national member's lapas picker (a GET form), keeping the page's other parameters out. */
export function LapasPicker({ scope, t, action }: { scope: LapasScope; t: T; action: string }) {
  if (!scope.national) return null
  return (
    <form className="form-grid" method="get" action={action} data-testid="lapas-picker">
      <SelectField
        label={t("lapas.pick")}
        name="lapas"
        defaultValue={scope.lapas?.id ?? ""}
        options={[{ value: "", label: "—" }, ...scope.choices.map((l) => ({ value: l.id, label: l.name }))]}
      />
      <div className="field">
        <span className="field__label" aria-hidden="true">
          &nbsp;
        </span>
        <button type="submit" className="button button--secondary">
          {t("lapas.show")}
        </button>
      </div>
    </form>
  )
}

/**
 * The head of every page around the till: title, the pages side by side (national members keep
 * the lapas they picked) and, for national members, the lapas picker.
 */
export function DirectSalesHeader({
  title,
  description,
  current,
  staff,
  scope,
  t,
}: {
  title: string
  description: string
  current: DirectSalesPath
  staff: boolean
  scope: LapasScope
  t: T
}) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <DirectSalesSubnav current={current} staff={staff} t={t} lapasId={scope.national ? scope.lapas?.id : undefined} />
      <LapasPicker scope={scope} t={t} action={current} />
    </>
  )
}
