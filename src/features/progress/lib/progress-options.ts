/** Watched progress (what to watch next) or collection progress (what to collect next). */
export type ProgressMode = 'watched' | 'collection'

export type ProgressTab = 'up-next' | 'not-started' | 'completed' | 'hidden'

export type ProgressSort = 'recent' | 'air-date' | 'percent' | 'remaining' | 'title'

/**
 * The reference's progress flags: `specials` adds season 0, `count_specials` (with specials) counts it in the
 * stats, `hidden` keeps hidden seasons, `last_activity` picks the next episode after the furthest aired episode
 * watched (default) or after the one watched last.
 */
export type ProgressOptions = {
  specials: boolean
  countSpecials: boolean
  hiddenSeasons: boolean
  lastActivity: 'aired' | 'activity'
}

export const DEFAULT_OPTIONS: ProgressOptions = {
  specials: false,
  countSpecials: true,
  hiddenSeasons: false,
  lastActivity: 'aired',
}

/** The page's state in the address: `?mode=collection&tab=completed&sort=title&specials=1`. */
export type ProgressView = {
  mode: ProgressMode
  tab: ProgressTab
  sort: ProgressSort
  options: ProgressOptions
}

/** The tabs in their order on the page. */
export const PROGRESS_TABS: readonly ProgressTab[] = ['up-next', 'not-started', 'completed', 'hidden']
const SORTS: readonly ProgressSort[] = ['recent', 'air-date', 'percent', 'remaining', 'title']

const pick = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((v) => v === value) ?? fallback

export function viewFromSearchParams(params: URLSearchParams): ProgressView {
  return {
    mode: params.get('mode') === 'collection' ? 'collection' : 'watched',
    tab: pick(PROGRESS_TABS, params.get('tab'), 'up-next'),
    sort: pick(SORTS, params.get('sort'), 'recent'),
    options: {
      specials: params.get('specials') === '1',
      countSpecials: params.get('count_specials') !== '0',
      hiddenSeasons: params.get('hidden_seasons') === '1',
      lastActivity: params.get('last_activity') === '1' ? 'activity' : 'aired',
    },
  }
}

/** Writes the view into `params`, leaving defaults (and every unrelated parameter) out of the address. */
export function writeView(params: URLSearchParams, view: ProgressView): URLSearchParams {
  const next = new URLSearchParams(params)
  const set = (name: string, value: string | null) =>
    value === null ? next.delete(name) : next.set(name, value)
  set('mode', view.mode === 'watched' ? null : view.mode)
  set('tab', view.tab === 'up-next' ? null : view.tab)
  set('sort', view.sort === 'recent' ? null : view.sort)
  set('specials', view.options.specials ? '1' : null)
  set('count_specials', view.options.countSpecials ? null : '0')
  set('hidden_seasons', view.options.hiddenSeasons ? '1' : null)
  set('last_activity', view.options.lastActivity === 'activity' ? '1' : null)
  return next
}

/** The query string of a show's progress request: only what differs from Trakt's defaults, plus episode details. */
export function progressParams(mode: ProgressMode, options: ProgressOptions) {
  return {
    // Full episodes: the next episode's title, air date and runtime.
    extended: 'full',
    ...(options.hiddenSeasons ? { hidden: true } : {}),
    ...(options.specials ? { specials: true } : {}),
    ...(options.specials && !options.countSpecials ? { count_specials: false } : {}),
    ...(options.lastActivity === 'activity'
      ? { last_activity: mode === 'watched' ? 'watched' : 'collected' }
      : {}),
  }
}
