import fc from "fast-check"
import { createHash } from "node:crypto"
import { ID_MAX_LENGTH, ID_PATTERN } from "../../limits"
import { feedbackLink, feedbackLinkProblem, hashFeedbackToken, isFeedbackTokenShape, newFeedbackToken } from ".."

describe("feedback tokens", () => {
  it("are random, URL-safe, ids to the input guard, and stored only as their SHA-256", () => {
    const tokens = Array.from({ length: 2000 }, () => newFeedbackToken())
    expect(new Set(tokens.map((t) => t.token)).size).toBe(2000)
    for (const { token, token_hash } of tokens) {
      expect(isFeedbackTokenShape(token)).toBe(true)
      // a path segment the guard refuses never reaches the route: every link must pass it
      expect(token.length <= ID_MAX_LENGTH && ID_PATTERN.test(token)).toBe(true)
      expect(token_hash).toBe(createHash("sha256").update(token).digest("hex"))
      expect(token_hash).not.toContain(token)
    }
  })

  it("hash differently for any two different tokens", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => a === b || hashFeedbackToken(a) !== hashFeedbackToken(b)))
  })

  it("refuse the wrong shape", () => {
    expect(isFeedbackTokenShape(`f${"a".repeat(42)}`)).toBe(false)
    expect(isFeedbackTokenShape(`f${"a".repeat(43)}`)).toBe(true)
    expect(isFeedbackTokenShape("a".repeat(44))).toBe(false)
    expect(isFeedbackTokenShape(`f${"a".repeat(42)}/`)).toBe(false)
  })

  it("fill the link template, or append the token to a base address", () => {
    expect(feedbackLink("https://shop.example/feedback?t={token}", "abc")).toBe("https://shop.example/feedback?t=abc")
    expect(feedbackLink("https://shop.example/feedback/", "abc")).toBe("https://shop.example/feedback/abc")
  })

  it("say why an answer is refused: unknown, used, expired, at the boundary too", () => {
    const now = new Date("2026-12-01T10:00:00Z")
    expect(feedbackLinkProblem(null, now)).toMatch(/not valid/)
    expect(feedbackLinkProblem({ used_at: new Date("2026-11-30T00:00:00Z"), expires_at: new Date("2027-01-01T00:00:00Z") }, now)).toMatch(/already used/)
    expect(feedbackLinkProblem({ used_at: null, expires_at: now }, now)).toMatch(/expired/)
    expect(feedbackLinkProblem({ used_at: null, expires_at: new Date(now.getTime() + 1) }, now)).toBeNull()
  })
})
