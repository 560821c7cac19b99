import { useQuery } from '@tanstack/react-query'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { formatDateTime } from '@/lib/dates'
import { pluralOf, type TitleItem } from '../api/sync-item'
import type { RemovePlaysVars } from '../api/sync-mutations'
import { syncQueries } from '../api/sync-queries'
import { episodeCode } from '@/lib/media/episode-code'

type RemovePlaysDialogProps = {
  item: TitleItem
  open: boolean
  onOpenChange: (open: boolean) => void
  onRemove: (vars: RemovePlaysVars) => void
}

const ACTIONS: Record<string, string> = {
  scrobble: 'scrobbled',
  checkin: 'checked in',
  watch: 'marked watched',
}

/** The item's plays from its history, each removable, or all at once. */
export function RemovePlaysDialog({ item, open, onOpenChange, onRemove }: RemovePlaysDialogProps) {
  const history = useQuery({ ...syncQueries.history(pluralOf[item.type], item.ids.trakt), enabled: open })

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Remove plays"
      description={item.title}
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Close
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              onRemove({ item })
              onOpenChange(false)
            }}
          >
            Remove all plays
          </Button>
        </>
      }
    >
      {history.isPending ? (
        <p role="status">Loading your plays…</p>
      ) : history.isError ? (
        <p role="alert">Could not load your plays.</p>
      ) : history.data.length === 0 ? (
        <p className="text-muted">No plays in your history.</p>
      ) : (
        <ul aria-label="Your plays" className="space-y-2">
          {history.data.map((play) => {
            const when = formatDateTime(play.watched_at)
            const episode =
              play.episode && play.episode.season !== undefined && play.episode.number !== undefined
                ? `${episodeCode(play.episode.season, play.episode.number)} · `
                : ''
            return (
              <li key={play.id} className="flex items-center justify-between gap-3">
                <span>
                  {episode}
                  {when} <span className="text-sm text-muted">({ACTIONS[play.action] ?? play.action})</span>
                </span>
                <Button
                  size="sm"
                  variant="secondary"
                  aria-label={`Remove the play of ${episode}${when}`}
                  onClick={() => onRemove({ item, historyId: play.id })}
                >
                  Remove
                </Button>
              </li>
            )
          })}
        </ul>
      )}
    </Dialog>
  )
}
