import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { DEMO_USER, type ItemRef, type SandboxDb, type UserState } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'

// The title actions on real title pages of the whole app, on the sandbox, signed in as its demo user.

export const TRON = { id: 12601, path: '/movies/tron-legacy-2010', title: 'TRON: Legacy' }
export const BREAKING_BAD = { id: 1388, path: '/shows/breaking-bad', title: 'Breaking Bad' }

export const LIMIT_MESSAGE = 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).'
export const SERVER_MESSAGE = 'Trakt had a server error. Try again later.'

export const demoState = (): UserState => sandboxServer.sandbox.store.db.userState[DEMO_USER]!

const isItem = (ref: ItemRef, type: ItemRef['type'], id: number) => ref.type === type && ref.id === id

/** Leaves the demo user with no history, watchlist entry, rating, collection entry or list entry of the title. */
export function forget(db: SandboxDb, type: 'movie' | 'show', id: number) {
  const state = db.userState[DEMO_USER]!
  const episodeIds = new Set(
    Object.values(db.episodes)
      .filter((e) => type === 'show' && e.showId === id)
      .map((e) => e.ids.trakt),
  )
  const keep = (ref: ItemRef) => !isItem(ref, type, id) && !(ref.type === 'episode' && episodeIds.has(ref.id))
  state.history = state.history.filter((e) => keep(e.item))
  state.watchlist = state.watchlist.filter((e) => keep(e.item))
  state.ratings = state.ratings.filter((e) => keep(e.item))
  state.collection = state.collection.filter((e) => keep(e.item))
  for (const list of Object.values(db.lists)) list.items = list.items.filter((e) => keep(e.item))
}

export type Received = { method: string; path: string; body: unknown }

/** Every write the sandbox receives during this test (method, path, JSON body), in order. */
export function recordWrites(): Received[] {
  const received: Received[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET') return
    const entry: Received = { method: request.method, path: new URL(request.url).pathname, body: null }
    received.push(entry)
    void request
      .clone()
      .text()
      .then((text) => {
        entry.body = text ? (JSON.parse(text) as unknown) : null
      })
  }
  sandboxServer.server.events.on('request:start', listener)
  onTestFinished(() => {
    sandboxServer.server.events.removeListener('request:start', listener)
  })
  return received
}

/** Makes one write answer with an error status (the sandbox's other endpoints keep working). */
export function failWrite(method: 'post' | 'delete', path: string, status: number, until?: Promise<void>) {
  sandboxServer.server.use(
    http[method](`${TEST_URLS.apiUrl}${path}`, async () => {
      await until
      return HttpResponse.json({ error: 'nope' }, { status })
    }),
  )
}

/**
 * Holds Trakt's answer to a write until `release()`, then lets the sandbox answer it: what the page shows in
 * between is the optimistic update.
 */
export function holdWrite(method: 'post' | 'delete', path: string): { release: () => void } {
  const gate = deferred()
  sandboxServer.server.use(http[method](`${TEST_URLS.apiUrl}${path}`, () => gate.promise))
  return { release: gate.resolve }
}

/** Counts the GETs whose path matches, to see which reads a page or a write causes. */
export function countReadsMatching(path: RegExp): () => number {
  let count = 0
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET' && path.test(new URL(request.url).pathname)) count += 1
  }
  sandboxServer.server.events.on('request:start', listener)
  onTestFinished(() => {
    sandboxServer.server.events.removeListener('request:start', listener)
  })
  return () => count
}

/** Opens a title page signed in as the demo user and waits for its actions and the user's state to load. */
export async function openTitle(path: string, state?: (db: SandboxDb) => void) {
  const user = userEvent.setup()
  const view = renderApp(path, { user: DEMO_USER, ...(state ? { state } : {}) })
  const actions = await screen.findByRole('region', { name: 'Your actions' }, { timeout: 10_000 })
  const watchlist = within(actions).getByRole('button', { name: /watchlist$/ })
  await waitFor(() => expect(watchlist).toBeEnabled())
  await waitFor(() => expect(within(actions).getAllByRole('radio')[0]).toBeEnabled())
  return { ...view, user, actions }
}

/** Tron on the demo user's watchlist, and nothing else of it. */
export function onWatchlist(db: SandboxDb) {
  forget(db, 'movie', TRON.id)
  db.userState[DEMO_USER]!.watchlist.push({
    id: 990_001,
    rank: 99,
    listed_at: '2026-01-01T00:00:00.000Z',
    notes: null,
    item: { type: 'movie', id: TRON.id },
  })
}

/** Tron with two plays in the demo user's history: one marked watched, one checked in. */
export function watchedTwice(db: SandboxDb) {
  forget(db, 'movie', TRON.id)
  db.userState[DEMO_USER]!.history.push(
    {
      id: 990_111,
      watched_at: '2026-03-12T20:00:00.000Z',
      action: 'watch',
      item: { type: 'movie', id: TRON.id },
    },
    {
      id: 990_222,
      watched_at: '2025-01-02T20:00:00.000Z',
      action: 'checkin',
      item: { type: 'movie', id: TRON.id },
    },
  )
}

/** Opens "Remove plays", waits until it lists `count` plays, and closes it again. */
export async function expectListedPlays(view: Awaited<ReturnType<typeof openTitle>>, count: number) {
  await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
  const dialog = screen.getByRole('dialog', { name: 'Remove plays' })
  await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(count))
  await view.user.click(within(dialog).getAllByRole('button', { name: 'Close' })[0]!)
  expect(dialog).not.toBeInTheDocument()
}

/** A promise resolved from outside, to hold a response in flight. */
export function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
