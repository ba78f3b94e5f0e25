import type { ReactNode } from "react"
import { FocusModal } from "@medusajs/ui"

/**
 * The full-screen mode of the scanning screens (Medusa UI's FocusModal over the whole window):
 * nothing of the admin around it, a header row for the title and actions, the body scrolls only
 * below what the picker needs. Not modal, so the print view and toasts above it stay usable.
 */
export const ScanFocus = ({ title, actions, onClose, children }: { title: ReactNode; actions?: ReactNode; onClose: () => void; children: ReactNode }) => (
  <FocusModal open modal={false} onOpenChange={(open) => !open && onClose()}>
    <FocusModal.Content
      data-scan-focus=""
      className="inset-0 z-50 rounded-none border-0"
      onInteractOutside={(e) => e.preventDefault()}
      aria-describedby={undefined}
    >
      <FocusModal.Header className="min-h-[60px] flex-wrap gap-y-2">
        <FocusModal.Title asChild>
          <div data-scan-focus-title="" className="flex min-w-0 flex-1 items-center gap-2 text-lg font-semibold">{title}</div>
        </FocusModal.Title>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </FocusModal.Header>
      <FocusModal.Body className="overflow-y-auto">
        <div className="mx-auto w-full max-w-[960px] px-4 py-3">{children}</div>
      </FocusModal.Body>
    </FocusModal.Content>
  </FocusModal>
)
