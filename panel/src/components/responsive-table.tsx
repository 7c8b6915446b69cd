import type { ReactNode } from "react"

export interface Column<Row> {
  key: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  align?: "start" | "end"
  /** The column that names the row: the card's title on a phone. */
  primary?: boolean
}

/**
 * A table on a desktop; on a phone each row becomes a card of "header: value" lines (CSS only).
 * Use it from Server Components (`cell` is a function). `empty` shows when there are no rows.
 */
export function ResponsiveTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
}: {
  caption: ReactNode
  columns: Column<Row>[]
  rows: Row[]
  rowKey: (row: Row) => string
  empty?: ReactNode
}) {
  if (rows.length === 0 && empty) return <>{empty}</>
  return (
    <div className="table-wrap">
      <table className="rtable">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.align === "end" ? "rtable__end" : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td
                  key={c.key}
                  data-label={typeof c.header === "string" ? c.header : undefined}
                  className={[c.align === "end" ? "rtable__end" : "", c.primary ? "rtable__primary" : ""]
                    .filter(Boolean)
                    .join(" ") || undefined}
                >
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
