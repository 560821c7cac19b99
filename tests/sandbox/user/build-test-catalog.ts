import { emptyExtra as extra } from '@/sandbox/db/catalog/title-extra'
import { emptyDb } from '@/sandbox/db/create-db'
import type { Episode, Movie, SandboxDb, Season, Show, User } from '@/sandbox/db/types'

const DAY = 86_400_000

/**
 * A small but complete catalog built without the catalog seed, so the user-state tests do not depend on it:
 * movies (some unreleased), shows with seasons and episodes (ended, and returning ones airing this week), users.
 */
export function buildTestCatalog(now: Date, options: { movies?: number; shows?: number } = {}): SandboxDb {
  const db = emptyDb(now)
  const nowMs = now.getTime()
  for (let i = 1; i <= (options.movies ?? 150); i++) {
    const released = new Date(nowMs - (i <= 5 ? -i * 20 : i * 23) * DAY).toISOString().slice(0, 10)
    const movie: Movie = {
      title: `Movie ${i}`,
      year: Number(released.slice(0, 4)),
      ids: { trakt: i, slug: `movie-${i}`, imdb: `tt${1000000 + i}`, tmdb: 5000 + i },
      tagline: 'A tagline.',
      overview: 'An overview.',
      released,
      runtime: 90 + (i % 40),
      country: 'us',
      status: i <= 5 ? 'post production' : 'released',
      rating: 5 + (i % 50) / 10,
      votes: 100 * i,
      comment_count: 0,
      trailer: null,
      homepage: null,
      updated_at: now.toISOString(),
      language: 'en',
      languages: ['en'],
      available_translations: ['en'],
      genres: ['drama'],
      certification: 'PG-13',
      original_title: `Movie ${i}`,
      images: { poster: [`media.trakt.tv/images/movies/${i}/posters/thumb/p.jpg`] },
      extra: extra(),
    }
    db.movies[String(i)] = movie
  }
  let episodeId = 100_000
  let seasonId = 50_000
  for (let s = 1; s <= (options.shows ?? 30); s++) {
    const id = 1000 + s
    // Every third show is still airing: its latest season has episodes weekly around now.
    const returning = s % 3 === 0
    const seasonsCount = 1 + (s % 3)
    const start = returning
      ? nowMs - (seasonsCount * 10 - 3) * 7 * DAY - 2 * DAY
      : nowMs - (400 + s * 30) * DAY
    const show: Show = {
      title: `Show ${s}`,
      year: new Date(start).getUTCFullYear(),
      ids: { trakt: id, slug: `show-${s}`, imdb: `tt${2000000 + s}`, tmdb: 7000 + s, tvdb: 9000 + s },
      tagline: '',
      overview: 'A show.',
      first_aired: new Date(start).toISOString(),
      airs: { day: 'Monday', time: '21:00', timezone: 'America/New_York' },
      runtime: 45,
      certification: 'TV-14',
      network: 'HBO',
      country: 'us',
      trailer: null,
      homepage: null,
      status: returning ? 'returning series' : 'ended',
      rating: 8,
      votes: 1000,
      comment_count: 0,
      updated_at: now.toISOString(),
      language: 'en',
      languages: ['en'],
      available_translations: ['en'],
      genres: ['drama'],
      aired_episodes: 0,
      original_title: `Show ${s}`,
      images: {},
      extra: extra(),
    }
    db.shows[String(id)] = show
    let airDate = start
    for (let n = 0; n <= seasonsCount; n++) {
      const count = n === 0 ? 2 : 10
      const season: Season = {
        showId: id,
        number: n,
        ids: { trakt: ++seasonId, tvdb: seasonId, tmdb: seasonId },
        title: n === 0 ? 'Specials' : `Season ${n}`,
        overview: null,
        first_aired: null,
        network: 'HBO',
        rating: 8,
        votes: 10,
        episode_count: count,
        aired_episodes: 0,
        updated_at: now.toISOString(),
        images: {},
      }
      db.seasons[String(seasonId)] = season
      for (let e = 1; e <= count; e++) {
        const aired = n === 0 ? start + e * 30 * DAY : airDate
        if (n > 0) airDate += 7 * DAY
        const episode: Episode = {
          showId: id,
          season: n,
          number: e,
          ids: { trakt: ++episodeId, tvdb: episodeId, imdb: null, tmdb: episodeId },
          title: `S${n}E${e}`,
          overview: null,
          first_aired: new Date(aired).toISOString(),
          runtime: 45,
          rating: 8,
          votes: 5,
          comment_count: 0,
          number_abs: null,
          episode_type:
            e === 1
              ? n === 1
                ? 'series_premiere'
                : 'season_premiere'
              : e === count
                ? 'season_finale'
                : 'standard',
          updated_at: now.toISOString(),
          available_translations: [],
          images: {},
        }
        db.episodes[String(episodeId)] = episode
        if (aired <= nowMs) season.aired_episodes++
        season.first_aired ??= episode.first_aired
      }
      if (n > 0) show.aired_episodes += season.aired_episodes
    }
  }
  const names = [
    'alice',
    'bob',
    'carol',
    'dave',
    'erin',
    'frank',
    'grace',
    'heidi',
    'ivan',
    'judy',
    'mallory',
    'niaj',
    'olivia',
  ]
  for (const [i, slug] of names.entries()) {
    const user: User = {
      username: slug,
      name: slug[0]!.toUpperCase() + slug.slice(1),
      private: slug === 'mallory' || slug === 'judy',
      vip: i % 4 === 0,
      vip_ep: false,
      director: false,
      ids: { slug, trakt: 100 + i },
      joined_at: new Date(nowMs - (1000 + i) * DAY).toISOString(),
      location: null,
      about: null,
      gender: null,
      age: null,
      avatar: `https://example.test/avatars/${slug}.png`,
    }
    db.users[slug] = user
  }
  for (let c = 1; c <= 20; c++) {
    db.comments[String(c)] = {
      id: c,
      parent_id: 0,
      item: { type: 'movie', id: c },
      userSlug: names[c % names.length]!,
      comment: 'A comment that is long enough.',
      spoiler: false,
      review: false,
      created_at: new Date(nowMs - c * DAY).toISOString(),
      updated_at: new Date(nowMs - c * DAY).toISOString(),
      user_rating: null,
      language: 'en',
      likedBy: [],
    }
  }
  for (let l = 1; l <= 5; l++) {
    db.lists[String(900 + l)] = {
      ids: { trakt: 900 + l, slug: `public-list-${l}` },
      name: `Public list ${l}`,
      description: null,
      privacy: 'public',
      type: 'personal',
      display_numbers: false,
      allow_comments: true,
      sort_by: 'rank',
      sort_how: 'asc',
      created_at: new Date(nowMs - 300 * DAY).toISOString(),
      updated_at: new Date(nowMs - 30 * DAY).toISOString(),
      ownerSlug: names[l]!,
      likedBy: [],
      items: [],
    }
  }
  return db
}
