import { StatusBadge } from "@medusajs/ui"
import type { SlaStatus } from "../../../lib/kpi/shipment-sla"
import { useOmsTranslation } from "../../lib/i18n"

const COLOR: Record<SlaStatus, "green" | "orange" | "red"> = { on_time: "green", at_risk: "orange", late: "red" }

/** On time / At risk / Late, as lib/kpi shipmentSla decides it. */
export const SlaBadge = ({ status }: { status: SlaStatus }) => {
  const { t } = useOmsTranslation()
  return <StatusBadge color={COLOR[status]}>{t(`sla.${status}`)}</StatusBadge>
}
