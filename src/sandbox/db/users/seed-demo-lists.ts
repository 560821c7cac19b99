import type { Rng } from '../rng'
import { DEMO_USER, type ItemRef, type SandboxDb, type UserList } from '../types'
import { airedEpisodes, showSeasons } from './catalog-index'
import type { ViewingPlan } from './seed-demo-history'
import { DAY, iso, newId } from './seed-helpers'

/** A list slug as Trakt makes one from the name. */
export function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'list'
  )
}

type ListSpec = Pick<
  UserList,
  'name' | 'description' | 'privacy' | 'display_numbers' | 'allow_comments' | 'sort_by' | 'sort_how'
> & {
  items: ItemRef[]
  notes?: string[]
}

/** Five personal lists: public, private, one with notes, mixed item types, different sort preferences. */
export function seedDemoLists(db: SandboxDb, rng: Rng, now: Date, plan: ViewingPlan): void {
  const nowMs = now.getTime()
  const movies = plan.movies.map((id): ItemRef => ({ type: 'movie', id }))
  const shows = plan.shows.map((p): ItemRef => ({ type: 'show', id: p.showId }))
  const seasons = plan.shows
    .flatMap((p) => showSeasons(db, p.showId).filter((s) => s.number === 1))
    .map((s): ItemRef => ({ type: 'season', id: s.ids.trakt }))
  const episodes = plan.shows
    .slice(0, 4)
    .flatMap((p) => airedEpisodes(db, p.showId, now).slice(0, 1))
    .map((e): ItemRef => ({ type: 'episode', id: e.ids.trakt }))
  const people = Object.values(db.people)
    .map((p) => p.ids.trakt)
    .sort((a, b) => a - b)
    .slice(0, 6)
    .map((id): ItemRef => ({ type: 'person', id }))
  const specs: ListSpec[] = [
    {
      name: 'Comfort Rewatches',
      description: 'What I put on when nothing else will do.',
      privacy: 'public',
      display_numbers: true,
      allow_comments: true,
      sort_by: 'rank',
      sort_how: 'asc',
      items: [...movies.slice(0, 8), ...shows.slice(0, 3)],
    },
    {
      name: 'Best of the Decade',
      description: 'My ranking, argued over far too long.',
      privacy: 'public',
      display_numbers: true,
      allow_comments: true,
      sort_by: 'released',
      sort_how: 'desc',
      items: movies.slice(8, 20),
    },
    {
      name: 'Gift Ideas',
      description: 'Private: films to give as presents.',
      privacy: 'private',
      display_numbers: false,
      allow_comments: false,
      sort_by: 'added',
      sort_how: 'desc',
      items: plan.unwatchedMovies.slice(24, 30).map((id): ItemRef => ({ type: 'movie', id })),
    },
    {
      name: 'Why These Work',
      description: 'Short notes on what makes each one tick.',
      privacy: 'friends',
      display_numbers: false,
      allow_comments: true,
      sort_by: 'title',
      sort_how: 'asc',
      items: [...movies.slice(20, 26), ...shows.slice(3, 5)],
      notes: [
        'The last twenty minutes are perfect.',
        'Best opening scene of the year.',
        'Every frame a painting.',
        'The score carries it.',
        'Rewards a second viewing.',
        'Funnier than it has any right to be.',
      ],
    },
    {
      name: 'Pilots, Premieres and People',
      description: 'Openers worth a look and the people behind them.',
      privacy: 'link',
      display_numbers: false,
      allow_comments: true,
      sort_by: 'percentage',
      sort_how: 'desc',
      items: [...episodes, ...seasons.slice(0, 3), ...people],
    },
  ]
  for (const [index, spec] of specs.entries()) {
    const created = nowMs - rng.int(200, 1500) * DAY
    const items = spec.items.map((item, rank) => ({
      id: newId(db),
      rank: rank + 1,
      listed_at: iso(created + (rank + 1) * rng.int(1, 20) * DAY),
      notes: spec.notes?.[rank] ?? null,
      item,
    }))
    const updated = items.reduce((max, i) => (i.listed_at > max ? i.listed_at : max), iso(created))
    const list: UserList = {
      ids: { trakt: newId(db), slug: slugify(spec.name) },
      name: spec.name,
      description: spec.description,
      privacy: spec.privacy,
      type: 'personal',
      display_numbers: spec.display_numbers,
      allow_comments: spec.allow_comments,
      sort_by: spec.sort_by,
      sort_how: spec.sort_how,
      created_at: iso(created),
      updated_at: updated > iso(nowMs) ? iso(nowMs - (index + 1) * DAY) : updated,
      ownerSlug: DEMO_USER,
      likedBy: [],
      items,
    }
    for (const item of items) if (item.listed_at > list.updated_at) item.listed_at = list.updated_at
    db.lists[String(list.ids.trakt)] = list
  }
}
