import { defineRouteConfig } from "@medusajs/admin-sdk"
import { InboxSolid } from "@medusajs/icons"
import { Button, Container, Heading, Input, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CentreFilter } from "../../../components/dashboard/dashboard-filters"
import { QueueOrdersTable } from "../../../components/queues/queue-orders-table"
import { errorMessage } from "../../../lib/errors"
import { useOmsTranslation } from "../../../lib/i18n"
import { formatCount } from "../../../lib/kpi-format"
import { QUEUES, type Queue } from "../../../lib/queue-types"
import { useQueueOrders, useQueues, useRerouteSelected, useWaveSelected } from "../../../lib/use-queues"
import { useUrlParams } from "../../../lib/use-url-state"

const PAGE_SIZE = 25
const PARAMS = ["queue", "centre", "q", "page"] as const
/** Queues whose orders can be routed again from here (a part on a pick list is released on the picking screen). */
const REROUTABLE: readonly Queue[] = ["waiting_to_wave", "backordered", "at_risk"]

/** The OMS's order list: one queue at a time, searchable, with "pick list of the selected" and "route again". */
const QueuesPage = () => {
  const { t, locale } = useOmsTranslation()
  const navigate = useNavigate()
  const [params, setParams] = useUrlParams(PARAMS)
  const queue: Queue = QUEUES.includes(params.queue as Queue) ? (params.queue as Queue) : "waiting_to_wave"
  const pageIndex = Math.max(0, Number(params.page) - 1 || 0)
  const [search, setSearch] = useState(params.q ?? "")
  const [selected, setSelected] = useState<Map<string, { order_id: string; stock_location_id: string | null }>>(new Map())
  const counts = useQueues()
  const orders = useQueueOrders({ queue, stock_location_id: params.centre, q: params.q, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE })
  const wave = useWaveSelected()
  const reroute = useRerouteSelected()

  // a new queue, centre or search starts with nothing selected
  useEffect(() => setSelected(new Map()), [queue, params.centre, params.q])
  // the search is sent once typing pauses
  useEffect(() => {
    const timer = setTimeout(() => search !== (params.q ?? "") && setParams({ q: search.trim() || null, page: null }), 350)
    return () => clearTimeout(timer)
  }, [search])

  const totals = params.centre ? counts.data?.centres.find((c) => c.stock_location_id === params.centre)?.counts : counts.data?.total
  const rows = orders.data?.orders ?? []
  const chosen = [...selected.values()]
  const orderIds = [...new Set(chosen.map((c) => c.order_id))]
  const centres = new Set(chosen.map((c) => c.stock_location_id))
  const waveCentre = queue === "waiting_to_wave" && centres.size === 1 ? [...centres][0] : null

  const toggle = (r: { shipment_id: string; order_id: string; stock_location_id: string | null }) =>
    setSelected((before) => {
      const next = new Map(before)
      next.has(r.shipment_id) ? next.delete(r.shipment_id) : next.set(r.shipment_id, { order_id: r.order_id, stock_location_id: r.stock_location_id })
      return next
    })
  const toggleAll = (on: boolean) => setSelected(on ? new Map(rows.map((r) => [r.shipment_id, { order_id: r.order_id, stock_location_id: r.stock_location_id }])) : new Map())

  const createWave = () =>
    waveCentre &&
    wave.mutate(
      { stock_location_id: waveCentre, order_ids: orderIds },
      {
        onSuccess: ({ wave: created }) => {
          setSelected(new Map())
          toast.success(t("queues.waveCreated", { count: orderIds.length }), {
            action: { label: t("queues.openPicking"), altText: t("queues.openPicking"), onClick: () => navigate(`/oms/picking?wave=${created.id}`) },
          })
        },
        onError: (e) => toast.error(t("queues.waveFailed"), { description: errorMessage(e, t("common.tryAgain")) }),
      }
    )
  const routeAgain = () =>
    reroute.mutate(orderIds, {
      onSuccess: ({ moved, failed }) => {
        setSelected(new Map())
        if (moved) toast.success(t("queues.rerouted", { count: moved }))
        if (failed.length) toast.error(t("queues.rerouteFailed", { count: failed.length }), { description: errorMessage(failed[0], t("common.tryAgain")) })
      },
    })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("queues.pageTitle")}</Heading>
          <Text size="small" className="text-ui-fg-subtle max-w-[720px]">
            {t("queues.pageText")}
          </Text>
        </div>
        <div className="flex flex-wrap gap-2 px-6 py-4" role="tablist">
          {QUEUES.map((q) => (
            <Button
              key={q}
              size="small"
              role="tab"
              aria-selected={q === queue}
              variant={q === queue ? "primary" : "secondary"}
              onClick={() => setParams({ queue: q, page: null })}
            >
              {t(`queues.queue.${q}`)}
              <span className="tabular-nums opacity-80">{totals ? formatCount(totals[q], locale) : "…"}</span>
            </Button>
          ))}
        </div>
        <div className="flex flex-wrap items-end gap-3 px-6 py-4">
          <CentreFilter value={params.centre} onChange={(centre) => setParams({ centre, page: null })} />
          <div className="flex w-full max-w-[320px] flex-col gap-y-1">
            <label htmlFor="oms-queue-search" className="txt-compact-small-plus text-ui-fg-subtle">
              {t("queues.search")}
            </label>
            <Input id="oms-queue-search" type="search" size="small" value={search} placeholder={t("queues.searchHint")} onChange={(e) => setSearch(e.target.value)} />
          </div>
        </div>
        {selected.size > 0 && (
          <div className="bg-ui-bg-subtle flex flex-wrap items-center gap-3 px-6 py-3" data-oms-bulk="queue">
            <Text size="small" weight="plus">
              {t("queues.selected", { count: orderIds.length })}
            </Text>
            {queue === "waiting_to_wave" && (
              <Button size="small" onClick={createWave} disabled={!waveCentre} isLoading={wave.isPending}>
                {t("queues.waveSelected")}
              </Button>
            )}
            {REROUTABLE.includes(queue) && (
              <Button size="small" variant="secondary" onClick={routeAgain} isLoading={reroute.isPending}>
                {t("queues.rerouteSelected")}
              </Button>
            )}
            {queue === "waiting_to_wave" && !waveCentre && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("queues.oneCentreOnly")}
              </Text>
            )}
          </div>
        )}
      </Container>

      <Container className="overflow-hidden p-0">
        {orders.isLoading && (
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Skeleton className="h-6 w-full" />
            <Skeleton className="h-6 w-full" />
          </div>
        )}
        {orders.isError && (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {t("queues.errorTitle")}: {errorMessage(orders.error, t("common.tryAgain"))}
          </Text>
        )}
        {orders.data && orders.data.count === 0 && (
          <div className="flex flex-col items-center gap-y-1 px-6 py-8 text-center">
            <Text weight="plus">{params.q ? t("queues.noMatch") : t("queues.emptyTitle")}</Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t(`queues.empty.${queue}`)}
            </Text>
          </div>
        )}
        {orders.data && orders.data.count > 0 && (
          <QueueOrdersTable
            rows={rows}
            selected={new Set(selected.keys())}
            onToggle={toggle}
            onToggleAll={toggleAll}
            pagination={{ count: orders.data.count, pageSize: PAGE_SIZE, pageIndex, onPage: (index) => setParams({ page: index > 0 ? String(index + 1) : null }) }}
          />
        )}
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.queues",
  translationNs: "medusa-oms",
  icon: InboxSolid,
  rank: 8,
})

export default QueuesPage
