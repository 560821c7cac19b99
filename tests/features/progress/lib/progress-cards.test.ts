import type { ShowListEntry, ShowProgress } from '@/features/progress/api/map-progress'
import { buildCard, hiddenOnlyCard, sortCards, watchlistCard } from '@/features/progress/lib/progress-cards'

const show = (id: number, title: string) => ({
  ids: { trakt: id, slug: null, imdb: null, tmdb: null, tvdb: null },
  title,
  year: null,
  poster: [],
  airedEpisodes: 8,
  runtime: 30,
})
const entry = (id: number, title: string, lastAt: string | null): ShowListEntry => ({
  show: show(id, title),
  lastAt,
  lastUpdatedAt: lastAt,
  resetAt: null,
})
const progress = (aired: number, completed: number, nextAired: string | null): ShowProgress => ({
  aired,
  completed,
  lastAt: null,
  resetAt: null,
  seasons: [],
  nextEpisode:
    completed < aired
      ? { season: 1, number: completed + 1, ids: null, title: 'Next', firstAired: nextAired, runtime: 45 }
      : null,
  lastEpisode: null,
})
const none = new Set<number>()
const card = (id: number, title: string, lastAt: string | null, p?: ShowProgress, hidden = none) =>
  buildCard({ entry: entry(id, title, lastAt), progress: p, isError: false, hidden, dropped: none })

describe('buildCard', () => {
  it('puts a show in Up next, Completed or Hidden and works out what is left', () => {
    const inProgress = card(1, 'A', null, progress(10, 4, null))
    expect(inProgress).toMatchObject({ tab: 'up-next', percent: 40, remaining: 6, remainingMinutes: 270 })
    expect(card(2, 'B', null, progress(5, 5, null))).toMatchObject({
      tab: 'completed',
      next: null,
      remaining: 0,
    })
    expect(card(3, 'C', null, progress(5, 1, null), new Set([3]))).toMatchObject({
      tab: 'hidden',
      isHidden: true,
    })
    expect(hiddenOnlyCard(show(6, 'F'), true)).toMatchObject({
      tab: 'hidden',
      isDropped: true,
      progress: null,
    })
    // Still on its way: no tab yet.
    expect(card(4, 'D', null)).toMatchObject({ tab: null, state: 'pending' })
    expect(watchlistCard(show(5, 'E'))).toMatchObject({
      tab: 'not-started',
      remaining: 8,
      remainingMinutes: 240,
    })
  })
})

describe('sortCards', () => {
  const cards = [
    card(1, 'Beta', '2026-01-02T00:00:00.000Z', progress(10, 9, '2026-03-01T00:00:00.000Z')),
    card(2, 'alpha', '2026-01-03T00:00:00.000Z', progress(10, 2, null)),
    card(3, 'Gamma', null, progress(10, 5, '2026-02-01T00:00:00.000Z')),
  ]
  const titles = (sort: Parameters<typeof sortCards>[1]) => sortCards(cards, sort).map((c) => c.show.title)

  it('sorts by each of the page’s orders, cards without the value last', () => {
    expect(titles('recent')).toEqual(['alpha', 'Beta', 'Gamma'])
    expect(titles('air-date')).toEqual(['Gamma', 'Beta', 'alpha'])
    expect(titles('percent')).toEqual(['Beta', 'Gamma', 'alpha'])
    expect(titles('remaining')).toEqual(['Beta', 'Gamma', 'alpha'])
    expect(titles('title')).toEqual(['alpha', 'Beta', 'Gamma'])
  })
})
