import { createHash, randomBytes } from "node:crypto"

/** How long a feedback link stays good after delivery. */
export const FEEDBACK_LINK_DAYS = 30

/**
 * A feedback link's token: "f" and 32 random bytes, URL-safe. The letter in front keeps it an id
 * to the admin and store input guard (ids start with a letter or digit; base64 may start with
 * "-" or "_", which refused about one link in thirty). The link is the only copy; the database
 * keeps its SHA-256 (`hashFeedbackToken`), so nobody reading the table can answer for a customer.
 */
export function newFeedbackToken(): { token: string; token_hash: string } {
  const token = `f${randomBytes(32).toString("base64url")}`
  return { token, token_hash: hashFeedbackToken(token) }
}

export const hashFeedbackToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex")

/** A token as `newFeedbackToken` makes them: "f" and 43 URL-safe base64 characters. */
export const isFeedbackTokenShape = (token: string) => /^f[A-Za-z0-9_-]{43}$/.test(token)

/** The link in the message: the host's template with `{token}` replaced (the token is URL-safe). */
export function feedbackLink(template: string, token: string): string {
  return template.includes("{token}") ? template.split("{token}").join(token) : `${template.replace(/\/$/, "")}/${token}`
}

export type FeedbackRequestState = { used_at: Date | null; expires_at: Date }

/** Why an answer on this link is refused, or null when it may be stored. */
export function feedbackLinkProblem(request: FeedbackRequestState | null, now: Date): string | null {
  if (!request) return "this feedback link is not valid"
  if (request.used_at) return "this feedback link was already used"
  if (request.expires_at.getTime() <= now.getTime()) return "this feedback link has expired"
  return null
}
