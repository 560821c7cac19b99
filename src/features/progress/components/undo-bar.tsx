import { Button } from '@/components/ui/button'

type UndoBarProps = {
  message: string
  /** False while the write is still on its way: nothing to undo yet. */
  canUndo: boolean
  onUndo: () => void
  onDismiss: () => void
}

/** "Marked … watched. Undo": the last play made on this page, until it is undone, dismissed or replaced. */
export function UndoBar({ message, canUndo, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div className="fixed inset-x-0 bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-40 flex justify-center px-3 sm:bottom-4">
      <div
        role="status"
        className="flex max-w-lg items-center gap-3 rounded-card border border-line bg-surface px-4 py-2 shadow-lg"
      >
        <p className="min-w-0 flex-1 text-sm">{message}</p>
        <Button size="sm" variant="secondary" onClick={onUndo} disabled={!canUndo}>
          Undo
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss} aria-label="Dismiss">
          ×
        </Button>
      </div>
    </div>
  )
}
