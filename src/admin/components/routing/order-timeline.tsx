import { Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { actorText, dateTimeText } from "../../lib/routing-text"
import { timelineDetail } from "../../lib/routing-phrases"
import type { OmsOrder, TimelineEntry } from "../../lib/types"
import { StageBadge } from "../common/stage-badge"

/** Newest first, one row per stage change. */
export const OrderTimeline = ({ timeline, items = [] }: { timeline: TimelineEntry[]; items?: OmsOrder["items"] }) => {
  const { t, locale } = useOmsTranslation()
  if (!timeline.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("routing.noEvents")}
      </Text>
    )
  }
  const entries = [...timeline].reverse()
  return (
    <ol className="flex flex-col">
      {entries.map((entry, index) => {
        const detail = timelineDetail(t, entry.details, items, locale)
        return (
          <li key={`${entry.stage}-${entry.at}-${index}`} className="grid grid-cols-[16px_1fr] gap-x-3">
            <div className="flex flex-col items-center">
              <span className="bg-ui-fg-muted mt-1.5 size-2 shrink-0 rounded-full" />
              {index < entries.length - 1 && <span className="bg-ui-border-base w-px flex-1" />}
            </div>
            <div className="flex flex-col gap-y-0.5 pb-3">
              <div className="flex flex-wrap items-center gap-x-2">
                <StageBadge stage={entry.stage} />
                <Text size="xsmall" className="text-ui-fg-muted">
                  {dateTimeText(entry.at, locale)} · {actorText(t, entry.actor)}
                </Text>
              </div>
              {detail && (
                <Text size="small" className="text-ui-fg-subtle">
                  {detail}
                </Text>
              )}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
