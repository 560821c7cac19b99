import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer as sandbox } from '../../support/render-app'

// The whole app on the same sandbox that serves the demo, signed in as its seeded demo user.

/** A catalog movie the demo user has not watched, rated or watchlisted. */
function untouchedMovie(): TitleItem {
  const db = sandbox.sandbox.store.db
  const state = db.userState[DEMO_USER]!
  const used = new Set(
    [...state.history, ...state.watchlist, ...state.ratings, ...state.collection].map(
      (e) => `${e.item.type}:${e.item.id}`,
    ),
  )
  const movie = Object.values(db.movies).find((m) => !used.has(`movie:${m.ids.trakt}`))!
  return {
    type: 'movie',
    ids: { trakt: movie.ids.trakt, slug: movie.ids.slug },
    title: movie.title,
    year: movie.year,
  }
}

describe('title actions on a movie page, on the sandbox', () => {
  it('watchlists, rates and marks a movie watched, and the sandbox agrees after every refetch', async () => {
    const movie = untouchedMovie()
    const user = userEvent.setup()
    renderApp(`/movies/${movie.ids.slug}`, { user: DEMO_USER })

    const add = await screen.findByRole('button', { name: 'Add to watchlist' })
    await waitFor(() => expect(add).toBeEnabled())
    await user.click(add)
    expect(await screen.findByText('In your watchlist')).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: '8 — Great' }))
    expect(await screen.findByText('Your rating: 8')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Mark as watched…' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Mark as watched' }),
    )
    expect(await screen.findByText(/^Watched once/)).toBeInTheDocument()

    const state = sandbox.sandbox.store.db.userState[DEMO_USER]!
    await waitFor(() =>
      expect(
        state.history.filter((h) => h.item.type === 'movie' && h.item.id === movie.ids.trakt),
      ).toHaveLength(1),
    )
    expect(state.ratings.find((r) => r.item.type === 'movie' && r.item.id === movie.ids.trakt)?.rating).toBe(
      8,
    )
    // Trakt removes a watched movie from the watchlist; the refetch after marking it watched shows that.
    await waitFor(() => expect(screen.queryByText('In your watchlist')).not.toBeInTheDocument())
    expect(screen.getByText('Your rating: 8')).toBeInTheDocument()
  })
})
