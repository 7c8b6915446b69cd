/**
 * A failed backend call: the HTTP status (0 when the backend could not be reached), the API's
 * `message` and its `type` when it sent one. No "server-only" here: forms test against it.
 */
export class ApiError extends Error {
  readonly status: number
  readonly type?: string
  constructor(status: number, message: string, type?: string) {
    super(message)
    this.name = "ApiError"
    this.status = status
    this.type = type
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
