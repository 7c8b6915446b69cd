"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useId, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from "react"
import { useT } from "@/i18n/client"
import {
  MAX_QUERY_LENGTH,
  SEARCH_PATH,
  SUGGESTION_MIN_CHARS,
  searchHref,
  type Suggestion,
} from "@/lib/util/search"
import { HighlightedText } from "./highlighted-text"
import "../search.css"

/** Wait this long after the last keystroke before asking for suggestions. */
export const SUGGESTION_DELAY_MS = 200
export const SUGGESTIONS_URL = "/api/search/suggestions"

/**
 * The header's product search: a plain GET form to /cari (works without JavaScript) whose input is
 * an ARIA combobox. From two typed characters on it shows suggestions (photo, title with the matched
 * words marked, lapas, price); arrow keys move through them, Enter opens the active one or searches,
 * Escape closes the list (or, when it is closed, clears the box). The last option searches for the text.
 */
export function SearchBox({ id = "site-search" }: { id?: string }) {
  const t = useT()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const urlQuery = pathname === SEARCH_PATH ? (searchParams?.get("q") ?? "") : null
  const location = `${pathname}?${searchParams?.toString() ?? ""}`

  const [value, setValue] = useState(urlQuery ?? "")
  /** The text to fetch suggestions for: set by typing only, null when nothing should be fetched. */
  const [term, setTerm] = useState<string | null>(null)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  /** What the suggestions were fetched for: the "see all" option names it. */
  const [suggestedFor, setSuggestedFor] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [status, setStatus] = useState("")
  const [seenLocation, setSeenLocation] = useState(location)

  if (location !== seenLocation) {
    // The buyer went to another page: close the list; a results page shows its query in the box.
    setSeenLocation(location)
    setOpen(false)
    setActive(-1)
    setTerm(null)
    setStatus("")
    if (urlQuery !== null) setValue(urlQuery)
  }

  const inputId = `${id}-q`
  const listId = `${id}-listbox`
  const optionId = (index: number) => `${id}-option-${index}`
  const optionCount = suggestions.length > 0 ? suggestions.length + 1 : 0
  const expanded = open && optionCount > 0

  // Fetch suggestions once the buyer pauses; a newer keystroke cancels the older request.
  useEffect(() => {
    if (term === null) return
    const q = term.trim()
    if (q.length < SUGGESTION_MIN_CHARS) return
    const controller = new AbortController()
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`${SUGGESTIONS_URL}?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        })
        const body: { suggestions?: unknown } = response.ok ? await response.json() : {}
        if (controller.signal.aborted) return
        const list = Array.isArray(body.suggestions) ? (body.suggestions as Suggestion[]) : []
        setSuggestions(list)
        setSuggestedFor(q)
        setActive(-1)
        setOpen(true)
        setStatus(list.length > 0 ? t("search.suggestionsCount", { count: list.length }) : t("search.noSuggestions"))
      } catch {
        // Aborted, offline or a broken answer: the form still searches on Enter.
        if (controller.signal.aborted) return
        setSuggestions([])
        setStatus("")
      }
    }, SUGGESTION_DELAY_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [term, t])

  // Keep the active option visible in a scrolled list.
  useEffect(() => {
    if (!expanded || active < 0) return
    document.getElementById(`${id}-option-${active}`)?.scrollIntoView?.({ block: "nearest" })
  }, [active, expanded, id])

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function reset() {
    close()
    setTerm(null)
    setSuggestions([])
    setStatus("")
  }

  function search(text: string) {
    reset()
    router.push(searchHref({ q: text.trim() }))
  }

  function choose(index: number) {
    const suggestion = suggestions[index]
    if (suggestion) {
      reset()
      router.push(suggestion.href)
    } else {
      search(value)
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const next = event.target.value
    setValue(next)
    setActive(-1)
    if (next.trim().length < SUGGESTION_MIN_CHARS) {
      reset()
    } else {
      setTerm(next)
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        if (optionCount === 0) return
        event.preventDefault()
        if (!open) setOpen(true)
        setActive((current) => (!open ? 0 : (current + 1) % optionCount))
        break
      case "ArrowUp":
        if (optionCount === 0) return
        event.preventDefault()
        if (!open) setOpen(true)
        setActive((current) => (!open || current <= 0 ? optionCount - 1 : current - 1))
        break
      case "Enter":
        if (expanded && active >= 0) {
          event.preventDefault()
          choose(active)
        }
        // otherwise the form is submitted: onSubmit
        break
      case "Escape":
        event.preventDefault()
        if (expanded) {
          close()
        } else if (value) {
          setValue("")
          reset()
        }
        break
      case "Tab":
        close()
        break
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    search(value)
  }

  return (
    <form
      action={SEARCH_PATH}
      method="get"
      role="search"
      className="search-box"
      aria-label={t("search.label")}
      onSubmit={onSubmit}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t("search.label")}
      </label>
      <div className="search-box__field">
        <input
          id={inputId}
          name="q"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={value}
          onChange={onChange}
          onKeyDown={onKeyDown}
          onBlur={close}
          onFocus={() => {
            if (suggestions.length > 0 && value.trim().length >= SUGGESTION_MIN_CHARS) setOpen(true)
          }}
          placeholder={t("search.placeholder")}
          className="input search-box__input"
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          data-testid="search-input"
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("search.suggestions")}
          className="search-box__list"
          hidden={!expanded}
          // A tap on an option must not blur the input first (which would close the list).
          onMouseDown={(event) => event.preventDefault()}
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-suggestion"
              data-testid="search-suggestion"
              data-href={suggestion.href}
              onClick={() => choose(index)}
            >
              <span className="search-suggestion__media">
                {suggestion.image && (
                  // The server resolved the optimiser's URLs (toSuggestion): no next/image in the header's bundle.
                  <img
                    src={suggestion.image.src}
                    srcSet={suggestion.image.srcSet}
                    alt=""
                    width={48}
                    height={48}
                    loading="lazy"
                    decoding="async"
                  />
                )}
              </span>
              <span className="search-suggestion__text">
                <span className="search-suggestion__title">
                  <HighlightedText text={suggestion.highlight} />
                </span>
                <span className="search-suggestion__meta">
                  {suggestion.lapas && <span className="search-suggestion__lapas">{suggestion.lapas}</span>}
                  <span className="search-suggestion__price">
                    {suggestion.priceLabel ?? t("product.priceUnavailable")}
                  </span>
                </span>
              </span>
            </li>
          ))}
          {suggestions.length > 0 && (
            <li
              id={optionId(suggestions.length)}
              role="option"
              aria-selected={active === suggestions.length}
              className="search-suggestion search-suggestion--all"
              data-testid="search-see-all"
              onClick={() => choose(suggestions.length)}
            >
              {t("search.seeAll", { q: value.trim() || suggestedFor })}
            </li>
          )}
        </ul>
      </div>
      <button type="submit" className="button button--primary search-box__button">
        {t("search.submit")}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </form>
  )
}
