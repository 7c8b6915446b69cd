import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** "label ……… amount" in a narrow card (the order page's side column). */
export function MoneyRow({
  label,
  hint,
  value,
  strong = false,
  negative = false,
}: {
  label: ReactNode
  hint?: ReactNode
  value: ReactNode
  strong?: boolean
  negative?: boolean
}) {
  return (
    <div className="flex items-start justify-between gap-x-4">
      <div className="flex min-w-0 flex-col">
        <Text
          size="small"
          leading="compact"
          weight={strong ? "plus" : "regular"}
          className={strong ? "text-ui-fg-base" : "text-ui-fg-subtle"}
        >
          {label}
        </Text>
        {hint ? (
          <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
            {hint}
          </Text>
        ) : null}
      </div>
      <Text
        size="small"
        leading="compact"
        weight={strong ? "plus" : "regular"}
        className={clx(
          "shrink-0 tabular-nums",
          negative ? "text-ui-fg-error" : strong ? "text-ui-fg-base" : "text-ui-fg-subtle"
        )}
      >
        {value}
      </Text>
    </div>
  )
}
