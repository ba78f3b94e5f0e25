import { Drawer, Skeleton, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { DRILL_SPECS, type DrillKpi } from "../../../lib/kpi/drill-kpis"
import { errorMessage, isPeriodTooLong } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { formatPeriod } from "../../lib/periods"
import type { KpiFilters } from "../../lib/use-kpis"
import { useKpiOrders } from "../../lib/use-kpi-orders"
import { TablePagination } from "../common/table-pagination"
import { KpiOrdersTable } from "./kpi-orders-table"

const PAGE_SIZE = 20

/** The orders behind one tile, in a drawer: the problem outcome first (late, not perfect, …), the rest on the other tab. */
export const KpiOrdersDrawer = ({ kpi, label, filters, onClose }: { kpi: DrillKpi; label: string; filters: KpiFilters; onClose: () => void }) => {
  const { t, locale } = useOmsTranslation()
  const spec = DRILL_SPECS[kpi]
  const other = spec.problem === spec.counted ? spec.rest : spec.counted
  const [outcome, setOutcome] = useState(spec.problem)
  const [pageIndex, setPageIndex] = useState(0)
  const result = useKpiOrders({ ...filters, kpi, outcome, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const data = result.data
  const period = formatPeriod(filters, locale)

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="sm:max-w-[760px]">
        <Drawer.Header>
          <Drawer.Title>{t("drill.title", { label })}</Drawer.Title>
          <Drawer.Description>{t(spec.level === "shipment" ? "drill.shipmentsText" : "drill.ordersText", { period })}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Tabs
            value={outcome}
            onValueChange={(value) => {
              setOutcome(value)
              setPageIndex(0)
            }}
          >
            <Tabs.List>
              {[spec.problem, other].map((o) => (
                <Tabs.Trigger key={o} value={o}>
                  {t(`drill.outcome.${o}`)}
                  {data && <span className="text-ui-fg-muted ml-1 tabular-nums">{formatCount(data.outcomes[o] ?? 0, locale)}</span>}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs>
          {result.isLoading && <Skeleton className="h-40 w-full" />}
          {result.isError && (
            <Text size="small" className="text-ui-fg-error">
              {isPeriodTooLong(result.error) ? t("dashboard.tooLongText") : `${t("drill.errorTitle")}: ${errorMessage(result.error, t("common.tryAgain"))}`}
            </Text>
          )}
          {data && data.count === 0 && (
            <div className="flex flex-col gap-y-1 py-6 text-center">
              {/* no late or back-ordered order is good news, not a dead end */}
              <Text size="small" weight="plus">
                {outcome === spec.problem ? t("drill.emptyProblemTitle") : t("drill.emptyTitle")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {outcome === spec.problem ? t("drill.emptyProblemText") : t("drill.emptyText")}
              </Text>
            </div>
          )}
          {data && data.count > 0 && (
            <div className={`border-ui-border-base overflow-hidden rounded-lg border ${result.isFetching ? "opacity-60" : ""}`}>
              <div className="overflow-x-auto">
                <KpiOrdersTable rows={data.kpi_orders} kpi={kpi} problem={spec.problem} />
              </div>
              <TablePagination
                count={data.count}
                pageSize={PAGE_SIZE}
                pageIndex={pageIndex}
                onPage={setPageIndex}
                results={t(spec.level === "shipment" ? "drill.resultsShipments" : "drill.resultsOrders")}
              />
            </div>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
