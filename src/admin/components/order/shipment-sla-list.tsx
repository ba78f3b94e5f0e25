import { StatusBadge, Text } from "@medusajs/ui"
import { atRiskReasonTexts } from "../../lib/at-risk-text"
import { useOmsTranslation } from "../../lib/i18n"
import { useFormatContext } from "../../lib/use-format"
import { shipmentSlaText } from "../../lib/shipment-sla-text"
import { stageName } from "../../lib/stage-name"
import { stageColor } from "../../lib/stage-colors"
import type { OmsShipment } from "../../lib/types"
import { useCentreLookup } from "../../lib/use-centre-lookup"
import { SlaBadge } from "../common/sla-badge"

/** One line per live parcel: its centre and step, its SLA badge and what the badge is about. */
export const ShipmentSlaList = ({ shipments }: { shipments: OmsShipment[] }) => {
  const { t, locale } = useOmsTranslation()
  const centre = useCentreLookup()
  const { units } = useFormatContext(null)
  return (
    <ul className="flex flex-col gap-y-3">
      {shipments.map((s) => {
        const timeZone = centre.timeZone(s.stock_location_id)
        // a late parcel's badge says it all; an at-risk one says why
        const why = s.sla?.status === "at_risk" ? atRiskReasonTexts(s.sla, { t, units }) : []
        return (
          <li key={s.id} className="flex flex-col gap-y-1">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Text size="small" weight="plus" className="mr-1">
                {s.stock_location_name ?? centre.name(s.stock_location_id) ?? t("orderSla.noCentre")}
              </Text>
              <StatusBadge color={stageColor(s.stage)}>{stageName(t, s.stage)}</StatusBadge>
              {s.sla && <SlaBadge status={s.sla.status} />}
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {[shipmentSlaText(s.sla, { t, locale, timeZone }), ...why].join(" · ")}
            </Text>
            {/* Medusa's item list shows reserved lines as "Allocated" even when nothing is on the shelf */}
            {s.stage === "backordered" && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("orderSla.backorderedAllocated")}
              </Text>
            )}
          </li>
        )
      })}
    </ul>
  )
}
