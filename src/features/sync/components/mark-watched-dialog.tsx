import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { validateWatchedAt, WatchedAtField } from '@/components/ui/watched-at-field'
import { airedEpisodesOf, episodesUpTo, refCode } from '../api/aired-episodes'
import { showIdOf, type EpisodeRef, type TitleItem } from '../api/sync-item'
import type { MarkWatchedVars } from '../api/sync-mutations'
import { syncQueries } from '../api/sync-queries'

type When = 'now' | 'released' | 'other'

type MarkWatchedDialogProps = {
  item: TitleItem
  open: boolean
  onOpenChange: (open: boolean) => void
  onSubmit: (vars: MarkWatchedVars) => void
}

/** When it was watched (now, release date, another date) and, for shows and seasons, which episodes. */
export function MarkWatchedDialog({ item, open, onOpenChange, onSubmit }: MarkWatchedDialogProps) {
  const id = useId()
  const hasEpisodes = item.type === 'show' || item.type === 'season'
  const showId = showIdOf(item)
  const seasons = useQuery({
    ...syncQueries.showEpisodes(showId ?? 0),
    enabled: open && hasEpisodes && showId !== null,
  })
  const aired = airedEpisodesOf(item, seasons.data)

  const [when, setWhen] = useState<When>('now')
  const [other, setOther] = useState('')
  const [scope, setScope] = useState<'all' | 'upTo'>('all')
  const [upToKey, setUpToKey] = useState('')
  const [dateError, setDateError] = useState<string | null>(null)
  const [episodeError, setEpisodeError] = useState<string | null>(null)

  const upTo: EpisodeRef | null =
    scope === 'upTo' && upToKey
      ? { season: Number(upToKey.split(':')[0]), number: Number(upToKey.split(':')[1]) }
      : null
  const releaseLabel = item.type === 'movie' ? 'On its release date' : 'When it first aired'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    let watchedAt = new Date().toISOString()
    if (when === 'released') watchedAt = 'released'
    if (when === 'other') {
      const problem = validateWatchedAt(other)
      setDateError(problem)
      if (problem) return
      watchedAt = new Date(other).toISOString()
    }
    if (scope === 'upTo' && !upTo) {
      setEpisodeError('Choose the last episode you watched.')
      return
    }
    onSubmit({ item, watchedAt, episodes: hasEpisodes ? episodesUpTo(aired, upTo) : [], upTo })
    onOpenChange(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Mark as watched"
      description={item.title}
      footer={
        <>
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form={`${id}-form`}>
            Mark as watched
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} noValidate onSubmit={submit} className="space-y-5">
        <fieldset className="space-y-2">
          <legend className="mb-1 font-medium">When did you watch it?</legend>
          {(
            [
              ['now', 'Just now'],
              ['released', releaseLabel],
              ['other', 'Another date'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-when`}
                value={value}
                checked={when === value}
                onChange={() => setWhen(value)}
              />
              {label}
            </label>
          ))}
          {when === 'other' ? (
            <div className="ps-6">
              <WatchedAtField
                value={other}
                error={dateError}
                onChange={(value) => {
                  setOther(value)
                  setDateError(null)
                }}
              />
            </div>
          ) : null}
        </fieldset>

        {hasEpisodes ? (
          <fieldset className="space-y-2">
            <legend className="mb-1 font-medium">Which episodes?</legend>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              All aired episodes
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'upTo'}
                onChange={() => setScope('upTo')}
              />
              Up to an episode
            </label>
            {scope === 'upTo' ? (
              <div className="space-y-1 ps-6">
                <label htmlFor={`${id}-upto`} className="block text-sm font-medium">
                  Last episode watched
                </label>
                {seasons.isPending ? (
                  <p className="text-sm text-muted">Loading episodes…</p>
                ) : seasons.isError ? (
                  <p role="alert" className="text-sm text-danger">
                    Could not load the episodes. Choose “All aired episodes” or try again later.
                  </p>
                ) : (
                  <select
                    id={`${id}-upto`}
                    value={upToKey}
                    aria-invalid={episodeError ? true : undefined}
                    aria-describedby={episodeError ? `${id}-upto-error` : undefined}
                    onChange={(event) => {
                      setUpToKey(event.target.value)
                      setEpisodeError(null)
                    }}
                    className="max-w-full rounded-md border border-line bg-surface px-2 py-1"
                  >
                    <option value="">Choose an episode</option>
                    {aired.map((episode) => (
                      <option key={episode.ids.trakt} value={`${episode.season}:${episode.number}`}>
                        {refCode(episode)}
                        {episode.title ? ` · ${episode.title}` : ''}
                      </option>
                    ))}
                  </select>
                )}
                {episodeError ? (
                  <p id={`${id}-upto-error`} role="alert" className="text-sm text-danger">
                    {episodeError}
                  </p>
                ) : null}
              </div>
            ) : null}
          </fieldset>
        ) : null}
      </form>
    </Dialog>
  )
}
