import { screen, within } from '@testing-library/react'
import { MAX_CONCURRENT_READS } from '@/lib/trakt/trakt'
import { createFaults } from '@/sandbox/faults'
import { BINGE_USER, seedBingeUser } from '@/sandbox/db/users/seed-binge-user'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_NOW, TEST_URLS } from '../../../support/sandbox-server'

// Trakt's limits, scaled down in time so the test runs in seconds and still has to wait: Trakt allows 1000 GETs
// per 5 minutes; here the sandbox allows 100 per 2 seconds, and 300 shows need about 305 GETs, so the page must
// spread them over four windows. The app's scheduler is configured a little below the sandbox (90), as a real
// deployment sets VITE_TRAKT_GET_BUDGET below Trakt's published figure: request and arrival times differ by a few
// milliseconds, and a client exactly at the limit would meet the odd 429 by chance.
const SANDBOX_BUDGET = 100
const CLIENT_BUDGET = 90
const WINDOW_MS = 2000
const SHOWS = 300

describe('progress for 300 shows under Trakt’s rate limits', () => {
  it('loads every card with no 429, at most a few requests on the wire, and counts them as they arrive', async () => {
    // The sandbox's own limiter (src/sandbox/faults.ts) in front of the sandbox, on a clock that moves (the test
    // sandbox's clock is pinned).
    const limits = createFaults(() => Date.now())
    limits.setLimits({ enabled: true, getBudget: SANDBOX_BUDGET, windowMs: WINDOW_MS, writeIntervalMs: 1000 })
    sandboxServer.server.use(...limits.handlers(TEST_URLS))

    const statuses: number[] = []
    const listPages: string[] = []
    let inFlight = 0
    let maxInFlight = 0
    const started = new Set<string>()
    sandboxServer.server.events.on('request:start', ({ request, requestId }) => {
      if (!request.url.startsWith(TEST_URLS.apiUrl)) return
      started.add(requestId)
      const url = new URL(request.url)
      if (url.pathname === '/sync/watched/shows') listPages.push(url.searchParams.get('page') ?? '')
      inFlight += 1
      maxInFlight = Math.max(maxInFlight, inFlight)
    })
    sandboxServer.server.events.on('response:mocked', ({ response, requestId }) => {
      if (!started.delete(requestId)) return
      inFlight -= 1
      statuses.push(response.status)
    })

    const began = Date.now()
    renderApp('/progress', {
      user: BINGE_USER,
      state: (db) => seedBingeUser(db, TEST_NOW, SHOWS),
      limits: { getBudget: CLIENT_BUDGET, windowMs: WINDOW_MS },
    })

    // Cards appear while the rest is still on its way, behind a visible count.
    expect(await screen.findByText(new RegExp(`^\\d+ of ${SHOWS} shows$`))).toBeInTheDocument()
    const upNext = await screen.findByRole('list', { name: 'Up next' })
    expect(within(upNext).getAllByRole('article').length).toBeGreaterThan(0)

    expect(await screen.findByText(`${SHOWS} shows`, undefined, { timeout: 20_000 })).toBeInTheDocument()
    // Every fifth Box Set was watched to the end (the seed): 60 completed, 240 up next.
    expect(screen.getByRole('tab', { name: 'Up next 240' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: 'Completed 60' })).toBeInTheDocument()

    const progressRequests = statuses.length
    expect(statuses.filter((s) => s === 429)).toEqual([])
    // Every answer a success: 200s, and the header's "watching now" 204 (nothing playing).
    expect(statuses.filter((s) => s !== 200 && s !== 204)).toEqual([])
    // The whole list, in pages of Trakt's largest size (250): 300 shows are two pages.
    expect(listPages.sort()).toEqual(['1', '2'])
    // The list (two pages), hidden, dropped, watchlist, and one progress request per show (and the header's
    // "watching now").
    expect(progressRequests).toBeGreaterThanOrEqual(SHOWS + 3)
    expect(progressRequests).toBeLessThanOrEqual(SHOWS + 7)
    expect(maxInFlight).toBeLessThanOrEqual(MAX_CONCURRENT_READS)
    // It did have to wait for the budget: 300+ GETs at 90 a window take three windows at least.
    expect(Date.now() - began).toBeGreaterThanOrEqual(3 * WINDOW_MS)
  }, 60_000)
})
