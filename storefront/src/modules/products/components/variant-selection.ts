/** What the variant picker first selects, shared by the picker and the server-rendered page. Pure. */
export function initialPickerVariant<T extends { inStock: boolean }>(variants: T[]): T | undefined {
  return variants.find((v) => v.inStock) ?? variants[0]
}
