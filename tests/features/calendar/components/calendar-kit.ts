import { screen, waitFor, within } from '@testing-library/react'
import type { Episode, SandboxDb, Show, UserState } from '@/sandbox/db/types'

/** The user's zone in these tests: +05:45, so a UTC day and a local day never line up. */
export const ZONE = 'Asia/Kathmandu'

/** The local day of an instant, as Intl (not the code under test) says. */
export const localDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: ZONE })

/** Episodes (with their show) whose local air day is one of `days`, earliest first. */
export function airingOn(db: SandboxDb, days: string[]): { episode: Episode; show: Show; day: string }[] {
  return Object.values(db.episodes)
    .filter((e) => e.first_aired && days.includes(localDay(e.first_aired)) && db.shows[e.showId])
    .sort((a, b) => a.first_aired!.localeCompare(b.first_aired!))
    .map((episode) => ({ episode, show: db.shows[episode.showId]!, day: localDay(episode.first_aired!) }))
}

/** "S01E03". */
export const code = (e: Episode) =>
  `S${String(e.season).padStart(2, '0')}E${String(e.number).padStart(2, '0')}`

/** The section of one day, found by its heading's `<time datetime>`. */
export function findDay(date: string): Promise<HTMLElement> {
  return waitFor(() => {
    const region = screen.queryAllByRole('region').find((r) => r.querySelector(`h3 time[datetime="${date}"]`))
    if (!region) throw new Error(`No day ${date} on the page`)
    return region
  })
}

/** The link of an episode inside a day section. */
export const episodeLink = (day: HTMLElement, show: Show, episode: Episode) =>
  within(day).getByRole('link', { name: new RegExp(`${escape(show.title)}.*${code(episode)}`) })

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Puts shows on a user's watchlist, which brings them into "my" calendar. */
export function watchShows(state: UserState, shows: Show[]) {
  for (const show of shows)
    state.watchlist.push({
      id: 9_900_000 + show.ids.trakt,
      rank: 999,
      listed_at: '2026-11-01T00:00:00Z',
      notes: null,
      item: { type: 'show', id: show.ids.trakt },
    })
}
