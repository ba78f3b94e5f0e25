import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ChartPie } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { CentreFilter } from "../../../components/dashboard/dashboard-filters"
import { ConditionChips } from "../../../components/stock/condition-chips"
import { RefreshButton } from "../../../components/stock/refresh-button"
import { SearchInput } from "../../../components/stock/search-input"
import { StockAlertsPanel } from "../../../components/stock/stock-alerts-panel"
import { StockHealthTable } from "../../../components/stock/stock-health-table"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { STOCK_CONDITIONS, STOCK_SORTS, type StockCondition, type StockSort } from "../../../lib/stock-health-types"
import { stockHealthCsvUrl, useStockHealth } from "../../../lib/use-stock-health"
import { useUrlParams } from "../../../lib/use-url-state"

const PAGE_SIZE = 50
const PARAMS = ["condition", "centre", "q", "sort", "order", "page"] as const

/** Every SKU at every centre: how much is there, how fast it sells, when to reorder, what is wrong. */
const StockHealthPage = () => {
  const { t } = useOmsTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useUrlParams(PARAMS)
  const conditions = (params.condition ?? "").split(",").filter((c): c is StockCondition => (STOCK_CONDITIONS as readonly string[]).includes(c))
  const sort = (STOCK_SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as StockSort) : null
  const order = params.order === "asc" || params.order === "desc" ? (params.order as "asc" | "desc") : null
  const pageIndex = Math.max(0, Number(params.page) - 1 || 0)
  const filters = { stock_location_id: params.centre, condition: conditions, q: params.q, sort, order }
  const health = useStockHealth({ ...filters, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const data = health.data
  // a filter change starts again at the first page
  const filter = (change: Partial<Record<(typeof PARAMS)[number], string | null>>) => setParams({ ...change, page: null })
  const openItem = (inventoryItemId: string, centre?: string) => navigate(`/oms/stock/${inventoryItemId}${centre ? `?centre=${centre}` : ""}`)
  const download = () => {
    const link = document.createElement("a")
    link.href = stockHealthCsvUrl(filters)
    link.download = ""
    link.click()
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-start justify-between gap-3 px-6 py-4">
          <div className="flex flex-col">
            <Heading level="h1">{t("stockHealth.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle max-w-[720px]">
              {t("stockHealth.subtitle")}
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <RefreshButton refreshedAt={data?.refreshed_at} />
            <Button size="small" variant="secondary" onClick={download} disabled={!data?.count}>
              <ArrowDownTray />
              {t("stockHealth.downloadCsv")}
            </Button>
          </div>
        </div>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <ConditionChips counts={data?.counts} selected={conditions} onChange={(next) => filter({ condition: next.join(",") || null })} />
          <div className="flex flex-wrap items-end gap-3">
            <CentreFilter value={params.centre} onChange={(centre) => filter({ centre })} />
            <SearchInput id="oms-stock-search" label={t("stockHealth.search")} placeholder={t("stockHealth.searchPlaceholder")} value={params.q} onChange={(q) => filter({ q })} />
          </div>
        </div>
      </Container>

      {health.isLoading && (
        <Container className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </Container>
      )}
      {health.isError && (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("stockHealth.errorTitle")}: {errorMessage(health.error, t("common.tryAgain"))}
          </Text>
        </Container>
      )}
      {data && data.count === 0 && (
        <Container className="flex flex-col items-center gap-y-2 px-6 py-8 text-center">
          <Text weight="plus">{conditions.length || params.centre || params.q ? t("stockHealth.emptyFilteredTitle") : t("stockHealth.emptyTitle")}</Text>
          <Text size="small" className="text-ui-fg-subtle max-w-[600px]">
            {data.refreshed_at ? t("stockHealth.emptyFilteredText") : t("stockHealth.emptyText")}
          </Text>
        </Container>
      )}
      {data && data.count > 0 && (
        <Container className={`overflow-hidden p-0 ${health.isFetching ? "opacity-70" : ""}`}>
          <StockHealthTable
            rows={data.rows}
            sort={{ sort, order }}
            onSort={(next) => filter({ sort: next.sort, order: next.order })}
            onOpen={(row) => openItem(row.inventory_item_id, row.stock_location_id)}
            pagination={{ count: data.count, pageSize: PAGE_SIZE, pageIndex, onPage: (index) => setParams({ page: index > 0 ? String(index + 1) : null }) }}
          />
        </Container>
      )}

      <StockAlertsPanel onOpenItem={(id) => openItem(id)} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.stockHealth",
  translationNs: "medusa-oms",
  icon: ChartPie,
  rank: 16,
})

export default StockHealthPage
