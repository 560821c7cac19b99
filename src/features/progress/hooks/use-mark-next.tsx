import { useState } from 'react'
import {
  playMoment,
  useMarkEpisodeWatched,
  useUndoEpisodePlay,
  type UndoPlay,
} from '../api/progress-mutations'
import { episodeCode } from '@/lib/media/episode-code'
import type { ProgressCard } from '../lib/progress-cards'
import { UndoBar } from '../components/undo-bar'

/**
 * "Mark next episode watched" with its undo: `onMarkNext` records the card's next episode (the card moves on at
 * once), and `undoBar` offers to take that one play back once Trakt has it.
 */
export function useMarkNext() {
  const mark = useMarkEpisodeWatched()
  const undo = useUndoEpisodePlay()
  const [lastPlay, setLastPlay] = useState<{ play: UndoPlay; isSaved: boolean } | null>(null)

  const onMarkNext = (card: ProgressCard) => {
    const next = card.next
    if (!next || !card.progress) return
    const play: UndoPlay = {
      show: card.show,
      season: next.season,
      number: next.number,
      watchedAt: playMoment(),
      previous: card.progress,
    }
    setLastPlay({ play, isSaved: false })
    mark.mutateAsync(play).then(
      () => setLastPlay((current) => (current?.play === play ? { play, isSaved: true } : current)),
      () => setLastPlay((current) => (current?.play === play ? null : current)),
    )
  }

  const undoBar = lastPlay ? (
    <UndoBar
      message={`Marked ${lastPlay.play.show.title} ${episodeCode(lastPlay.play.season, lastPlay.play.number)} watched.`}
      canUndo={lastPlay.isSaved}
      onUndo={() => {
        undo.mutate(lastPlay.play)
        setLastPlay(null)
      }}
      onDismiss={() => setLastPlay(null)}
    />
  ) : null

  return { onMarkNext, undoBar }
}
