import { Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import type { OrderFeedback } from "../../lib/measure-types"

const Stars = ({ rating, label }: { rating: number; label: string }) => (
  <span role="img" aria-label={label} className="text-ui-tag-orange-icon tracking-wider">
    {"★".repeat(rating)}
    <span className="text-ui-fg-disabled">{"★".repeat(Math.max(0, 5 - rating))}</span>
  </span>
)

/** The customer's ratings of the order, with their words and where they gave them; a line saying how ratings come when there is none. */
export const FeedbackRating = ({ feedback }: { feedback: OrderFeedback[] }) => {
  const { t, locale } = useOmsTranslation()
  const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" })
  if (!feedback.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("orderSla.noRating")}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-2">
      {feedback.map((f) => (
        <li key={f.id} className="flex flex-col gap-y-0.5">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <Stars rating={f.rating} label={t("orderSla.ratingValue", { rating: f.rating })} />
            <Text size="small" weight="plus" className="tabular-nums">
              {t("orderSla.ratingValue", { rating: f.rating })}
            </Text>
            <Text size="xsmall" className="text-ui-fg-muted">
              {t(f.source === "link" ? "orderSla.fromLink" : "orderSla.fromAccount", { date: date.format(new Date(f.created_at)) })}
            </Text>
          </div>
          {f.comment && (
            <Text size="small" className="italic">
              “{f.comment}”
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}
