import type { errorsId } from "./errors.id"

/** English texts of the error pages: exactly the keys of `errors.id.ts`. */
export const errorsEn: Record<keyof typeof errorsId, string> = {
  "error.title": "Something went wrong",
  "error.body":
    "We could not load this page. The shop server may be busy or unavailable. Please try again in a moment.",
  "error.retry": "Try again",
  "error.home": "Go to the home page",
  "error.reference": "Reference code: {digest}",
}
