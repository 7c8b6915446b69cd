"use client"

import { useEffect, useState } from "react"

/**
 * Copies a text (the resi, an account number, an amount) to the clipboard. Shown only once the browser offers the Clipboard
 * API; without it (or without JavaScript) the text next to it stays selectable. The server hands
 * over the texts, so no catalogue keys travel to the browser for it.
 */
export function CopyButton({
  text,
  label,
  accessibleLabel,
  copiedLabel,
  testId = "copy-resi",
}: {
  text: string
  /** Visible text, e.g. "Salin". */
  label: string
  /** Name for assistive technology; starts with the visible text, e.g. "Salin resi". */
  accessibleLabel: string
  /** Announced (and shown) after copying, e.g. "Resi disalin". */
  copiedLabel: string
  /** data-testid of the button (the resi's by default). */
  testId?: string
}) {
  const [supported, setSupported] = useState(false)
  const [copied, setCopied] = useState(false)

  useEffect(() => {
    setSupported(typeof navigator !== "undefined" && typeof navigator.clipboard?.writeText === "function")
  }, [])

  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 3000)
    return () => clearTimeout(timer)
  }, [copied])

  if (!supported) return null
  return (
    <>
      <button
        type="button"
        className="copy-button"
        aria-label={accessibleLabel}
        data-testid={testId}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text)
            setCopied(true)
          } catch {
            setCopied(false)
          }
        }}
      >
        {label}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {copied ? copiedLabel : ""}
      </span>
      {copied && (
        <span className="copy-button__done" aria-hidden="true">
          {copiedLabel}
        </span>
      )}
    </>
  )
}
