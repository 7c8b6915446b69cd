import { Fragment } from "react"
import { parseHighlight } from "@/lib/util/highlight"

/**
 * A search highlight as text nodes and <mark> elements (server and client). The text is never
 * parsed as HTML: only the backend's `<mark>` tags become elements.
 */
export function HighlightedText({ text }: { text: string }) {
  return parseHighlight(text).map((part, index) =>
    part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>
  )
}
