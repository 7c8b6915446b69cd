"use client"

import { useActionState } from "react"
import { useT } from "@/i18n/client"
import { AddressFields, addressLabels } from "@/modules/checkout/components/address-fields"
import { ErrorSummary, SubmitButton, useVersion } from "@/modules/checkout/components/form-parts"
import type { AreaLists } from "@/modules/checkout/areas"
import { EMPTY_FORM_STATE, type FormState } from "@/modules/checkout/form-state"
import { EMPTY_ADDRESS, type AddressValues } from "@/modules/checkout/validation"
import { addAddressAction, deleteAddressAction } from "../actions"

export type SavedAddress = { id: string; values: AddressValues }

function DeleteAddress({ address }: { address: SavedAddress }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(deleteAddressAction, EMPTY_FORM_STATE)
  const failed = state.serverMessage ?? (state.messages?.length ? t(state.messages[0].key) : null)
  return (
    <form action={formAction}>
      <input type="hidden" name="address_id" value={address.id} />
      <SubmitButton
        className="button button--ghost button--small"
        pendingText={t("account.deleting")}
        testId="address-delete"
      >
        <span aria-hidden="true">{t("account.delete")}</span>
        <span className="visually-hidden">{t("account.deleteAddress", { name: address.values.name })}</span>
      </SubmitButton>
      {failed && (
        <p className="notice notice--error" role="alert">
          {failed}
        </p>
      )}
    </form>
  )
}

export function AddressList({ addresses }: { addresses: SavedAddress[] }) {
  const t = useT()
  if (addresses.length === 0) return <p className="muted">{t("account.addressesEmpty")}</p>
  return (
    <ul role="list" className="address-list">
      {addresses.map((address) => (
        <li key={address.id} className="summary-box" data-testid="saved-address">
          <address className="review-address">
            <strong>{address.values.name}</strong>
            <br />
            {address.values.phone}
            <br />
            {address.values.address}
            <br />
            {[address.values.village, address.values.district, address.values.city].filter(Boolean).join(", ")}
            <br />
            {[address.values.province, address.values.postal_code].filter(Boolean).join(" ")}
          </address>
          <DeleteAddress address={address} />
        </li>
      ))}
    </ul>
  )
}

const FORM_ID = "account-address"

export function AddAddressForm({ areas }: { areas: AreaLists }) {
  const t = useT()
  const [state, formAction] = useActionState<FormState, FormData>(addAddressAction, EMPTY_FORM_STATE)
  const version = useVersion(state)
  // After a successful save the form starts empty again; after a refusal it keeps what was typed.
  const values = state.done ? EMPTY_ADDRESS : ({ ...EMPTY_ADDRESS, ...(state.values ?? {}) } as AddressValues)
  return (
    <form action={formAction} noValidate className="checkout-form" data-testid="address-form">
      <ErrorSummary state={state} formId={FORM_ID} labels={addressLabels(t, false)} testId="account-error" />
      {state.done && (
        <p className="notice notice--success" role="status">
          {t(state.done)}
        </p>
      )}
      <AddressFields
        key={version}
        formId={FORM_ID}
        values={values}
        areas={state.areas ?? areas}
        errors={state.errors}
        includeEmail={false}
        t={t}
      />
      <SubmitButton pendingText={t("checkout.saving")} testId="address-save">
        {t("account.addressSave")}
      </SubmitButton>
    </form>
  )
}
