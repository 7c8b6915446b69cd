import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { messages } from "../lib/messages"

/** One "label | value" line of a detail card, like the dashboard's own. */
export function SectionRow({
  label,
  value,
}: {
  label: string
  value: ReactNode
}) {
  const empty = value === null || value === undefined || value === ""
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      {typeof value === "string" || typeof value === "number" || empty ? (
        <Text
          size="small"
          leading="compact"
          className="whitespace-pre-line break-words"
        >
          {empty ? messages.common.empty : value}
        </Text>
      ) : (
        <div className="text-small">{value}</div>
      )}
    </div>
  )
}
