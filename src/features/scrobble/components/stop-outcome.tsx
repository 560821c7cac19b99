import { formatTime } from '@/lib/dates'
import type { StopOutcome } from '../api/scrobble-mutations'

const percent = (progress: number) => `${Math.round(progress * 10) / 10}%`

/** What a stop did, in words: recorded, saved to resume, already recorded (409) or too early to count (422). */
export function StopOutcomeMessage({ outcome, title }: { outcome: StopOutcome; title: string }) {
  let text: string
  switch (outcome.kind) {
    case 'scrobble':
      text = `Recorded: you watched ${title}.`
      break
    case 'pause':
      text = `Stopped at ${percent(outcome.progress)}. Trakt keeps the position: resume it here or in another app.`
      break
    case 'duplicate':
      text = `Trakt had already recorded ${title}${outcome.watchedAt ? ` at ${formatTime(outcome.watchedAt)}` : ''}, so this stop added no second play.${outcome.expiresAt ? ` It takes a new play of it after ${formatTime(outcome.expiresAt)}.` : ''}`
      break
    case 'ignored':
      text = 'Stopped under 1% in: Trakt ignores a play that short, so nothing was saved.'
      break
  }
  return (
    <p role="status" className={outcome.kind === 'scrobble' ? 'text-sm text-success' : 'text-sm'}>
      {text}
    </p>
  )
}
