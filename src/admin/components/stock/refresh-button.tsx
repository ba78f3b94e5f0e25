import { ArrowPath } from "@medusajs/icons"
import { Button, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { freshnessText } from "../../lib/stock-text"
import { useRefreshStockHealth } from "../../lib/use-stock-health"

/** "Updated 4 min ago" (kept current while the page is open) and a button that works the figures out again now. */
export const RefreshButton = ({ refreshedAt }: { refreshedAt: string | null | undefined }) => {
  const { t, locale } = useOmsTranslation()
  const refresh = useRefreshStockHealth()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="flex items-center gap-x-2">
      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap" data-stock-freshness>
        {freshnessText(refreshedAt, now, locale, t)}
      </Text>
      <Button
        size="small"
        variant="secondary"
        isLoading={refresh.isPending}
        onClick={() =>
          refresh.mutate(undefined, {
            onSuccess: () => {
              setNow(Date.now())
              toast.success(t("stockHealth.refreshed"))
            },
            onError: (error) => toast.error(t("stockHealth.refreshFailed"), { description: errorMessage(error, t("common.tryAgain")) }),
          })
        }
      >
        <ArrowPath />
        {t("stockHealth.refresh")}
      </Button>
    </div>
  )
}
