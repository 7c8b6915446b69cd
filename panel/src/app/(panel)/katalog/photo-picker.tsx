"use client"

import { PRODUCT_PHOTO_TYPES } from "@karya-binaan/contracts"
import { useEffect, useState } from "react"
import { catalogMessages } from "@/i18n/catalog"
import { useT } from "@/i18n/client"

/** A photo input (JPEG, PNG, WebP) with a preview of the chosen files, before they are sent. */
export function PhotoPicker({ error, name = "photos" }: { error?: string; name?: string }) {
  const t = useT(catalogMessages)
  const [previews, setPreviews] = useState<{ url: string; name: string }[]>([])
  useEffect(() => () => previews.forEach((p) => URL.revokeObjectURL(p.url)), [previews])
  const inputId = `field-${name}`
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label className="field__label" htmlFor={inputId}>
        {t("form.photos")}
      </label>
      <input
        id={inputId}
        name={name}
        type="file"
        multiple
        accept={PRODUCT_PHOTO_TYPES.join(",")}
        className="field__input"
        aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])]
          setPreviews(files.filter((f) => f.type.startsWith("image/")).map((f) => ({ url: URL.createObjectURL(f), name: f.name })))
        }}
      />
      <p id={`${inputId}-hint`} className="field__hint">
        {t("form.photosHint")}
      </p>
      {error ? (
        <p id={`${inputId}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {previews.length ? (
        <ul className="catalog-photos" aria-label={t("detail.preview")} data-testid="photo-preview">
          {previews.map((p) => (
            <li key={p.url}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={p.url} alt={p.name} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
