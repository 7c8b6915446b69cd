/** Status of a failed store API call (the SDK's FetchError carries it), if any. */
export function errorStatus(error: unknown): number | undefined {
  if (error && typeof error === "object" && "status" in error) {
    const status = (error as { status?: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

export function isNotFound(error: unknown): boolean {
  return errorStatus(error) === 404
}

/** The backend's message for a 4xx answer (e.g. a rejected filter), else undefined. */
export function clientErrorMessage(error: unknown): string | undefined {
  const status = errorStatus(error)
  if (status === undefined || status < 400 || status >= 500) return undefined
  return error instanceof Error && error.message ? error.message : undefined
}
