import { Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { ROOT_CAUSE_LABELS, type RootCause } from "../../lib/kpi-types"

/** The customers' last words on their returns, as they wrote them, with the cause and the day. */
export const CustomerWords = ({ words }: { words: { note: string; cause: RootCause; requested_at: string | null }[] }) => {
  const { locale, contentLocale } = useOmsTranslation()
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" })
  return (
    <ul className="flex flex-col gap-y-2">
      {words.map((w, i) => (
        <li key={i} className="border-ui-border-strong border-l-2 pl-3">
          <Text size="small" className="line-clamp-3 italic">
            “{w.note}”
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {[ROOT_CAUSE_LABELS[w.cause]?.[contentLocale], w.requested_at && date.format(new Date(w.requested_at))].filter(Boolean).join(" · ")}
          </Text>
        </li>
      ))}
    </ul>
  )
}
