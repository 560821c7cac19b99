import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { ContinueWatching } from '@/features/playback/components/continue-watching'
import { installSession } from '@/lib/auth/default-session'
import { SESSION_KEY } from '@/lib/auth/stored-session'
import { formatDateTime } from '@/lib/dates'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt } from '@/lib/trakt/trakt'
import { DEMO_USER, type PlaybackEntry } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'
import { holdWrite, recordWrites } from '../../sync/components/title-page'

const traffic = recordTraktTraffic()
const db = () => sandboxServer.sandbox.store.db
const demoPlayback = () => db().userState[DEMO_USER]!.playback
/** The demo user's paused titles, as the list should show them: most recently paused first. */
const expected = () => [...demoPlayback()].sort((a, b) => (a.paused_at < b.paused_at ? 1 : -1))
const titleOf = (entry: PlaybackEntry) =>
  entry.item.type === 'movie' ? db().movies[entry.item.id]!.title : db().episodes[entry.item.id]!.title!
const percent = (progress: number) => `${Math.round(progress * 10) / 10}%`

async function openPlayback() {
  const view = renderApp('/playback', { user: DEMO_USER })
  const list = await screen.findByRole('list', { name: 'Continue watching' })
  return { ...view, list, user: userEvent.setup() }
}

describe('Continue watching (/playback)', () => {
  it('lists every paused title with how far in, when, and a way back to its page', async () => {
    const { list } = await openPlayback()
    expect(screen.getByRole('heading', { level: 1, name: 'Continue watching' })).toBeInTheDocument()
    const rows = within(list).getAllByRole('listitem')
    const entries = expected()
    expect(entries.length).toBeGreaterThanOrEqual(3)
    expect(rows).toHaveLength(entries.length)
    entries.forEach((entry, i) => {
      const row = rows[i]!
      expect(within(row).getByRole('link', { name: titleOf(entry) })).toBeInTheDocument()
      expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(entry.progress))
      expect(row).toHaveTextContent(`${percent(entry.progress)} watched`)
      expect(row).toHaveTextContent(`Paused ${formatDateTime(entry.paused_at)}`)
      // Resume opens the title's page, where the watch timer offers to start from this position.
      expect(
        within(row).getByRole('link', { name: new RegExp(`^Resume .* from ${percent(entry.progress)}$`) }),
      ).toHaveAttribute(
        'href',
        within(row)
          .getByRole('link', { name: titleOf(entry) })
          .getAttribute('href'),
      )
    })
    expect(Object.fromEntries(traffic.last('/sync/playback')!.url.searchParams)).toEqual({
      extended: 'full,images',
    })
  })

  it('removes one with DELETE /sync/playback/{id}, at once', async () => {
    const received = recordWrites()
    const gate = holdWrite('delete', '/sync/playback/:id')
    const { list, user } = await openPlayback()
    const first = expected()[0]!
    await user.click(within(list).getAllByRole('button', { name: /^Remove / })[0]!)

    // Gone while Trakt has not answered yet.
    await waitFor(() =>
      expect(within(list).queryByRole('link', { name: titleOf(first) })).not.toBeInTheDocument(),
    )
    expect(demoPlayback().some((p) => p.id === first.id)).toBe(true)
    expect(received).toEqual([{ method: 'DELETE', path: `/sync/playback/${first.id}`, body: null }])
    gate.release()
    await waitFor(() => expect(demoPlayback().some((p) => p.id === first.id)).toBe(false))
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected().length)
  })

  it('puts it back and says why when Trakt refuses the removal', async () => {
    sandboxServer.server.use(
      http.delete(`${TEST_URLS.apiUrl}/sync/playback/:id`, () =>
        HttpResponse.json({ error: 'nope' }, { status: 500 }),
      ),
    )
    const { list, user } = await openPlayback()
    const first = expected()[0]!
    await user.click(within(list).getAllByRole('button', { name: /^Remove / })[0]!)

    expect(
      await within(screen.getByRole('main')).findByText(/^Could not remove it from Continue watching\./),
    ).toHaveTextContent(
      'Could not remove it from Continue watching. Trakt had a server error. Try again later.',
    )
    expect(await within(list).findByRole('link', { name: titleOf(first) })).toBeInTheDocument()
    expect(demoPlayback().some((p) => p.id === first.id)).toBe(true)
  })

  it('says when nothing is paused, and explains a failed load with Retry', async () => {
    let fail = true
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/sync/playback`, () =>
        fail ? HttpResponse.json({ error: 'x' }, { status: 500 }) : undefined,
      ),
    )
    renderApp('/playback', {
      user: DEMO_USER,
      state: (d) => {
        d.userState[DEMO_USER]!.playback = []
      },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load Continue watching')
    fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'Nothing paused' })).toBeInTheDocument()
  })

  it('asks a visitor to sign in, and asks Trakt nothing', async () => {
    renderApp('/playback')
    expect(await screen.findByRole('heading', { name: 'Sign in to see what you paused' })).toBeInTheDocument()
    expect(traffic.to('/sync/playback')).toEqual([])
  })

  it('is in the signed-in menu', async () => {
    const { router } = renderApp('/discover', { user: DEMO_USER })
    await userEvent.click(await screen.findByRole('button', { name: 'Account: Demo Viewer' }))
    await userEvent.click(screen.getByRole('link', { name: 'Continue watching' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/playback'))
    expect(await screen.findByRole('list', { name: 'Continue watching' })).toBeInTheDocument()
  })
})

describe('<ContinueWatching limit>', () => {
  it('asks Trakt for only that many, for a row on another page', async () => {
    resetTrakt({ writeIntervalMs: 0 })
    const token = sandboxServer.signIn(DEMO_USER)
    localStorage.setItem(
      SESSION_KEY,
      JSON.stringify({
        tokens: {
          access_token: token,
          refresh_token: 'r',
          expires_at: Date.now() + 86_400_000,
          scope: 'public',
          user: null,
        },
      }),
    )
    const queryClient = createQueryClient({ retry: false })
    installSession({ queryClient })
    const router = createMemoryRouter([{ path: '/', element: <ContinueWatching limit={1} /> }])
    render(
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    )
    const list = await screen.findByRole('list', { name: 'Continue watching' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(within(list).getByRole('link', { name: titleOf(expected()[0]!) })).toBeInTheDocument()
    expect(Object.fromEntries(traffic.last('/sync/playback')!.url.searchParams)).toEqual({
      extended: 'full,images',
      limit: '1',
    })
  })
})
