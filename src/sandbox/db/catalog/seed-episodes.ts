import { imagesFor } from '../../images'
import type { Rng } from '../rng'
import type { Episode, SandboxDb, Season, Show } from '../types'
import { DAY } from './dates'
import { fixtures, type FxEpisode } from './fixture-data'
import { characterName, episodeOverview, episodeTitle } from './generated-text'

/** The recorded value when there is one; the generated one is drawn regardless, keeping the random stream stable. */
const pick = <T>(recorded: T | undefined, generated: T): T => recorded ?? generated

/** How a show's schedule relates to `now`. */
type Mode = 'new' | 'airing' | 'premiere-soon' | 'hiatus' | 'ended'

const FIRST_SEASON_ID = 6_000_001
const FIRST_EPISODE_ID = 7_000_001
const WEEK = 7 * DAY

type Plan = { season: number; premiere: Date; count: number }

/** Same UTC weekday and time as `pattern`, on the latest such day not after `now`. */
function anchorBefore(now: Date, pattern: Date): Date {
  const d = new Date(
    Date.UTC(
      now.getUTCFullYear(),
      now.getUTCMonth(),
      now.getUTCDate(),
      pattern.getUTCHours(),
      pattern.getUTCMinutes(),
    ),
  )
  while (d.getUTCDay() !== pattern.getUTCDay() || d > now) d.setTime(d.getTime() - DAY)
  return d
}

function planSeasons(rng: Rng, show: Show, mode: Mode, now: Date): Plan[] {
  const start = new Date(show.first_aired!)
  // aired_episodes still holds the fixture's count here; it is recounted from the seeded episodes afterwards.
  const recorded = Math.min(400, show.aired_episodes || rng.int(8, 60))
  let seasons = Math.max(1, Math.min(8, Math.round(recorded / 9)))
  const perSeason = () => rng.int(6, 12)
  if (mode === 'new') return [{ season: 1, premiere: start, count: rng.int(6, 10) }]
  if (mode === 'ended') {
    const end = Math.min(start.getTime() + seasons * 365 * DAY, now.getTime() - 120 * DAY)
    const span = Math.max(0, end - start.getTime())
    return Array.from({ length: seasons }, (_, i) => ({
      season: i + 1,
      premiere: new Date(start.getTime() + Math.floor((span * i) / seasons / WEEK) * WEEK),
      count: perSeason(),
    }))
  }
  const lastCount = rng.int(8, 10)
  let latest: Date
  if (mode === 'airing')
    latest = new Date(anchorBefore(now, start).getTime() - rng.int(1, lastCount - 3) * WEEK)
  else if (mode === 'premiere-soon')
    latest = new Date(anchorBefore(now, start).getTime() + rng.int(1, 3) * WEEK)
  else latest = new Date(anchorBefore(now, start).getTime() - rng.int(20, 40) * WEEK)
  if (latest.getTime() - start.getTime() < 300 * DAY) {
    // A young show: one season, rebased so the schedule still reaches `now`.
    show.first_aired = latest.toISOString()
    show.year = latest.getUTCFullYear()
    seasons = 1
  }
  const gap = seasons > 1 ? Math.floor((latest.getTime() - start.getTime()) / (seasons - 1) / WEEK) * WEEK : 0
  return Array.from({ length: seasons }, (_, i) => ({
    season: i + 1,
    premiere: i === seasons - 1 ? latest : new Date(start.getTime() + gap * i),
    count: i === seasons - 1 ? lastCount : perSeason(),
  }))
}

function episodeType(
  season: number,
  number: number,
  count: number,
  isLastSeason: boolean,
  ended: boolean,
): string {
  if (season === 1 && number === 1) return 'series_premiere'
  if (number === 1) return 'season_premiere'
  if (number === count) return isLastSeason && ended ? 'series_finale' : 'season_finale'
  if (count >= 10 && number === Math.floor(count / 2)) return 'mid_season_finale'
  if (count >= 10 && number === Math.floor(count / 2) + 1) return 'mid_season_premiere'
  return 'standard'
}

/** Seasons (with specials for some) and every episode of every show, scheduled relative to `now`. */
export function seedEpisodes(db: SandboxDb, rng: Rng, now: Date): void {
  let seasonId = FIRST_SEASON_ID
  let episodeId = FIRST_EPISODE_ID
  const real = new Map<string, FxEpisode>(
    fixtures.episodes.map((e) => [`${e.slug}:${e.season}:${e.number}`, e]),
  )
  const returning = Object.values(db.shows).filter(
    (s) => s.status === 'returning series' && s.ids.trakt < 9_000_000,
  )
  const modes = new Map<number, Mode>()
  returning.forEach((s, i) => modes.set(s.ids.trakt, i < 14 ? 'airing' : i < 18 ? 'premiere-soon' : 'hiatus'))

  for (const show of Object.values(db.shows)) {
    const mode: Mode = show.ids.trakt >= 9_000_000 ? 'new' : (modes.get(show.ids.trakt) ?? 'ended')
    const ended = mode === 'ended'
    const plans = planSeasons(rng, show, mode, now)
    if (rng.chance(0.15) || real.has(`${show.ids.slug}:0:1`)) {
      plans.unshift({
        season: 0,
        premiere: new Date(plans[0]!.premiere.getTime() + 20 * WEEK),
        count: rng.int(2, 4),
      })
    }
    const lead = characterName(rng)
    let aired = 0
    let absolute = 0
    const isAnime = show.genres.includes('anime')
    for (const plan of plans) {
      const season: Season = {
        showId: show.ids.trakt,
        number: plan.season,
        ids: {
          trakt: seasonId,
          tvdb: 500_000 + seasonId - FIRST_SEASON_ID,
          tmdb: 100_000 + seasonId - FIRST_SEASON_ID,
        },
        title: plan.season === 0 ? 'Specials' : `Season ${plan.season}`,
        overview: plan.season === 0 ? null : episodeOverview(rng, lead),
        first_aired: null,
        network: show.network,
        rating: Math.round((show.rating - 0.5 + rng.next()) * 100) / 100,
        votes: Math.round(show.votes / 20),
        episode_count: plan.count,
        aired_episodes: 0,
        updated_at: show.updated_at,
        images: imagesFor('seasons', seasonId),
      }
      seasonId += 1
      for (let n = 1; n <= plan.count; n++) {
        const fx = real.get(`${show.ids.slug}:${plan.season}:${n}`)
        const airDate =
          fx?.first_aired ??
          new Date(plan.premiere.getTime() + (n - 1) * (plan.season === 0 ? 9 * WEEK : WEEK)).toISOString()
        if (plan.season > 0) absolute += 1
        const episode: Episode = {
          showId: show.ids.trakt,
          season: plan.season,
          number: n,
          ids: {
            trakt: episodeId,
            tvdb: 8_000_000 + episodeId - FIRST_EPISODE_ID,
            tmdb: 4_000_000 + episodeId - FIRST_EPISODE_ID,
            imdb: null,
          },
          title: fx?.title ?? episodeTitle(rng, n),
          overview: fx?.overview ?? episodeOverview(rng, rng.chance(0.5) ? lead : characterName(rng)),
          first_aired: airDate,
          runtime: fx?.runtime ?? show.runtime,
          rating: pick(
            fx?.rating,
            Math.round(Math.min(10, show.rating - 0.6 + rng.next() * 1.4) * 100) / 100,
          ),
          votes: fx?.votes ?? Math.round(show.votes / (30 + n)),
          comment_count: 0,
          number_abs: isAnime && plan.season > 0 ? absolute : null,
          episode_type:
            plan.season === 0
              ? 'standard'
              : (fx?.episode_type ??
                episodeType(plan.season, n, plan.count, plan === plans[plans.length - 1], ended)),
          updated_at: show.updated_at,
          available_translations: show.available_translations,
          images: imagesFor('episodes', episodeId),
        }
        db.episodes[episodeId] = episode
        episodeId += 1
        if (n === 1) season.first_aired = airDate
        if (new Date(airDate) <= now) {
          season.aired_episodes += 1
          if (plan.season > 0) aired += 1
        }
      }
      db.seasons[season.ids.trakt] = season
    }
    show.aired_episodes = aired
    if (new Date(show.first_aired!) > now) show.status = 'upcoming'
  }
}
