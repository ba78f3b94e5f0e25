import { Button, Text, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { errorMessage, errorStatus } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { formatCount } from "../../lib/kpi-format"
import { useStartTransferRun, useTransferRun, type TransferRunView } from "../../lib/use-transfers"
import { FilterSelect } from "../dashboard/dashboard-filters"

const DAY_CHOICES = [30, 60, 90, 180, 365]

/**
 * Starts a check of the suggestions on past orders (the replay) and shows its progress while it
 * runs, polling the run; afterwards, when the last check ran and on how many orders.
 */
export const RunPanel = ({ latest, onFinished }: { latest: TransferRunView | null; onFinished: () => void }) => {
  const { t, locale } = useOmsTranslation()
  const [chosen, setDays] = useState<string | null>(null)
  // the last run's window until another is chosen
  const days = chosen ?? String(latest?.days && DAY_CHOICES.includes(latest.days) ? latest.days : 90)
  const [startedId, setStartedId] = useState<string | null>(null)
  const start = useStartTransferRun()
  const watched = latest?.status === "running" ? latest.id : startedId
  const { data } = useTransferRun(watched)
  const run = data?.run ?? latest
  const running = run?.status === "running"
  // the list reloads once when a run it watched ends
  const wasRunning = useRef<string | null>(null)
  useEffect(() => {
    if (running) wasRunning.current = run!.id
    else if (run && wasRunning.current === run.id) {
      wasRunning.current = null
      onFinished()
    }
  }, [running, run?.id])
  const when = (iso: string | null) => (iso ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)) : "")
  const share = run && run.total > 0 ? run.done / run.total : 0

  const begin = () =>
    start.mutate(
      { days: Number(days) },
      {
        onSuccess: ({ run }) => setStartedId(run.id),
        onError: (error) =>
          toast.error(errorStatus(error) === 409 ? t("transfers.alreadyRunning") : t("transfers.startFailed"), { description: errorMessage(error) }),
      }
    )

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect
          id="oms-transfer-days"
          label={t("transfers.days")}
          value={days}
          onChange={(v) => setDays(v ?? "90")}
          options={DAY_CHOICES.map((d) => ({ value: String(d), label: t("filters.lastDays", { count: d }) }))}
        />
        <Button size="small" onClick={begin} isLoading={start.isPending} disabled={running}>
          {t("transfers.start")}
        </Button>
      </div>
      {running && (
        <div className="flex max-w-[560px] flex-col gap-y-1" data-oms-section="transfer-progress">
          <Text size="small" weight="plus">{t("transfers.running")}</Text>
          <div className="bg-ui-bg-subtle h-2 w-full overflow-hidden rounded-full" role="progressbar" aria-valuemin={0} aria-valuemax={run!.total} aria-valuenow={run!.done}>
            <div className="bg-ui-fg-interactive h-full rounded-full transition-all" style={{ width: `${Math.max(4, share * 100)}%` }} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {run!.total > 0 ? t("transfers.progress", { done: run!.done, total: run!.total }) : t("transfers.preparing")}
          </Text>
        </div>
      )}
      {!running && run?.status === "done" && (
        <Text size="small" className="text-ui-fg-subtle">
          {t("transfers.lastRun", { when: when(run.finished_at), orders: formatCount(run.orders, locale), days: run.days })}
        </Text>
      )}
      {!running && run?.status === "failed" && (
        <Text size="small" className="text-ui-fg-error">{t("transfers.lastRunFailed", { error: run.error ?? "" })}</Text>
      )}
      {!run && <Text size="small" className="text-ui-fg-subtle">{t("transfers.neverRun")}</Text>}
    </div>
  )
}
