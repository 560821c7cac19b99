import type { Rng } from '../rng'
import type { CollectionEntry, ItemRef, SandboxDb, UserState } from '../types'
import { airedEpisodes, showSeasons } from './catalog-index'
import type { ViewingPlan } from './seed-demo-history'
import { DAY, HOUR, iso, newId } from './seed-helpers'

const MEDIA = [
  {
    media_type: 'bluray',
    resolution: 'uhd_4k',
    hdr: 'dolby_vision',
    audio: 'dolby_atmos',
    audio_channels: '7.1.4',
    '3d': false,
  },
  {
    media_type: 'bluray',
    resolution: 'hd_1080p',
    hdr: undefined,
    audio: 'dts_ma',
    audio_channels: '5.1',
    '3d': false,
  },
  {
    media_type: 'digital',
    resolution: 'uhd_4k',
    hdr: 'hdr10',
    audio: 'dolby_digital_plus',
    audio_channels: '5.1',
    '3d': false,
  },
  {
    media_type: 'digital',
    resolution: 'hd_1080p',
    hdr: undefined,
    audio: 'aac',
    audio_channels: '2.0',
    '3d': false,
  },
  {
    media_type: 'dvd',
    resolution: 'sd_480p',
    hdr: undefined,
    audio: 'dolby_digital',
    audio_channels: '5.1',
    '3d': false,
  },
  {
    media_type: 'bluray',
    resolution: 'hd_1080p',
    hdr: undefined,
    audio: 'dts',
    audio_channels: '5.1',
    '3d': true,
  },
] as const

function metadata(rng: Rng): CollectionEntry['metadata'] {
  const m = rng.pick(MEDIA)
  const out: CollectionEntry['metadata'] = {
    media_type: m.media_type,
    resolution: m.resolution,
    audio: m.audio,
    audio_channels: m.audio_channels,
    '3d': m['3d'],
  }
  if (m.hdr) out.hdr = m.hdr
  return out
}

/** Watchlist, collection, ratings, favorites, hidden items and paused playback for the demo user. */
export function seedDemoLibrary(
  db: SandboxDb,
  rng: Rng,
  now: Date,
  state: UserState,
  plan: ViewingPlan,
): void {
  const nowMs = now.getTime()
  const ago = (minDays: number, maxDays: number) => iso(nowMs - rng.int(minDays * 24, maxDays * 24) * HOUR)
  const firstWatch = new Map<string, number>()
  for (const h of state.history) {
    const key = `${h.item.type}:${h.item.id}`
    const at = Date.parse(h.watched_at)
    if (!firstWatch.has(key) || firstWatch.get(key)! > at) firstWatch.set(key, at)
  }
  const afterWatch = (item: ItemRef, fallbackDays = 400) => {
    const at = firstWatch.get(`${item.type}:${item.id}`) ?? nowMs - rng.int(30, fallbackDays) * DAY
    return iso(Math.min(nowMs - HOUR, at + rng.int(1, 48) * HOUR))
  }

  // Watchlist: unwatched movies (some not out yet), unwatched shows, a season and a few single episodes.
  const watchlistItems: ItemRef[] = [
    ...plan.unwatchedMovies.slice(0, 18).map((id): ItemRef => ({ type: 'movie', id })),
    ...plan.unwatchedShows.slice(0, 8).map((id): ItemRef => ({ type: 'show', id })),
  ]
  const otherShow = plan.unwatchedShows[8]
  if (otherShow !== undefined) {
    const season = showSeasons(db, otherShow).find((s) => s.number > 0)
    if (season) watchlistItems.push({ type: 'season', id: season.ids.trakt })
  }
  for (const showId of plan.unwatchedShows.slice(9, 12)) {
    const episode = airedEpisodes(db, showId, now)[0]
    if (episode) watchlistItems.push({ type: 'episode', id: episode.ids.trakt })
  }
  const notes = ['Recommended by Sam', 'Watch before the sequel', 'Cinema if it comes back', null]
  state.watchlist = rng.shuffle(watchlistItems).map((item, index) => ({
    id: newId(db),
    rank: index + 1,
    listed_at: ago(1, 600),
    notes: rng.chance(0.2) ? rng.pick(notes) : null,
    item,
  }))

  // Collection: a physical/digital shelf of watched and unwatched films plus whole runs of finished shows.
  const collectedMovies = [
    ...plan.movies.slice(0, Math.ceil(plan.movies.length * 0.4)),
    ...plan.unwatchedMovies.slice(18, 24),
  ]
  for (const id of collectedMovies) {
    const at = afterWatch({ type: 'movie', id }, 900)
    state.collection.push({
      collected_at: at,
      updated_at: at,
      item: { type: 'movie', id },
      metadata: metadata(rng),
    })
  }
  for (const show of plan.shows.filter((p) => p.kind !== 'dropped').slice(0, 5)) {
    const meta = metadata(rng)
    const at = ago(30, 900)
    for (const episode of airedEpisodes(db, show.showId, now)) {
      state.collection.push({
        collected_at: at,
        updated_at: at,
        item: { type: 'episode', id: episode.ids.trakt },
        metadata: { ...meta },
      })
    }
  }

  // Ratings: most watched films, finished shows, some of their seasons and standout episodes.
  const rate = (item: ItemRef, bias: number) => {
    const rating = Math.max(1, Math.min(10, Math.round(bias + (rng.next() - 0.5) * 5)))
    state.ratings.push({ rated_at: afterWatch(item), rating, item })
  }
  for (const id of plan.movies) if (rng.chance(0.6)) rate({ type: 'movie', id }, 7)
  for (const show of plan.shows) {
    if (show.kind === 'dropped') {
      rate({ type: 'show', id: show.showId }, 4)
      continue
    }
    if (show.kind !== 'progress' || rng.chance(0.5)) rate({ type: 'show', id: show.showId }, 8)
    for (const season of showSeasons(db, show.showId))
      if (season.number > 0 && rng.chance(0.3)) rate({ type: 'season', id: season.ids.trakt }, 8)
    for (const episode of airedEpisodes(db, show.showId, now)) {
      if (firstWatch.has(`episode:${episode.ids.trakt}`) && rng.chance(0.12))
        rate({ type: 'episode', id: episode.ids.trakt }, 8)
    }
  }

  // Favorites: a handful of the highest-rated titles.
  const favourites = state.ratings
    .filter((r) => r.rating >= 9 && (r.item.type === 'movie' || r.item.type === 'show'))
    .slice(0, 6)
  state.favorites = favourites.map((r, index) => ({
    id: newId(db),
    rank: index + 1,
    listed_at: r.rated_at,
    notes: index === 0 ? 'An all-time favourite.' : null,
    item: r.item,
  }))

  // Hidden: dropped shows, a season hidden from progress, a calendar show and recommendations the user dismissed.
  for (const show of plan.shows.filter((p) => p.kind === 'dropped')) {
    state.hidden.push({ section: 'dropped', hidden_at: ago(5, 60), item: { type: 'show', id: show.showId } })
  }
  const multiSeason = plan.shows.find(
    (p) => p.kind !== 'dropped' && showSeasons(db, p.showId).filter((s) => s.number > 0).length >= 2,
  )
  if (multiSeason) {
    const lastSeason = showSeasons(db, multiSeason.showId)
      .filter((s) => s.number > 0)
      .at(-1)!
    state.hidden.push({
      section: 'progress_watched',
      hidden_at: ago(10, 90),
      item: { type: 'season', id: lastSeason.ids.trakt },
    })
  }
  const calendarShow = plan.shows.find((p) => p.kind === 'completed' || p.kind === 'rewatching')
  if (calendarShow)
    state.hidden.push({
      section: 'calendar',
      hidden_at: ago(10, 200),
      item: { type: 'show', id: calendarShow.showId },
    })
  for (const id of plan.unwatchedMovies.slice(30, 33))
    state.hidden.push({ section: 'recommendations', hidden_at: ago(1, 100), item: { type: 'movie', id } })
  for (const id of plan.unwatchedShows.slice(14, 16))
    state.hidden.push({ section: 'recommendations', hidden_at: ago(1, 100), item: { type: 'show', id } })

  // Paused playback: a film half-watched and the next episode of a show in progress.
  const pausedMovies = plan.unwatchedMovies.filter((id) => {
    const released = db.movies[id]?.released
    return released !== null && released !== undefined && Date.parse(released) < nowMs - DAY
  })
  for (const id of pausedMovies.slice(0, 2)) {
    state.playback.push({
      id: newId(db),
      progress: Math.round(rng.next() * 600) / 10 + 5,
      paused_at: ago(1, 20),
      item: { type: 'movie', id },
    })
  }
  for (const show of plan.shows.filter((p) => p.kind === 'progress').slice(0, 2)) {
    const next = airedEpisodes(db, show.showId, now).find((e) => !firstWatch.has(`episode:${e.ids.trakt}`))
    if (next)
      state.playback.push({
        id: newId(db),
        progress: Math.round(rng.next() * 700) / 10 + 5,
        paused_at: ago(0, 6),
        item: { type: 'episode', id: next.ids.trakt },
      })
  }
}
