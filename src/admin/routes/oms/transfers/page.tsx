import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowsPointingOut } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Section } from "../../../components/common/section"
import { FilterSelect } from "../../../components/dashboard/dashboard-filters"
import { RunPanel } from "../../../components/transfers/run-panel"
import { TransfersTable } from "../../../components/transfers/transfers-table"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { useUrlParams } from "../../../lib/use-url-state"
import { transfersCsvUrl, useTransfers, type TransferStatus } from "../../../lib/use-transfers"

const PAGE_SIZE = 20
const STATUSES: TransferStatus[] = ["suggested", "accepted", "dismissed"]
const PARAMS = ["status", "page"] as const

const StockTransfersPage = () => {
  const { t } = useOmsTranslation()
  const [params, setParams] = useUrlParams(PARAMS)
  const status = STATUSES.includes(params.status as TransferStatus) ? (params.status as TransferStatus) : "suggested"
  const pageIndex = Math.max(0, Number(params.page) - 1 || 0)
  const list = useTransfers({ status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const data = list.data

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("transfers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-[760px]">{t("transfers.subtitle")}</Text>
        </div>
        <RunPanel latest={data?.run ?? null} onFinished={() => list.refetch()} />
      </Container>

      <Container className="overflow-hidden p-0">
        <Section
          title={t(`transfers.statuses.${status}`)}
          description={data ? t("transfers.howText", { cover: data.cover_days }) : undefined}
          actions={
            <div className="flex flex-wrap items-end gap-3">
              <FilterSelect
                id="oms-transfer-status"
                label={t("transfers.status")}
                value={status}
                onChange={(v) => setParams({ status: v === "suggested" ? null : v, page: null })}
                options={STATUSES.map((s) => ({ value: s, label: t(`transfers.statuses.${s}`) }))}
              />
              <Button size="small" variant="secondary" asChild disabled={!data?.count} title={t("transfers.exportHint")}>
                <a href={transfersCsvUrl(status)} download>
                  <ArrowDownTray />
                  {t("transfers.export")}
                </a>
              </Button>
            </div>
          }
        />
        {list.isLoading && (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        )}
        {list.isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {t("transfers.loadFailed")}: {errorMessage(list.error, t("common.tryAgain"))}
          </Text>
        )}
        {data && data.count === 0 && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-6">
            {status === "suggested" && data.run ? t("transfers.emptySuggested") : t("transfers.empty")}
          </Text>
        )}
        {data && data.count > 0 && (
          <TransfersTable
            transfers={data.transfers}
            pagination={{ count: data.count, pageSize: PAGE_SIZE, pageIndex, onPage: (i) => setParams({ page: i > 0 ? String(i + 1) : null }) }}
          />
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "transfers.nav",
  translationNs: "medusa-oms",
  icon: ArrowsPointingOut,
  rank: 17,
})

export default StockTransfersPage
