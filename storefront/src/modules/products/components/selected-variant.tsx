"use client"

import { createContext, useContext, useMemo, useState, type ReactNode } from "react"

type SelectedVariant = { variantId: string | null; select: (variantId: string | null) => void }

const SelectedVariantContext = createContext<SelectedVariant | null>(null)

/**
 * The variant the buyer has chosen on the product page, shared by the variant picker (which sets it)
 * and the blocks that follow it (which show that variant's figures). Renders no element of its own,
 * so the server-rendered parts of the page between them stay server-rendered.
 */
export function SelectedVariantProvider({
  initialVariantId,
  children,
}: {
  initialVariantId: string | null
  children: ReactNode
}) {
  const [variantId, select] = useState<string | null>(initialVariantId)
  const value = useMemo(() => ({ variantId, select }), [variantId])
  return <SelectedVariantContext.Provider value={value}>{children}</SelectedVariantContext.Provider>
}

/** Tells the page which variant is chosen (null: the combination does not exist); a no-op outside a provider. */
export function useSelectVariant(): (variantId: string | null) => void {
  return useContext(SelectedVariantContext)?.select ?? noop
}

function noop() {}

/**
 * One server-rendered block per variant, of which only the chosen variant's is shown (nothing when
 * that variant has none, or no variant matches the buyer's choice). Switching variants swaps the
 * block on the client, without a request.
 */
export function SelectedVariantBlock({ blocks }: { blocks: Record<string, ReactNode> }) {
  const variantId = useContext(SelectedVariantContext)?.variantId ?? null
  return variantId && variantId in blocks ? <>{blocks[variantId]}</> : null
}
