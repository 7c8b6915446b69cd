import { Button, Input, Select, Table } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useRef, useState, type ComponentProps } from "react"
import { useSearchParams } from "react-router-dom"
import { api, queryKeys } from "../lib/api"

/** The pieces the list pages share: filters and page kept in the URL, search, lapas filter, pager. */

const SEARCH_DELAY_MS = 300
/** Select items need a non-empty value; this one stands for "no lapas filter". */
const ALL_LAPAS = "all"

/**
 * A list page's filters and page in the URL (so they can be linked to): the raw params, the
 * offset (0 when missing or invalid) and `update`, which sets the given keys and drops empty ones.
 */
export function useUrlListParams() {
  const [params, setParams] = useSearchParams()
  const offset = Number.parseInt(params.get("offset") ?? "", 10)

  const update = (changes: Record<string, string | null | undefined>, options?: { replace?: boolean }) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous)
      for (const [key, value] of Object.entries(changes)) {
        if (value) {
          next.set(key, value)
        } else {
          next.delete(key)
        }
      }
      return next
    }, options)

  return { params, offset: Number.isFinite(offset) && offset > 0 ? offset : 0, update }
}

/** A search box that reports what was typed once typing pauses. */
export function SearchInput({
  value,
  onChange,
  placeholder,
}: {
  value: string
  onChange: (q: string) => void
  placeholder: string
}) {
  const [text, setText] = useState(value)
  const report = useRef(onChange)
  report.current = onChange

  // follow the URL when it changes from elsewhere (back button, "clear filters")
  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value))
  }, [value])

  useEffect(() => {
    if (text.trim() === value) {
      return
    }
    const timer = setTimeout(() => report.current(text.trim()), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text, value])

  return (
    <Input
      type="search"
      size="small"
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(event) => setText(event.target.value)}
    />
  )
}

/** National users only: narrow a list to one lapas ("" for all). */
export function LapasFilter({
  value,
  onChange,
  label,
  allLabel,
}: {
  value: string
  onChange: (lapasId: string) => void
  label: string
  allLabel: string
}) {
  const { data: lapas = [], isLoading } = useQuery({
    queryKey: queryKeys.lapasOptions,
    queryFn: api.listAllLapas,
  })

  return (
    <Select
      size="small"
      value={value || ALL_LAPAS}
      onValueChange={(next) => onChange(next === ALL_LAPAS ? "" : next)}
      disabled={isLoading}
    >
      <Select.Trigger aria-label={label}>
        <Select.Value placeholder={label} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL_LAPAS}>{allLabel}</Select.Item>
        {lapas.map((row) => (
          <Select.Item key={row.id} value={row.id}>
            {row.name}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

type ListParamUpdate = ReturnType<typeof useUrlListParams>["update"]

/**
 * The search box, the lapas filter (national users) and "clear filters" above a list whose
 * `q` and `lapas_id` live in the URL; any change goes back to the first page.
 */
export function ListFilterBar({
  q,
  lapasId,
  showLapasFilter,
  update,
  texts,
}: {
  q: string
  lapasId: string
  showLapasFilter: boolean
  update: ListParamUpdate
  texts: { searchPlaceholder: string; lapasFilter: string; allLapas: string; clearFilters: string }
}) {
  const filtered = !!q || (showLapasFilter && !!lapasId)
  return (
    <div className="flex flex-col gap-2 px-6 py-4 md:flex-row md:items-center">
      <div className="w-full md:max-w-[280px]">
        <SearchInput
          placeholder={texts.searchPlaceholder}
          value={q}
          onChange={(next) => update({ q: next, offset: null }, { replace: true })}
        />
      </div>
      {showLapasFilter ? (
        <div className="w-full md:max-w-[280px]">
          <LapasFilter
            label={texts.lapasFilter}
            allLabel={texts.allLapas}
            value={lapasId}
            onChange={(next) => update({ lapas_id: next, offset: null })}
          />
        </div>
      ) : null}
      {filtered ? (
        <Button size="small" variant="transparent" onClick={() => update({ q: null, lapas_id: null, offset: null })}>
          {texts.clearFilters}
        </Button>
      ) : null}
    </div>
  )
}

/** Medusa's pager over an offset list; `onOffsetChange(null)` means the first page. */
export function OffsetPagination({
  count,
  offset,
  pageSize,
  onOffsetChange,
  translations,
}: {
  count: number
  offset: number
  pageSize: number
  onOffsetChange: (offset: string | null) => void
  translations: ComponentProps<typeof Table.Pagination>["translations"]
}) {
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={Math.floor(offset / pageSize)}
      pageCount={Math.max(1, Math.ceil(count / pageSize))}
      canPreviousPage={offset > 0}
      canNextPage={offset + pageSize < count}
      previousPage={() => onOffsetChange(offset > pageSize ? String(offset - pageSize) : null)}
      nextPage={() => onOffsetChange(String(offset + pageSize))}
      translations={translations}
    />
  )
}
