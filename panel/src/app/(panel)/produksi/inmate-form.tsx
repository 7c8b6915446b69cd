"use client"

import type { AdminInmateDetail } from "@karya-binaan/contracts"
import { useActionState } from "react"
import { Field } from "@/components/field"
import { Notice } from "@/components/notice"
import { SubmitButton } from "@/components/submit-button"
import { useT } from "@/i18n/client"
import { productionMessages } from "@/i18n/production"
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/forms"
import styles from "./production.module.css"

/** Registers an inmate (no `inmate`) or edits one: display name, story, consent and status. */
export function InmateForm({ action, inmate }: { action: FormAction; inmate?: AdminInmateDetail }) {
  const t = useT(productionMessages)
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE)
  const editing = Boolean(inmate)
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback
  // After a registration the form starts empty again (a new key remounts the fields).
  const formKey = editing ? "edit" : state.success ?? "new"
  return (
    <form key={formKey} action={formAction} className="form" noValidate data-testid={editing ? "inmate-edit-form" : "inmate-form"}>
      {inmate ? <input type="hidden" name="id" value={inmate.id} /> : null}
      {editing ? null : (
        <Field
          label={t("inmateForm.code")}
          name="code"
          required
          autoCapitalize="characters"
          autoComplete="off"
          hint={t("inmateForm.codeHint")}
          defaultValue={value("code", "")}
          error={state.fieldErrors?.code}
        />
      )}
      <Field
        label={t("inmateForm.displayName")}
        name="display_name"
        autoComplete="off"
        maxLength={60}
        hint={t("inmateForm.displayNameHint")}
        defaultValue={value("display_name", inmate?.display_name ?? "")}
        error={state.fieldErrors?.display_name}
      />
      <div className={`field${state.fieldErrors?.story ? " field--invalid" : ""}`}>
        <label className="field__label" htmlFor="field-story">
          {t("inmateForm.story")}
        </label>
        <textarea
          id="field-story"
          name="story"
          className={`field__input ${styles.textarea}`}
          rows={3}
          maxLength={1000}
          aria-describedby="field-story-hint"
          defaultValue={value("story", inmate?.story ?? "")}
        />
        <p id="field-story-hint" className="field__hint">
          {state.fieldErrors?.story ?? t("inmateForm.storyHint")}
        </p>
      </div>
      <label className={styles.check}>
        <input
          type="checkbox"
          name="consent_public"
          defaultChecked={state.values ? state.values.consent_public === "on" : Boolean(inmate?.consent_public)}
        />
        <span>{t("inmateForm.consent")}</span>
      </label>
      <div className="field">
        <label className="field__label" htmlFor="field-status">
          {t("inmateForm.status")}
        </label>
        <select id="field-status" name="status" className="field__input" defaultValue={value("status", inmate?.status ?? "active")}>
          <option value="active">{t("status.active")}</option>
          <option value="released">{t("status.released")}</option>
        </select>
      </div>
      {state.error ? (
        <Notice tone="danger" testId="form-error">
          {state.error}
        </Notice>
      ) : null}
      {state.success ? (
        <Notice tone="success" testId="form-success">
          {state.success}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel={t("inmateForm.saving")}>
        {editing ? t("inmateForm.submitEdit") : t("inmateForm.submitCreate")}
      </SubmitButton>
    </form>
  )
}
