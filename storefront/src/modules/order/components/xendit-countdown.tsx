"use client"

import { useEffect, useState } from "react"
import { formatRemaining } from "../xendit"

/**
 * The time left to pay, ticking every second. The server renders the first value (and the
 * deadline in words next to it), so the island only updates a text: no catalogue keys travel.
 */
export function XenditCountdown({
  deadline,
  initial,
  label,
  doneLabel,
}: {
  /** ISO instant. */
  deadline: string
  /** The server's text at render time ("23:59:07"). */
  initial: string
  /** "Sisa waktu" */
  label: string
  /** "Waktu habis" */
  doneLabel: string
}) {
  const [text, setText] = useState(initial)
  useEffect(() => {
    const end = Date.parse(deadline)
    if (!Number.isFinite(end)) return
    const tick = () => {
      const left = end - Date.now()
      setText(left > 0 ? formatRemaining(left) : "")
      return left > 0
    }
    if (!tick()) return
    const timer = setInterval(() => {
      if (!tick()) clearInterval(timer)
    }, 1000)
    return () => clearInterval(timer)
  }, [deadline])
  return (
    <p className="xendit__countdown" data-testid="xendit-countdown">
      {text ? (
        <>
          {label}{" "}
          <time role="timer" dateTime={deadline} className="xendit__remaining" suppressHydrationWarning>
            {text}
          </time>
        </>
      ) : (
        doneLabel
      )}
    </p>
  )
}
