import { Button, toast } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"
import { useOmsTranslation } from "../../lib/i18n"
import { useSeedReturnReasons } from "../../lib/use-returns"

/** Adds the plugin's default return reasons in the admin's language, and says how many were new. */
export const SeedReasonsButton = ({ variant = "secondary" }: { variant?: "primary" | "secondary" }) => {
  const { t, contentLocale } = useOmsTranslation()
  const seed = useSeedReturnReasons()
  return (
    <Button
      size="small"
      variant={variant}
      isLoading={seed.isPending}
      onClick={() =>
        seed.mutate(contentLocale, {
          onSuccess: ({ return_reasons }) =>
            return_reasons.created > 0
              ? toast.success(t("returns.seeded", { count: return_reasons.created }), { description: t("returns.seededText") })
              : toast.info(t("returns.seededNone")),
          onError: (error) => toast.error(t("returns.seedFailed"), { description: errorMessage(error) }),
        })
      }
    >
      {t("returns.seed")}
    </Button>
  )
}
