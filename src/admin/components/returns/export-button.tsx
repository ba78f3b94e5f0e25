import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { RETURN_EXPORT_DOWNLOAD_MAX_LINES } from "../../../lib/returns/export-columns"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { returnsExportUrl, useStartReturnsExport, type ExportFilters } from "../../lib/use-returns"

/**
 * "Export": the returned lines of the filter as CSV in the admin's language. A short list is
 * downloaded at once; a long one is made in the background and its link arrives in the
 * notifications (the bell), so the page is never held up.
 */
export const ExportButton = ({ filters, count }: { filters: Omit<ExportFilters, "lang">; count: number }) => {
  const { t, contentLocale } = useOmsTranslation()
  const start = useStartReturnsExport()
  const exportLines = () => {
    const request = { ...filters, lang: contentLocale }
    if (count <= RETURN_EXPORT_DOWNLOAD_MAX_LINES) {
      const link = document.createElement("a")
      link.href = returnsExportUrl(request)
      link.download = ""
      link.click()
      return
    }
    start.mutate(request, {
      onSuccess: () => toast.info(t("returns.export.started"), { description: t("returns.export.startedText") }),
      onError: (error) => toast.error(t("returns.export.failed"), { description: errorMessage(error) }),
    })
  }
  return (
    <Button size="small" variant="secondary" isLoading={start.isPending} onClick={exportLines}>
      <ArrowDownTray />
      {t("returns.export.button")}
    </Button>
  )
}
