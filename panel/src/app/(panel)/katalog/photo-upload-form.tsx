"use client"

import { useActionState } from "react"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { catalogMessages } from "@/i18n/catalog"
import { useT } from "@/i18n/client"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import { PhotoPicker } from "./photo-picker"

/** Adds photos to a product: choose, preview, upload. */
export function PhotoUploadForm({ action }: { action: FormAction }) {
  const t = useT(catalogMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  return (
    <form action={formAction} className="form" data-testid="photo-upload-form">
      <PhotoPicker error={state.fieldErrors?.photos} />
      {state.error ? <Notice tone="danger">{state.error}</Notice> : null}
      {state.success ? <Notice tone="success">{state.success}</Notice> : null}
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("detail.uploading")}>
          {t("detail.upload")}
        </SubmitButton>
      </div>
    </form>
  )
}
