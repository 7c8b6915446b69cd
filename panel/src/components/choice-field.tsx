import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"

/** A labelled select, styled like `Field`. */
export function SelectField({
  label,
  name,
  options,
  hint,
  id,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  label: ReactNode
  name: string
  options: { value: string; label: string }[]
  hint?: ReactNode
}) {
  const inputId = id ?? `field-${name}`
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <select id={inputId} name={name} className="field__input" aria-describedby={hint ? `${inputId}-hint` : undefined} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${inputId}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}

/** A labelled multi-line text, styled like `Field`. */
export function TextareaField({
  label,
  name,
  hint,
  id,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name"> & { label: ReactNode; name: string; hint?: ReactNode }) {
  const inputId = id ?? `field-${name}`
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <textarea id={inputId} name={name} className="field__input" rows={4} aria-describedby={hint ? `${inputId}-hint` : undefined} {...textarea} />
      {hint ? (
        <p id={`${inputId}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
