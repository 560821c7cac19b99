import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { toLocalInput, validateWatchedAt, WatchedAtField } from '@/components/ui/watched-at-field'
import type { HistoryPlay } from '../api/map-history'
import { playName } from './history-row'

type AddPlayDialogProps = {
  /** The play whose movie or episode is watched again; null when closed. */
  play: HistoryPlay | null
  onCancel: () => void
  /** `watchedAt` is a UTC ISO datetime that has passed. */
  onConfirm: (play: HistoryPlay, watchedAt: string) => void
}

/** Another play of the same movie or episode, at a date the reader picks (now by default). */
export function AddPlayDialog(props: AddPlayDialogProps) {
  // Keyed by the play: each opening starts from "now", not from the date typed for the last one.
  return props.play ? <AddPlayForm key={props.play.id} {...props} play={props.play} /> : null
}

function AddPlayForm({ play, onCancel, onConfirm }: AddPlayDialogProps & { play: HistoryPlay }) {
  const id = useId()
  const [value, setValue] = useState(() => toLocalInput(new Date()))
  const [error, setError] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = validateWatchedAt(value)
    setError(problem)
    if (!problem) onConfirm(play, new Date(value).toISOString())
  }
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onCancel()
      }}
      title="Add a play"
      description={playName(play)}
      footer={
        <>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" form={id}>
            Add play
          </Button>
        </>
      }
    >
      <form id={id} noValidate onSubmit={submit}>
        <WatchedAtField
          label="When did you watch it?"
          value={value}
          error={error}
          onChange={(next) => {
            setValue(next)
            setError(null)
          }}
        />
      </form>
    </Dialog>
  )
}
