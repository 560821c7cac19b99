import type {
  HiddenShow,
  ProgressEpisodeRef,
  ProgressShow,
  ShowListEntry,
  ShowProgress,
} from '../api/map-progress'
import type { ProgressSort, ProgressTab } from './progress-options'
import { applyReset } from './reset-progress'

/** One card of the page: a show, and its progress once it arrived. */
export type ProgressCard = {
  key: number
  show: ProgressShow
  /** Where the card belongs; null while its progress is still on its way (or failed). */
  tab: ProgressTab | null
  state: 'pending' | 'error' | 'ready'
  /** Set when Trakt lists the show among the dropped ones (hidden from progress for good). */
  isDropped: boolean
  isHidden: boolean
  /** Ready cards: */
  aired: number
  completed: number
  /** 0 to 100, whole numbers. */
  percent: number
  remaining: number
  /** Minutes left, from the next episode's (or the show's) runtime; null when neither is known. */
  remainingMinutes: number | null
  lastAt: string | null
  next: ProgressEpisodeRef | null
  progress: ShowProgress | null
  /** Watchlisted (Not started) cards: when it was added is not needed, the show is. */
  isWatchlisted: boolean
}

type CardInput = {
  entry: ShowListEntry
  progress: ShowProgress | undefined
  isError: boolean
  hidden: Set<number>
  dropped: Set<number>
}

/** The card for one listed show and (when it arrived) its progress, reset_at applied. */
export function buildCard({ entry, progress, isError, hidden, dropped }: CardInput): ProgressCard {
  const id = entry.show.ids.trakt
  const isDropped = dropped.has(id)
  const isHidden = isDropped || hidden.has(id)
  const base: ProgressCard = {
    key: id,
    show: entry.show,
    tab: null,
    state: progress ? 'ready' : isError ? 'error' : 'pending',
    isDropped,
    isHidden,
    aired: 0,
    completed: 0,
    percent: 0,
    remaining: 0,
    remainingMinutes: null,
    lastAt: entry.lastAt,
    next: null,
    progress: null,
    isWatchlisted: false,
  }
  if (!progress) return base
  const adjusted = applyReset(progress, entry.resetAt)
  const aired = adjusted.aired
  const completed = Math.min(adjusted.completed, aired)
  const remaining = Math.max(0, aired - completed)
  const perEpisode = adjusted.nextEpisode?.runtime ?? entry.show.runtime
  const tab: ProgressTab = isHidden ? 'hidden' : aired > 0 && completed >= aired ? 'completed' : 'up-next'
  return {
    ...base,
    tab,
    aired,
    completed,
    percent: aired > 0 ? Math.floor((completed / aired) * 100) : 0,
    remaining,
    remainingMinutes: perEpisode ? remaining * perEpisode : null,
    lastAt: adjusted.lastAt ?? entry.lastAt,
    next: remaining > 0 ? adjusted.nextEpisode : null,
    progress: adjusted,
  }
}

/** A watchlisted show nobody started: a Not started card (no progress to read). */
export function watchlistCard(show: ProgressShow): ProgressCard {
  const aired = show.airedEpisodes ?? 0
  return {
    key: show.ids.trakt,
    show,
    tab: 'not-started',
    state: 'ready',
    isDropped: false,
    isHidden: false,
    aired,
    completed: 0,
    percent: 0,
    remaining: aired,
    remainingMinutes: show.runtime && aired ? show.runtime * aired : null,
    lastAt: null,
    next: null,
    progress: null,
    isWatchlisted: true,
  }
}

/** A hidden (or dropped) show that is not in the list (hidden before it was ever watched): Unhide only. */
export function hiddenOnlyCard(show: ProgressShow, isDropped: boolean): ProgressCard {
  return { ...watchlistCard(show), tab: 'hidden', isHidden: true, isDropped, isWatchlisted: false }
}

/** Hidden shows: the sections' shows as ids. */
export const idsOf = (shows: HiddenShow[] | undefined) => new Set((shows ?? []).map((h) => h.show.ids.trakt))

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN)
const byTitle = (a: ProgressCard, b: ProgressCard) =>
  a.show.title.localeCompare(b.show.title, undefined, { sensitivity: 'base', numeric: true })
/** Cards without the sorted value go last, in title order. */
function byValue(value: (card: ProgressCard) => number, direction: 1 | -1) {
  return (a: ProgressCard, b: ProgressCard) => {
    const x = value(a)
    const y = value(b)
    if (Number.isNaN(x) || Number.isNaN(y))
      return Number.isNaN(x) === Number.isNaN(y) ? byTitle(a, b) : Number.isNaN(x) ? 1 : -1
    return (x - y) * direction || byTitle(a, b)
  }
}

const SORTS: Record<ProgressSort, (a: ProgressCard, b: ProgressCard) => number> = {
  recent: byValue((c) => time(c.lastAt), -1),
  'air-date': byValue((c) => time(c.next?.firstAired), 1),
  percent: byValue((c) => c.percent, -1),
  remaining: byValue((c) => (c.tab === 'not-started' || c.progress ? c.remaining : NaN), 1),
  title: byTitle,
}

/** The cards in the chosen order (a new array). */
export function sortCards(cards: ProgressCard[], sort: ProgressSort): ProgressCard[] {
  return [...cards].sort(SORTS[sort])
}
