import { useTranslation } from "react-i18next"

/** The i18next namespace of every medusa-oms string (see src/admin/i18n/index.ts). */
export const OMS_NS = "medusa-oms"

/** `t` for the plugin's strings, and the admin's language. */
export function useOmsTranslation() {
  const { t, i18n } = useTranslation(OMS_NS)
  const language = i18n.resolvedLanguage || i18n.language || "en"
  return { t, language, locale: intlLocale(language), contentLocale: contentLocale(language) }
}

/** The BCP 47 tag for Intl formatters: "id" → "id-ID", "en" → "en-GB" (day before month), others as they are. */
export function intlLocale(language: string | null | undefined): string {
  if (!language) return "en-GB"
  if (language === "id" || language.startsWith("id-")) return "id-ID"
  if (language === "en") return "en-GB"
  return language
}

/** The language of texts the server keeps in English and Indonesian (cause labels, rules, return reasons). */
export function contentLocale(language: string | null | undefined): "en" | "id" {
  return language === "id" || language?.startsWith("id-") ? "id" : "en"
}
