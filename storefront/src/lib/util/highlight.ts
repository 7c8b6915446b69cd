/**
 * The search backend marks matched words as `<mark>`…`</mark>`; nothing else in its text is markup.
 * These split such a text into plain pieces and marked pieces, which components render as text nodes
 * and <mark> elements: never as HTML, so a "<" in a product title stays a "<".
 */
export type HighlightPart = { text: string; marked: boolean }

const TAG = /<(\/?)mark>/gi

/**
 * "Jahe <mark>Instan</mark> <5 kg" → [{ "Jahe ", false }, { "Instan", true }, { " <5 kg", false }].
 * Only `<mark>` and `</mark>` are tags. A closing tag without an opening one, or an opening one
 * inside a mark, is dropped; an unclosed mark runs to the end. Empty pieces are left out and
 * neighbours of the same kind are joined.
 */
export function parseHighlight(text: string | null | undefined): HighlightPart[] {
  const parts: HighlightPart[] = []
  if (!text) return parts
  const push = (piece: string, marked: boolean) => {
    if (!piece) return
    const last = parts[parts.length - 1]
    if (last && last.marked === marked) last.text += piece
    else parts.push({ text: piece, marked })
  }
  let marked = false
  let from = 0
  for (const match of text.matchAll(TAG)) {
    push(text.slice(from, match.index), marked)
    from = match.index + match[0].length
    marked = match[1] !== "/"
  }
  push(text.slice(from), marked)
  return parts
}

/** The text without its marks (what a screen reader, a title attribute or an alt text needs). */
export function stripHighlight(text: string | null | undefined): string {
  return parseHighlight(text)
    .map((part) => part.text)
    .join("")
}

/** Whether anything in the text is marked. */
export function hasHighlight(text: string | null | undefined): boolean {
  return parseHighlight(text).some((part) => part.marked)
}
