import { useState } from "react"
import { Badge, Button, Text, clx } from "@medusajs/ui"
import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { useOmsTranslation } from "../../lib/i18n"
import { countText, kmText, lineTitle } from "../../lib/routing-text"
import { reasonText, sourceText } from "../../lib/routing-phrases"
import { outcomeColor } from "../../lib/stage-colors"
import type { Candidate, OmsOrder, RoutingView } from "../../lib/types"

const OUTCOME_ORDER = { chosen: 0, lost: 1, ineligible: 2 } as const

const StockSeen = ({ candidate, items }: { candidate: Candidate; items: OmsOrder["items"] }) => {
  const { t } = useOmsTranslation()
  const lines = Object.entries(candidate.stock_seen ?? {})
  if (!lines.length) return null
  return (
    <div className="flex flex-wrap gap-1.5">
      {lines.map(([lineId, units]) => {
        const item = items.find((i) => i.id === lineId)
        const short = item ? units < item.quantity : false
        return (
          <Badge key={lineId} size="2xsmall" color={short ? "red" : "grey"}>
            <span className="max-w-[200px] truncate">
              {lineTitle(t, lineId, items)}: <span className="tabular-nums">{units}</span>
              {item && <span className="tabular-nums"> / {item.quantity}</span>}
            </span>
          </Badge>
        )
      })}
    </div>
  )
}

export const CandidateRow = ({ candidate, items }: { candidate: Candidate; items: OmsOrder["items"] }) => {
  const { t, locale } = useOmsTranslation()
  return (
    <div
      className={clx(
        "flex flex-col gap-y-1.5 rounded-lg px-4 py-3",
        candidate.outcome === "chosen" ? "bg-ui-tag-green-bg" : "bg-ui-bg-subtle"
      )}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Text size="base" weight="plus">
            {candidate.name}
          </Text>
          <Badge size="2xsmall" color={outcomeColor(candidate.outcome)}>
            {t(`routing.outcome.${candidate.outcome}`)}
          </Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle tabular-nums">
          {t("routing.distancePriority", { distance: kmText(candidate.distance_km, locale), priority: candidate.priority })}
          {candidate.can_fill_order && ` · ${t("routing.canFill")}`}
        </Text>
      </div>
      <Text size="small" className="text-ui-fg-base">
        {reasonText(t, candidate, items, locale)}
      </Text>
      <StockSeen candidate={candidate} items={items} />
    </div>
  )
}

/** "Why": destination lookup + every candidate centre with its outcome and reason. */
export const WhyCandidates = ({ routing, items }: { routing: RoutingView; items: OmsOrder["items"] }) => {
  const { t, locale } = useOmsTranslation()
  const [open, setOpen] = useState(false)
  const explanation = routing.explanation
  if (!explanation) return null
  const destination = explanation.destination
  const candidates = [...explanation.candidates].sort(
    (a, b) =>
      (OUTCOME_ORDER[a.outcome] ?? 3) - (OUTCOME_ORDER[b.outcome] ?? 3) ||
      (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity)
  )
  const changes = explanation.reservation_changes
  const where = [destination.province, destination.country_code?.toUpperCase()].filter(Boolean).join(", ")

  return (
    <div className="flex flex-col gap-y-3">
      <Button
        variant="transparent"
        size="small"
        className="self-start"
        onClick={() => setOpen((v) => !v)}
        aria-expanded={open}
      >
        {open ? <TriangleDownMini /> : <TriangleRightMini />}
        {t("routing.why", { count: candidates.length })}
      </Button>
      {open && (
        <div className="flex flex-col gap-y-3">
          <div className="shadow-borders-base flex flex-col gap-y-1 rounded-lg px-4 py-3">
            <Text size="xsmall" className="text-ui-fg-muted uppercase tracking-wide">
              {t("routing.destination")}
            </Text>
            <Text size="small">{sourceText(t, destination, locale)}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {where || t("routing.noProvince")}
              {destination.point
                ? ` · ${destination.point.latitude.toFixed(3)}, ${destination.point.longitude.toFixed(3)}`
                : ` · ${t("routing.notOnMap")}`}
            </Text>
            {changes && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("routing.reservations", {
                  moved: countText(changes.moved_or_resized, locale),
                  created: countText(changes.created, locale),
                  deleted: countText(changes.deleted, locale),
                })}
              </Text>
            )}
          </div>
          {candidates.map((candidate) => (
            <CandidateRow key={candidate.stock_location_id} candidate={candidate} items={items} />
          ))}
        </div>
      )}
    </div>
  )
}
