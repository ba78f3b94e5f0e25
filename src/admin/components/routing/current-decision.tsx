import { Badge, Text } from "@medusajs/ui"
import { ExclamationCircle } from "@medusajs/icons"
import { actorLabel, formatDateTime, formatKm, strategyLabel, triggerLabel, withItemTitles } from "../../lib/format"
import type { OmsOrder, RoutingView } from "../../lib/types"

type Items = OmsOrder["items"]

export const ItemLine = ({ lineId, quantity, items }: { lineId: string; quantity: number; items: Items }) => {
  const item = items.find((i) => i.id === lineId)
  return (
    <div className="flex items-baseline justify-between gap-3">
      <Text size="small" className="text-ui-fg-base min-w-0 truncate">
        {item?.title ?? lineId}
        {item?.sku && <span className="text-ui-fg-muted"> · {item.sku}</span>}
      </Text>
      <Text size="small" weight="plus" className="shrink-0 tabular-nums">
        × {quantity}
        {item && item.quantity !== quantity && <span className="text-ui-fg-muted"> of {item.quantity}</span>}
      </Text>
    </div>
  )
}

export const CurrentDecision = ({
  routing,
  items,
  nameOf,
}: {
  routing: RoutingView
  items: Items
  nameOf: (stockLocationId: string) => string
}) => (
  <div className="flex flex-col gap-y-4">
    <div className="flex flex-col gap-y-2">
      <Text size="base" weight="plus" className="text-ui-fg-base">
        {withItemTitles(routing.rule, items)}
      </Text>
      <div className="flex flex-wrap items-center gap-2">
        <Badge size="2xsmall" color="blue">
          {strategyLabel(routing.strategy)}
        </Badge>
        <Badge size="2xsmall">
          {routing.shipment_count} {routing.shipment_count === 1 ? "shipment" : "shipments"}
        </Badge>
        {routing.explanation?.fell_back_to_priority && (
          <Badge size="2xsmall" color="orange">
            Address not located: priority order used
          </Badge>
        )}
        <Text size="xsmall" className="text-ui-fg-muted">
          {triggerLabel(routing.trigger)} · {formatDateTime(routing.decided_at)} · {actorLabel(routing.actor)}
          {routing.duration_ms != null && ` · ${routing.duration_ms} ms`}
        </Text>
      </div>
    </div>

    {routing.allocations.length > 0 && (
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {routing.allocations.map((allocation) => (
          <div
            key={allocation.stock_location_id}
            className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-lg px-4 py-3"
          >
            <div className="flex items-baseline justify-between gap-2">
              <Text size="base" weight="plus">
                {allocation.stock_location_name ?? nameOf(allocation.stock_location_id)}
              </Text>
              <Text size="small" className="text-ui-fg-subtle shrink-0 tabular-nums">
                {formatKm(allocation.distance_km)}
              </Text>
            </div>
            {allocation.items.map((item) => (
              <ItemLine key={item.line_item_id} lineId={item.line_item_id} quantity={item.quantity} items={items} />
            ))}
          </div>
        ))}
      </div>
    )}

    {routing.backordered.length > 0 && (
      <div className="bg-ui-tag-orange-bg border-ui-tag-orange-border flex flex-col gap-y-2 rounded-lg border px-4 py-3">
        <div className="flex items-center gap-x-2">
          <ExclamationCircle className="text-ui-tag-orange-icon" />
          <Text size="base" weight="plus" className="text-ui-tag-orange-text">
            Back-ordered: {routing.backordered_units} {routing.backordered_units === 1 ? "unit" : "units"}
          </Text>
        </div>
        {routing.backordered.map((item) => (
          <ItemLine key={item.line_item_id} lineId={item.line_item_id} quantity={item.quantity} items={items} />
        ))}
        {routing.backorder_location_id && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Reserved at {nameOf(routing.backorder_location_id)} until stock arrives.
          </Text>
        )}
      </div>
    )}
  </div>
)
