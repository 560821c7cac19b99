import type { Rng } from '../rng'
import type { TitleExtra } from '../types'

const TRANSLATION_LANGUAGES: [language: string, country: string, prefix: string][] = [
  ['de', 'de', 'Eine Geschichte, in der'],
  ['fr', 'fr', 'Une histoire où'],
  ['es', 'es', 'Una historia en la que'],
  ['it', 'it', 'Una storia in cui'],
  ['pt', 'br', 'Uma história em que'],
  ['ja', 'jp', '物語:'],
  ['nl', 'nl', 'Een verhaal waarin'],
  ['sv', 'se', 'En berättelse där'],
]

/** Rating distribution (1..10 -> votes) whose mean is close to `rating`. */
export function distribution(rng: Rng, rating: number, votes: number): Record<string, number> {
  const weights = Array.from(
    { length: 10 },
    (_, i) => Math.exp(-((i + 1 - rating) ** 2) / 3) * (0.8 + rng.next() * 0.4),
  )
  const sum = weights.reduce((a, b) => a + b, 0)
  return Object.fromEntries(weights.map((w, i) => [String(i + 1), Math.round((w / sum) * votes)]))
}

type ExtraInput = {
  title: string
  overview: string
  tagline: string
  rating: number
  votes: number
  counters?: {
    watchers?: number
    plays?: number
    collectors?: number
    anticipated?: number
    revenue?: number
  }
  isUpcoming: boolean
}

/** Chart counters, aliases and translations for a movie or show; releases are added by the caller. */
export function titleExtra(rng: Rng, input: ExtraInput): { extra: TitleExtra; languages: string[] } {
  const { counters = {}, votes } = input
  const popularity = Math.max(1, Math.round(votes / 100))
  const chosen = rng.shuffle(TRANSLATION_LANGUAGES).slice(0, rng.int(2, 5))
  return {
    languages: ['en', ...chosen.map(([language]) => language)],
    extra: {
      watchers: counters.watchers ?? (input.isUpcoming ? 0 : rng.int(0, popularity)),
      plays: counters.plays ?? (input.isUpcoming ? 0 : popularity * rng.int(20, 80)),
      collectors: counters.collectors ?? (input.isUpcoming ? 0 : popularity * rng.int(3, 20)),
      distribution: distribution(rng, input.rating, votes),
      aliases: [
        { title: input.title, country: 'us' },
        ...chosen.slice(0, 2).map(([, country]) => ({ title: input.title, country })),
      ],
      translations: [
        {
          title: input.title,
          overview: input.overview,
          tagline: input.tagline || null,
          language: 'en',
          country: 'us',
        },
        ...chosen.map(([language, country, prefix]) => ({
          title: input.title,
          overview: `${prefix} ${input.overview.charAt(0).toLowerCase()}${input.overview.slice(1)}`,
          tagline: null,
          language,
          country,
        })),
      ],
      releases: [],
      anticipated: counters.anticipated ?? (input.isUpcoming ? rng.int(200, 20000) : rng.int(0, 50)),
      boxOffice: counters.revenue ?? null,
      relatedIds: [],
    },
  }
}

/** A title's community figures when it has none: no watchers, plays, aliases or related titles (generated titles). */
export function emptyExtra(): TitleExtra {
  return {
    watchers: 0,
    plays: 0,
    collectors: 0,
    distribution: {},
    aliases: [],
    translations: [],
    releases: [],
    anticipated: 0,
    boxOffice: null,
    relatedIds: [],
  }
}
