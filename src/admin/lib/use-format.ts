import { useMemo } from "react"
import type { FormatContext } from "./kpi-format"
import { useOmsTranslation } from "./i18n"

/** Formatting in the admin's language: its locale, its words for durations and points, the store's currency. */
export function useFormatContext(currency: string | null): FormatContext {
  const { t, locale } = useOmsTranslation()
  return useMemo(
    () => ({
      locale,
      currency,
      points: t("format.points"),
      units: { day: t("format.day"), hour: t("format.hour"), minute: t("format.minute"), underMinute: t("format.underMinute") },
    }),
    [t, locale, currency]
  )
}
