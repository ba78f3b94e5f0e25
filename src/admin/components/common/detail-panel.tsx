import type { ReactNode } from "react"
import { Container, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/errors"

/** The working panel of a bench page: skeleton while loading, the error if any, else the content. */
export const DetailPanel = ({
  isLoading,
  error,
  what,
  children,
}: {
  isLoading: boolean
  error: unknown
  /** Named in the error line: "Could not load {what}". */
  what: string
  children: ReactNode
}) => (
  <Container className="divide-y p-0">
    {isLoading && (
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-40 w-full" />
      </div>
    )}
    {error ? (
      <div className="px-6 py-4">
        <Text className="text-ui-fg-error">
          Could not load {what}: {errorMessage(error)}
        </Text>
      </div>
    ) : null}
    {children}
  </Container>
)
