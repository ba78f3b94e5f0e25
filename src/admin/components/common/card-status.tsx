import { Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"

/** A widget card's loading line, or what went wrong in the admin's language; nothing once loaded. */
export const CardStatus = ({ isLoading, error, errorTitle }: { isLoading: boolean; error: unknown; errorTitle: string }) => {
  const { t } = useOmsTranslation()
  if (isLoading) {
    return (
      <div className="px-6 py-4">
        <Skeleton className="h-6 w-2/3" />
      </div>
    )
  }
  if (!error) return null
  return (
    <Text size="small" className="text-ui-fg-error px-6 py-4">
      {errorTitle}: {errorMessage(error, t("common.tryAgain"))}
    </Text>
  )
}
