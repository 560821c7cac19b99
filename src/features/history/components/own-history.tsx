import { useInfiniteQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { formatDateTime } from '@/lib/dates'
import { pushNotice } from '@/lib/notices'
import { useAddHistoryPlay, useRemoveHistoryPlay } from '../api/history-mutations'
import { historyQueries } from '../api/history-queries'
import type { HistoryPlay } from '../api/map-history'
import { AddPlayDialog } from './add-play-dialog'
import { HistoryView } from './history-view'
import { playName, type PlayActions } from './history-row'
import { RemovePlayDialog } from './remove-play-dialog'
import { useHistoryFilters } from './use-history-filters'

/**
 * Where focus goes once a play is removed (its Remove button goes with it): the next play's Remove, or the one
 * before when it was the last, or the list itself.
 */
function focusNeighbour(plays: HistoryPlay[], removed: HistoryPlay) {
  const index = plays.findIndex((p) => p.id === removed.id)
  const neighbour = plays[index + 1] ?? plays[index - 1]
  // After the dialog has closed and handed focus back to the (now gone) opener.
  requestAnimationFrame(() => {
    const row = neighbour && document.querySelector(`[data-play-id="${neighbour.id}"] [data-remove-play]`)
    if (row instanceof HTMLElement) row.focus()
    else document.querySelector<HTMLElement>('[data-history-list]')?.focus()
  })
}

/** The signed-in reader's history: every play can be removed (after a confirmation) or watched again. */
export function OwnHistory() {
  const [filters, setFilters] = useHistoryFilters()
  const history = useInfiniteQuery(historyQueries.list(filters))
  const plays = useMemo(() => history.data?.pages.flatMap((page) => page.plays) ?? [], [history.data])
  const remove = useRemoveHistoryPlay(filters)
  const add = useAddHistoryPlay()
  const [removing, setRemoving] = useState<HistoryPlay | null>(null)
  const [adding, setAdding] = useState<HistoryPlay | null>(null)
  const actions: PlayActions = { onRemove: setRemoving, onAddPlay: setAdding }
  return (
    <>
      <HistoryView filters={filters} setFilters={setFilters} history={history} actions={actions} />
      <RemovePlayDialog
        play={removing}
        onCancel={() => setRemoving(null)}
        onConfirm={(play) => {
          setRemoving(null)
          focusNeighbour(plays, play)
          remove.mutate({ play })
        }}
      />
      <AddPlayDialog
        play={adding}
        onCancel={() => setAdding(null)}
        onConfirm={(play, watchedAt) => {
          setAdding(null)
          if (play.traktId === null) return
          add.mutate(
            { play: { ...play, traktId: play.traktId }, watchedAt },
            {
              onSuccess: () =>
                pushNotice({
                  kind: 'success',
                  message: `Added a play of ${playName(play)}, ${formatDateTime(watchedAt)}.`,
                }),
            },
          )
        }}
      />
    </>
  )
}
