"use client"

/** Opens the browser's print dialog for the receipt; the page's print styles leave only the receipt. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary" data-testid="receipt-print" onClick={() => window.print()}>
      {label}
    </button>
  )
}
