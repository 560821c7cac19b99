import { imagesFor } from '../../images'
import type { Rng } from '../rng'
import type { SandboxDb, Show } from '../types'
import { addDays } from './dates'
import { fixtures, type FxShow } from './fixture-data'
import { generatedOverview, generatedTitle, slugify } from './generated-text'
import { NETWORKS } from './seed-reference'
import { titleExtra } from './title-extra'

const SHOW_GENRES = [
  'drama',
  'comedy',
  'crime',
  'science-fiction',
  'fantasy',
  'mystery',
  'thriller',
  'animation',
  'reality',
  'documentary',
]
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const GENERATED_SHOW_ID = 9_100_001

function buildShow(rng: Rng, now: Date, fx: FxShow): Show {
  const firstAired =
    fx.first_aired ?? `${fx.year}-09-${String(rng.int(10, 28)).padStart(2, '0')}T01:00:00.000Z`
  const isUpcoming = new Date(firstAired) > now
  const rating = fx.rating ?? (isUpcoming ? 0 : Math.round((6 + rng.next() * 2.5) * 100) / 100)
  const votes = fx.votes ?? (isUpcoming ? 0 : rng.int(30, 8000))
  const overview = fx.overview || generatedOverview(rng)
  const tagline = fx.tagline ?? ''
  const { extra, languages } = titleExtra(rng, {
    title: fx.title,
    overview,
    tagline,
    rating,
    votes,
    counters: fx.c,
    isUpcoming,
  })
  return {
    title: fx.title,
    year: fx.year,
    ids: {
      trakt: fx.ids.trakt,
      slug: fx.ids.slug,
      imdb: fx.ids.imdb ?? null,
      tmdb: fx.ids.tmdb ?? null,
      tvdb: fx.ids.tvdb ?? null,
    },
    tagline,
    overview,
    first_aired: firstAired,
    airs: fx.airs ?? {
      day: DAYS[new Date(firstAired).getUTCDay() === 0 ? 6 : new Date(firstAired).getUTCDay() - 1]!,
      time: '21:00',
      timezone: 'America/New_York',
    },
    runtime: fx.runtime ?? rng.pick([22, 30, 45, 50, 60]),
    certification: fx.certification ?? rng.pick(['TV-PG', 'TV-14', 'TV-MA']),
    network: fx.network ?? rng.pick(NETWORKS)[0],
    country: fx.country ?? 'us',
    trailer: fx.trailer ?? null,
    homepage: fx.homepage ?? null,
    status: fx.status ?? 'returning series',
    rating,
    votes,
    comment_count: 0,
    updated_at: addDays(now, -rng.next() * 40).toISOString(),
    language: fx.language ?? 'en',
    languages: [fx.language ?? 'en'],
    available_translations: languages,
    genres: fx.genres?.length ? fx.genres : rng.shuffle(SHOW_GENRES).slice(0, rng.int(1, 3)),
    aired_episodes: fx.aired_episodes ?? 0, // recounted once the episodes exist
    original_title: fx.title,
    images: imagesFor('shows', fx.ids.trakt),
    extra,
  }
}

/** New series premiering around `now`: they give the "new shows" and "premieres" calendars content. */
function newShows(rng: Rng, now: Date, count: number): FxShow[] {
  return Array.from({ length: count }, (_, i) => {
    const premiere = addDays(now, rng.int(-10, 24))
    premiere.setUTCHours(rng.pick([1, 2, 3, 20]), 0, 0, 0)
    const title = generatedTitle(rng)
    const year = premiere.getUTCFullYear()
    return {
      title,
      year,
      ids: {
        trakt: GENERATED_SHOW_ID + i,
        slug: `${slugify(title)}-${year}-${i + 1}`,
        tmdb: 3_000_000 + i,
        tvdb: 900_000 + i,
      },
      overview: generatedOverview(rng),
      first_aired: premiere.toISOString(),
      status: 'returning series',
      network: rng.pick(NETWORKS)[0],
    }
  })
}

/** Shows: the fixtures' real series plus a few generated new ones. Seasons and episodes come next. */
export function seedShows(db: SandboxDb, rng: Rng, now: Date): void {
  for (const fx of [...fixtures.shows, ...newShows(rng, now, 6)]) {
    db.shows[fx.ids.trakt] = buildShow(rng, now, fx)
  }
}
