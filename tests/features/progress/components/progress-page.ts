import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_USER, type SandboxDb, type UserState } from '@/sandbox/db/types'
import { showProgress } from '@/sandbox/handlers/user/progress-view'
import { watchedShows } from '@/sandbox/handlers/user/watched-view'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_NOW } from '../../../support/sandbox-server'

// The progress page of the whole app on the sandbox, and what the sandbox itself says each card must show.

export const db = () => sandboxServer.sandbox.store.db
export const demoState = () => db().userState[DEMO_USER]!

const DEFAULTS = { hidden: false, specials: false, countSpecials: false, lastActivity: 'aired' as const }

/** The sandbox's own answer for one show's watched progress (what Trakt says), with Trakt's default options. */
export function sandboxProgress(showId: number, state: UserState = demoState()) {
  return showProgress(db(), state, showId, 'watched', DEFAULTS, new Set(['full']), TEST_NOW)
}

type Expected = { id: number; title: string; lastAt: string; tab: 'up-next' | 'completed' | 'hidden' }

/** Each watched show of the demo user and the tab it belongs in, by the sandbox's numbers. */
export function expectedShows(): Expected[] {
  const state = demoState()
  const hidden = new Set(
    state.hidden
      .filter((h) => (h.section === 'progress_watched' || h.section === 'dropped') && h.item.type === 'show')
      .map((h) => h.item.id),
  )
  return watchedShows(db(), state, new Set()).map((row) => {
    const show = row.show as { ids: { trakt: number }; title: string }
    const progress = sandboxProgress(show.ids.trakt)
    const tab = hidden.has(show.ids.trakt)
      ? 'hidden'
      : progress.aired > 0 && progress.completed >= progress.aired
        ? 'completed'
        : 'up-next'
    return { id: show.ids.trakt, title: show.title, lastAt: String(row.last_watched_at), tab }
  })
}

/** Watchlisted shows the demo user never watched: Not started. */
export function expectedNotStarted(database: SandboxDb = db()): number[] {
  const state = database.userState[DEMO_USER]!
  const watched = new Set(
    state.history.flatMap((h) => (h.item.type === 'episode' ? [database.episodes[h.item.id]!.showId] : [])),
  )
  return state.watchlist
    .filter((w) => w.item.type === 'show' && !watched.has(w.item.id))
    .map((w) => w.item.id)
}

/** Opens /progress as the demo user and waits until every show's progress arrived. */
export async function openProgress(url = '/progress', options: { state?: (db: SandboxDb) => void } = {}) {
  const user = userEvent.setup()
  const view = renderApp(url, { user: DEMO_USER, ...options })
  await screen.findByText(/^\d+ shows$/)
  return { ...view, user }
}

export const tabList = (name: string) => screen.getByRole('list', { name })
export const cardsIn = (name: string) => within(tabList(name)).getAllByRole('article')
export const card = (list: string, title: string) =>
  within(tabList(list)).getByRole('article', { name: title })
