import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { InlineError } from '@/components/ui/inline-error'
import { formatTime } from '@/lib/dates'
import { useNow } from '@/lib/use-now'
import type { CheckInItem, CheckInVars } from '../api/checkin-body'
import { checkinErrors, useCancelCheckIn, useCheckIn } from '../api/checkin-mutations'
import { watchingName, type Watching } from '../api/map-watching'
import { useWatching } from '../hooks/use-watching'
import { timeLeftLabel } from '../lib/time-left'
import { CheckInDialog } from './check-in-dialog'

const isWatchingItem = (watching: Watching | null | undefined, item: CheckInItem) =>
  Boolean(watching && watching.type === item.type && watching.traktId === item.ids.trakt)

/**
 * Check in to a movie or an episode (message and sharing in a dialog). While checked in to it: the time left,
 * counting down, and Cancel. A 409 (checked in to something else) says until when, and offers to cancel that one
 * and check in here.
 */
export function CheckInControl({ item }: { item: CheckInItem }) {
  const watching = useWatching('me')
  const checkIn = useCheckIn()
  const cancel = useCancelCheckIn()
  const [isOpen, setIsOpen] = useState(false)
  const [lastVars, setLastVars] = useState<CheckInVars | null>(null)
  // Which write the user made last: what to confirm once it succeeds.
  const [latest, setLatest] = useState<'checkIn' | 'cancel' | null>(null)
  const now = useNow(1000, Boolean(watching.data))
  const current = watching.data
  const isCheckedInHere = isWatchingItem(current, item) && current?.action === 'checkin'
  const conflict = checkIn.data?.kind === 'conflict' ? checkIn.data : null
  const hasCheckedIn = checkIn.data?.kind === 'checked-in' && latest === 'checkIn'
  const hasCancelled = cancel.isSuccess && latest === 'cancel' && !conflict

  const send = (vars: CheckInVars) => {
    setLastVars(vars)
    setLatest('checkIn')
    checkIn.mutate(vars)
  }
  const cancelCheckIn = () => {
    setLatest('cancel')
    cancel.mutate()
  }
  const replace = async () => {
    if (!lastVars) return
    try {
      await cancel.mutateAsync()
    } catch {
      // Shown next to the button (and in the notice); the 409 stays so the user can try again.
      return
    }
    send(lastVars)
  }

  if (isCheckedInHere && current) {
    return (
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <p className="text-sm">
            <span className="font-semibold">You’re checked in</span> ·{' '}
            <span>{timeLeftLabel(current.expiresAt, now)}</span>{' '}
            <span className="text-muted">(until {formatTime(current.expiresAt)})</span>
          </p>
          <Button size="sm" variant="secondary" isLoading={cancel.isPending} onClick={cancelCheckIn}>
            Cancel check-in
          </Button>
        </div>
        {hasCheckedIn ? (
          <p role="status" className="text-sm text-success">
            Checked in: you are watching {item.title}.
          </p>
        ) : null}
        <InlineError error={cancel.error} prefix={checkinErrors.cancel} />
      </div>
    )
  }

  return (
    <div className="max-w-full space-y-1">
      <Button variant="secondary" isLoading={checkIn.isPending} onClick={() => setIsOpen(true)}>
        Check in…
      </Button>
      {hasCheckedIn ? (
        <p role="status" className="text-sm text-success">
          Checked in: you are watching {item.title}.
        </p>
      ) : null}
      {hasCancelled ? (
        <p role="status" className="text-sm text-muted">
          Check-in cancelled.
        </p>
      ) : null}
      {conflict ? (
        <div
          role="alert"
          className="max-w-md space-y-2 rounded-card border border-line bg-surface p-3 text-sm"
        >
          <p>
            You’re already checked in
            {current && !isWatchingItem(current, item) ? <> to {watchingName(current)}</> : null}
            {conflict.expiresAt ? (
              <>
                {' '}
                until {formatTime(conflict.expiresAt)} ({timeLeftLabel(conflict.expiresAt, now)})
              </>
            ) : null}
            . Trakt takes one check-in at a time.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              isLoading={cancel.isPending || checkIn.isPending}
              onClick={() => void replace()}
            >
              Cancel it and check in here
            </Button>
            <Button size="sm" variant="ghost" onClick={() => checkIn.reset()}>
              Keep it
            </Button>
          </div>
        </div>
      ) : null}
      <InlineError error={checkIn.error} prefix={checkinErrors.checkIn} />
      <InlineError error={cancel.error} prefix={checkinErrors.cancel} />
      <CheckInDialog item={item} open={isOpen} onOpenChange={setIsOpen} onSubmit={send} />
    </div>
  )
}
