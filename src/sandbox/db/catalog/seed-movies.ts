import { imagesFor } from '../../images'
import { createRng, type Rng } from '../rng'
import type { Movie, SandboxDb } from '../types'
import { addDays, isoDay } from './dates'
import { fixtures, type FxMovie } from './fixture-data'
import { generatedOverview, generatedTitle, slugify } from './generated-text'
import { titleExtra } from './title-extra'

const MOVIE_GENRES = [
  'action',
  'adventure',
  'comedy',
  'drama',
  'thriller',
  'science-fiction',
  'fantasy',
  'horror',
  'romance',
  'animation',
  'crime',
  'mystery',
  'family',
  'documentary',
]
const CERTIFICATIONS = ['G', 'PG', 'PG-13', 'R']
const RELEASE_COUNTRIES: [country: string, certification: (us: string) => string][] = [
  ['gb', (us) => ({ G: 'U', PG: 'PG', 'PG-13': '12A', R: '15' })[us] ?? '12A'],
  ['de', (us) => ({ G: '0', PG: '6', 'PG-13': '12', R: '16' })[us] ?? '12'],
  ['fr', () => 'U'],
  ['jp', (us) => (us === 'R' ? 'R15+' : 'G')],
  ['br', (us) => ({ G: 'L', PG: '10', 'PG-13': '12', R: '16' })[us] ?? '12'],
]
/** First trakt id of the generated (non-fixture) movies: far from real ids. */
const GENERATED_MOVIE_ID = 9_000_001

function releasesFor(rng: Rng, released: string, certification: string): Movie['extra']['releases'] {
  const theatrical = new Date(`${released}T00:00:00.000Z`)
  const us = [
    { country: 'us', certification, release_date: released, release_type: 'theatrical', note: null },
    {
      country: 'us',
      certification,
      release_date: isoDay(addDays(theatrical, rng.int(30, 60))),
      release_type: 'digital',
      note: null,
    },
    {
      country: 'us',
      certification,
      release_date: isoDay(addDays(theatrical, rng.int(80, 120))),
      release_type: 'physical',
      note: 'Blu-ray',
    },
  ]
  if (rng.chance(0.2))
    us.unshift({
      country: 'us',
      certification,
      release_date: isoDay(addDays(theatrical, -rng.int(20, 60))),
      release_type: 'premiere',
      note: 'Fantastic Fest',
    })
  const abroad = rng
    .shuffle(RELEASE_COUNTRIES)
    .slice(0, rng.int(1, 4))
    .map(([country, cert]) => ({
      country,
      certification: cert(certification),
      release_date: isoDay(addDays(theatrical, rng.int(-7, 21))),
      release_type: 'theatrical',
      note: null,
    }))
  return [...us, ...abroad]
}

function buildMovie(rng: Rng, now: Date, fx: FxMovie): Movie {
  const released =
    fx.released ??
    `${fx.year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
  const isUpcoming = new Date(`${released}T00:00:00Z`) > now
  const rating = fx.rating ?? (isUpcoming ? 0 : Math.round((5.5 + rng.next() * 3) * 100) / 100)
  const votes = fx.votes ?? (isUpcoming ? 0 : rng.int(50, 20000))
  const overview = fx.overview || generatedOverview(rng)
  const tagline = fx.tagline ?? ''
  const certification = fx.certification ?? rng.pick(CERTIFICATIONS)
  const { extra, languages } = titleExtra(rng, {
    title: fx.title,
    overview,
    tagline,
    rating,
    votes,
    counters: fx.c,
    isUpcoming,
  })
  // Generated first either way, so a recorded body does not shift the random stream every later title draws from.
  extra.releases = releasesFor(rng, released, certification)
  const recorded = fixtures.movieExtras[fx.ids.slug]
  if (recorded?.releases) {
    extra.releases = recorded.releases.flatMap((r) =>
      r.release_date ? [{ ...r, certification: r.certification ?? '', release_date: r.release_date }] : [],
    )
  }
  if (recorded?.aliases)
    extra.aliases = recorded.aliases.flatMap((a) =>
      a.country ? [{ title: a.title, country: a.country }] : [],
    )
  return {
    title: fx.title,
    year: fx.year,
    ids: { trakt: fx.ids.trakt, slug: fx.ids.slug, imdb: fx.ids.imdb ?? null, tmdb: fx.ids.tmdb ?? null },
    tagline,
    overview,
    released,
    runtime: fx.runtime ?? rng.int(85, 150),
    country: fx.country ?? 'us',
    status: isUpcoming
      ? rng.pick(['post production', 'in production', 'planned'])
      : (fx.status ?? 'released'),
    rating,
    votes,
    comment_count: 0,
    // A fixture's own trailer and homepage; made-up titles get none rather than a link that goes nowhere.
    trailer: fx.trailer ?? null,
    homepage: fx.homepage ?? null,
    updated_at: addDays(now, -rng.next() * 40).toISOString(),
    language: fx.language ?? 'en',
    languages: [fx.language ?? 'en'],
    available_translations: languages,
    genres: fx.genres?.length ? fx.genres : rng.shuffle(MOVIE_GENRES).slice(0, rng.int(1, 3)),
    certification,
    original_title: fx.original_title ?? fx.title,
    images: imagesFor('movies', fx.ids.trakt),
    extra,
  }
}

/** Generated titles releasing around `now`, so calendars, anticipated and box office always have content. */
function upcomingMovies(rng: Rng, now: Date, count: number): FxMovie[] {
  return Array.from({ length: count }, (_, i) => {
    const released = addDays(now, rng.int(-30, 75))
    const title = generatedTitle(rng)
    const year = released.getUTCFullYear()
    return {
      title,
      year,
      ids: { trakt: GENERATED_MOVIE_ID + i, slug: `${slugify(title)}-${year}-${i + 1}`, tmdb: 2_000_000 + i },
      overview: generatedOverview(rng),
      released: isoDay(released),
      c: released < now ? { revenue: rng.int(2, 180) * 1_000_000 } : undefined,
    }
  })
}

const UPCOMING = 28

/**
 * A few generated titles that came out in theaters one to three months before `now`, so their digital and disc
 * releases fall around it and the streaming and DVD calendars always have something. They draw from their own
 * stream: adding them (or a fixture gaining facts) must not reshuffle everything else the seed generates.
 */
function recentMovies(now: Date): { rng: Rng; movies: FxMovie[] } {
  const rng = createRng(0x7e1ea5e)
  const movies = [35, 50, 65, 95, 110, 125].map((daysAgo, i) => {
    const title = generatedTitle(rng)
    const released = addDays(now, -daysAgo)
    const year = released.getUTCFullYear()
    const id = GENERATED_MOVIE_ID + UPCOMING + i
    return {
      title,
      year,
      ids: {
        trakt: id,
        slug: `${slugify(title)}-${year}-${UPCOMING + i + 1}`,
        tmdb: 2_000_000 + UPCOMING + i,
      },
      overview: generatedOverview(rng),
      released: isoDay(released),
      c: { revenue: rng.int(2, 180) * 1_000_000 },
    }
  })
  return { rng, movies }
}

/** Movies: the fixtures' real titles plus generated ones around `now`. */
export function seedMovies(db: SandboxDb, rng: Rng, now: Date): void {
  for (const fx of [...fixtures.movies, ...upcomingMovies(rng, now, UPCOMING)]) {
    db.movies[fx.ids.trakt] = buildMovie(rng, now, fx)
  }
  const recent = recentMovies(now)
  for (const fx of recent.movies) db.movies[fx.ids.trakt] = buildMovie(recent.rng, now, fx)
}
