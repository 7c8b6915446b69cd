import type { IndicatorLapasComparison } from "@karya-binaan/contracts"
import { Money } from "@/components/money"
import { progressLabel, sortLapasComparison, type ComparisonSort } from "@/lib/lapas-comparison"

export interface ComparisonLabels {
  caption: string
  lapas: string
  revenue: string
  quantity: string
  pnbpBooked: string
  pnbpTarget: string
  progress: string
  premiEarned: string
  inmates: string
}

/**
 * Every lapas side by side over the year: a plain table that keeps its columns on a phone and
 * scrolls sideways (the lapas column stays in view). Each header links to the same page sorted
 * by that column (`hrefFor`); the sorted column carries aria-sort.
 */
export function LapasComparisonTable({
  rows,
  sort,
  labels,
  hrefFor,
}: {
  rows: readonly IndicatorLapasComparison[]
  sort: ComparisonSort
  labels: ComparisonLabels
  hrefFor: (sort: ComparisonSort) => string
}) {
  const sorted = sortLapasComparison(rows, sort)
  const header = (key: ComparisonSort, text: string, end = true) => (
    <th scope="col" className={end ? "comparison__end" : undefined} aria-sort={sort === key ? (key === "name" ? "ascending" : "descending") : undefined}>
      <a href={hrefFor(key)}>{text}</a>
    </th>
  )
  return (
    <div className="comparison" tabIndex={0} role="region" aria-label={labels.caption}>
      <table className="comparison__table">
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            {header("name", labels.lapas, false)}
            {header("revenue", labels.revenue)}
            {header("quantity", labels.quantity)}
            {header("pnbp_booked", labels.pnbpBooked)}
            <th scope="col" className="comparison__end">
              {labels.pnbpTarget}
            </th>
            {header("progress", labels.progress)}
            {header("premi_earned", labels.premiEarned)}
            {header("inmates_earning", labels.inmates)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.lapas_id} data-lapas={r.handle}>
              <th scope="row">{r.name}</th>
              <td className="comparison__end">
                <Money amount={r.revenue} />
              </td>
              <td className="comparison__end">{r.quantity.toLocaleString("id-ID")}</td>
              <td className="comparison__end">
                <Money amount={r.pnbp_booked} />
              </td>
              <td className="comparison__end">
                <Money amount={r.pnbp_target} />
              </td>
              <td className="comparison__end">{progressLabel(r.pnbp_booked_bp)}</td>
              <td className="comparison__end">
                <Money amount={r.premi_earned} />
              </td>
              <td className="comparison__end">{r.inmates_earning.toLocaleString("id-ID")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
