import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { formatDateTime } from '@/lib/dates'
import type { HistoryPlay } from '../api/map-history'
import { playName } from './history-row'

type RemovePlayDialogProps = {
  play: HistoryPlay | null
  onCancel: () => void
  onConfirm: (play: HistoryPlay) => void
}

/** Asks before one play leaves the history: Trakt has no undo. */
export function RemovePlayDialog({ play, onCancel, onConfirm }: RemovePlayDialogProps) {
  return (
    <Dialog
      open={play !== null}
      onOpenChange={(open) => {
        if (!open) onCancel()
      }}
      title="Remove this play?"
      description={play ? `${playName(play)}, ${formatDateTime(play.watchedAt)}` : undefined}
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => play && onConfirm(play)}>
            Remove play
          </Button>
        </>
      }
    >
      <p className="text-muted">
        It leaves your Trakt history, with its check-in or scrobble. Your other plays stay.
      </p>
    </Dialog>
  )
}
