import { imagesFor } from '../../images'
import { emptyExtra } from '../catalog/title-extra'
import type { Episode, SandboxDb, Season } from '../types'
import { deriveActivities } from './activities'
import { emptyUserState } from './empty-user-state'
import { DAY, HOUR, iso, newId } from './seed-helpers'

/** The user with a very large progress page: hundreds of watched shows (tests and `npm run bench`). */
export const BINGE_USER = 'binge'

const FIRST_SHOW_ID = 9_600_001
const FIRST_SEASON_ID = 9_700_001
const FIRST_EPISODE_ID = 9_800_001
const SEASONS = 2
const EPISODES_PER_SEASON = 6

/**
 * Adds `count` small generated shows (two aired seasons of six episodes each) and a user `binge` who has watched
 * every one of them: every fifth show to the end, the others part-way, each last watched on a different day. Not
 * part of the default seed (the demo's catalog stays as it is); call it on a database that is about to be served.
 */
export function seedBingeUser(db: SandboxDb, now: Date, count = 300): void {
  const nowMs = now.getTime()
  // New record objects, so the per-show catalog index (cached per object) is rebuilt with the new shows.
  const shows = { ...db.shows }
  const seasons = { ...db.seasons }
  const episodes = { ...db.episodes }
  const state = emptyUserState()
  for (let i = 0; i < count; i++) {
    const showId = FIRST_SHOW_ID + i
    const label = String(i + 1).padStart(3, '0')
    const premiere = nowMs - (400 + i) * DAY
    shows[showId] = {
      title: `Box Set ${label}`,
      year: new Date(premiere).getUTCFullYear(),
      ids: { trakt: showId, slug: `box-set-${label}`, imdb: null, tmdb: null, tvdb: null },
      tagline: '',
      overview: 'A generated show for the large progress page.',
      first_aired: iso(premiere),
      airs: { day: 'Monday', time: '21:00', timezone: 'America/New_York' },
      runtime: 30 + (i % 4) * 10,
      certification: 'TV-14',
      network: 'HBO',
      country: 'us',
      trailer: null,
      homepage: null,
      status: 'ended',
      rating: 7,
      votes: 100,
      comment_count: 0,
      updated_at: iso(nowMs - 30 * DAY),
      language: 'en',
      languages: ['en'],
      available_translations: ['en'],
      genres: ['drama'],
      aired_episodes: SEASONS * EPISODES_PER_SEASON,
      original_title: null,
      images: imagesFor('shows', showId),
      extra: emptyExtra(),
    }
    const showEpisodes: Episode[] = []
    for (let s = 1; s <= SEASONS; s++) {
      const seasonId = FIRST_SEASON_ID + i * SEASONS + (s - 1)
      const season: Season = {
        showId,
        number: s,
        ids: { trakt: seasonId },
        title: `Season ${s}`,
        overview: null,
        first_aired: null,
        network: 'HBO',
        rating: 7,
        votes: 10,
        episode_count: EPISODES_PER_SEASON,
        aired_episodes: EPISODES_PER_SEASON,
        updated_at: iso(nowMs - 30 * DAY),
        images: imagesFor('seasons', seasonId),
      }
      seasons[seasonId] = season
      for (let n = 1; n <= EPISODES_PER_SEASON; n++) {
        const episodeId =
          FIRST_EPISODE_ID + i * SEASONS * EPISODES_PER_SEASON + (s - 1) * EPISODES_PER_SEASON + n - 1
        const airedAt = iso(premiere + ((s - 1) * EPISODES_PER_SEASON + n - 1) * 7 * DAY)
        if (n === 1) season.first_aired = airedAt
        const episode: Episode = {
          showId,
          season: s,
          number: n,
          ids: { trakt: episodeId },
          title: `Episode ${s}.${n}`,
          overview: null,
          first_aired: airedAt,
          runtime: shows[showId].runtime,
          rating: 7,
          votes: 10,
          comment_count: 0,
          number_abs: null,
          episode_type: 'standard',
          updated_at: iso(nowMs - 30 * DAY),
          available_translations: ['en'],
          images: imagesFor('episodes', episodeId),
        }
        episodes[episodeId] = episode
        showEpisodes.push(episode)
      }
    }
    const watched = i % 5 === 0 ? showEpisodes.length : 1 + (i % 9)
    // Show i was last watched i hours ago: "recently watched" puts Box Set 001 first.
    const lastAt = nowMs - (i + 1) * HOUR
    showEpisodes.slice(0, watched).forEach((episode, index) => {
      state.history.push({
        id: newId(db),
        watched_at: iso(lastAt - (watched - 1 - index) * 60_000),
        action: 'watch',
        item: { type: 'episode', id: episode.ids.trakt },
      })
    })
  }
  db.shows = shows
  db.seasons = seasons
  db.episodes = episodes
  db.users[BINGE_USER] = {
    username: BINGE_USER,
    name: 'Binge Watcher',
    private: false,
    vip: false,
    vip_ep: false,
    director: false,
    ids: { slug: BINGE_USER, trakt: 424_300 },
    joined_at: iso(nowMs - 3 * 365 * DAY),
    location: null,
    about: null,
    gender: null,
    age: null,
    avatar: '',
  }
  db.userState[BINGE_USER] = state
  deriveActivities(db, BINGE_USER, db.users[BINGE_USER].joined_at)
}
