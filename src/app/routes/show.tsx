import { ShowPage } from '@/features/shows/components/show-page'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'

export function Component() {
  return (
    <ShowPage
      actions={(show) => {
        const ids = traktIds(show.ids)
        return ids && <TitleActions item={{ type: 'show', ids, title: show.title, year: show.year, first_aired: show.firstAired }} />
      }}
    />
  )
}
