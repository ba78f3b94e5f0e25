/** The server's message from a js-sdk FetchError (or any Error). */
export function errorMessage(error: unknown, fallback = "Something went wrong"): string {
  if (error && typeof error === "object" && "message" in error) {
    const message = String((error as { message: unknown }).message ?? "").trim()
    if (message) return message
  }
  return fallback
}
