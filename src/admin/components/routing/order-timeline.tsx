import { Text } from "@medusajs/ui"
import { actorLabel, formatDateTime, withItemTitles } from "../../lib/format"
import type { OmsOrder, TimelineEntry } from "../../lib/types"
import { StageBadge } from "../common/stage-badge"

function detailText(details: TimelineEntry["details"]): string | null {
  if (!details) return null
  if (typeof details.rule === "string") return details.rule
  if (typeof details.reason === "string") return details.reason
  return null
}

/** Newest first, one row per stage change. */
export const OrderTimeline = ({ timeline, items = [] }: { timeline: TimelineEntry[]; items?: OmsOrder["items"] }) => {
  if (!timeline.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No events recorded yet.
      </Text>
    )
  }
  const entries = [...timeline].reverse()
  return (
    <ol className="flex flex-col">
      {entries.map((entry, index) => (
        <li key={`${entry.stage}-${entry.at}-${index}`} className="grid grid-cols-[16px_1fr] gap-x-3">
          <div className="flex flex-col items-center">
            <span className="bg-ui-fg-muted mt-1.5 size-2 shrink-0 rounded-full" />
            {index < entries.length - 1 && <span className="bg-ui-border-base w-px flex-1" />}
          </div>
          <div className="flex flex-col gap-y-0.5 pb-3">
            <div className="flex flex-wrap items-center gap-x-2">
              <StageBadge stage={entry.stage} />
              <Text size="xsmall" className="text-ui-fg-muted">
                {formatDateTime(entry.at)} · {actorLabel(entry.actor)}
              </Text>
            </div>
            {detailText(entry.details) && (
              <Text size="small" className="text-ui-fg-subtle">
                {withItemTitles(detailText(entry.details)!, items)}
              </Text>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
