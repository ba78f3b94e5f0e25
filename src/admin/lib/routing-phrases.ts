import { countText, kmText, lineTitle } from "./routing-text"
import type { Translate } from "./translate"
import type { Candidate, RoutingPhrase, RoutingView, TimelineEntry } from "./types"
import { withItemTitles } from "./format"

type Items = { id: string; title: string }[]

/**
 * A server phrase's parameters as the sentence shows them: `line` ids become item titles,
 * `*_km` distances and `amount*` sums are written in the admin's language, `count` stays a number
 * (it picks the plural form).
 */
function shownParams(t: Translate, params: RoutingPhrase["params"], items: Items, locale: string) {
  const shown: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key === "count") shown.count = value
    if (typeof value === "number") {
      shown[key] = key.endsWith("km")
        ? kmText(value, locale)
        : key.startsWith("amount")
          ? new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)
          : countText(value, locale)
    } else if (key === "line" || key.endsWith("_line")) {
      shown[key] = lineTitle(t, String(value), items)
    } else {
      shown[key] = value
    }
  }
  if (typeof params?.count === "number") shown.count = params.count
  return shown
}

/**
 * Phrases the routing rules record beside their English sentence (`src/lib/routing/phrases.ts`),
 * in the admin's language; null when a phrase is unknown to this admin, so the caller shows the
 * recorded sentence instead of half a translation.
 */
export function phrasesText(t: Translate, phrases: RoutingPhrase[] | null | undefined, items: Items, locale: string): string | null {
  if (!phrases?.length) return null
  const parts: string[] = []
  for (const phrase of phrases) {
    const text = t(`routing.phrase.${phrase.code}`, { ...shownParams(t, phrase.params, items, locale), defaultValue: "" })
    if (!text) return null
    parts.push(text)
  }
  const sentence = parts.join("")
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

/** Recorded English sentences (decisions older than the phrases) with lines named by their titles. */
const recorded = (t: Translate, text: string, items: Items) => {
  const sentence = withItemTitles(text, items).replace(/\bline [a-z]+_[0-9A-Z]+\b/g, t("routing.removedItem"))
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

/** The rule that decided the routing. */
export const ruleText = (t: Translate, routing: RoutingView, items: Items, locale: string) =>
  phrasesText(t, routing.explanation?.rule_phrases, items, locale) ?? recorded(t, routing.rule, items)

/** Why a candidate centre was chosen, lost or could not take the order. */
export const reasonText = (t: Translate, candidate: Candidate, items: Items, locale: string) =>
  phrasesText(t, candidate.reason_phrases, items, locale) ?? recorded(t, candidate.reason, items)

/** How the delivery address was placed on the map (or why it could not be). */
export function sourceText(t: Translate, destination: { source: string; source_phrases?: RoutingPhrase[] | null }, locale: string) {
  const phrases = destination.source_phrases?.length ? destination.source_phrases : [legacySourcePhrase(destination.source)]
  return phrasesText(t, phrases, [], locale) ?? t("routing.phrase.source_unknown")
}

/** Decisions recorded before the phrases: the lookup's English note read back into a phrase. */
export function legacySourcePhrase(source: string): RoutingPhrase {
  const city = /^gazetteer: city ([^,]+), (\w*)/.exec(source)
  if (city) return { code: "source_city", params: { city: city[1], province: city[2] } }
  const province = /^gazetteer: province (.+?) \((\w+)\) centre/.exec(source)
  if (province) return { code: "source_province", params: { province: province[1] } }
  if (/^address metadata|^metadata/.test(source)) return { code: "source_metadata" }
  if (/^no shipping address/.test(source)) return { code: "source_no_address" }
  return { code: "source_unknown" }
}

/** The detail of a timeline entry: the routing rule of the decision, or why the stage changed. */
export function timelineDetail(t: Translate, details: TimelineEntry["details"], items: Items, locale: string): string | null {
  if (!details) return null
  const phrases = details.rule_phrases as RoutingPhrase[] | undefined
  if (phrases) return phrasesText(t, phrases, items, locale) ?? (typeof details.rule === "string" ? recorded(t, details.rule, items) : null)
  if (typeof details.rule === "string") return recorded(t, details.rule, items)
  if (typeof details.cause === "string") return t(`routing.cause.${details.cause}`, { defaultValue: t("routing.cause.other") })
  if (typeof details.reason === "string") return t(`routing.reason.${reasonCode(details.reason)}`, { defaultValue: recorded(t, details.reason, items) })
  return null
}

/** The fixed reasons workflows record ("wave canceled") as keys: "wave_canceled". */
export const reasonCode = (reason: string) => reason.toLowerCase().replace(/[^a-z]+/g, "_").replace(/^_|_$/g, "")
