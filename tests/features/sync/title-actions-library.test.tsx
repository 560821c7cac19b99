import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { TitleActions } from '@/features/sync/components/title-actions'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { API, emptyState, failWith, fakeTrakt, fixture, type FakeState } from './fake-trakt'
import { renderWithApp, startServer } from './render'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()

const TRON: TitleItem = { type: 'movie', ids: { trakt: 12601 }, title: 'TRON: Legacy', year: 2010 }
const SHOW: TitleItem = { type: 'show', ids: { trakt: 1388 }, title: 'Breaking Bad', year: 2008 }
const EPISODE: TitleItem = {
  type: 'episode',
  ids: { trakt: 73482 },
  title: 'Pilot',
  show: { ids: { trakt: 1388 }, title: 'Breaking Bad', season: 1, episode: 1 },
}
const LIMIT_MESSAGE = 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).'
const SERVER_MESSAGE = 'Trakt had a server error. Try again later.'

function withLists(): FakeState {
  const state = emptyState()
  state.lists = [
    { name: 'Sci-fi night', ids: { trakt: 101, slug: 'sci-fi-night' }, item_count: 1 },
    { name: 'Rewatch', ids: { trakt: 102, slug: 'rewatch' }, item_count: 0 },
  ]
  state.listItems['101'] = [{ type: 'movie', movie: { ids: { trakt: 12601 } } }]
  state.listItems['102'] = []
  return state
}

function collected(): FakeState {
  const state = emptyState()
  state.collection.movies.push({ collected_at: '2026-01-01T00:00:00.000Z', movie: { ids: { trakt: 12601 } } })
  return state
}

describe('status', () => {
  it('shows everything the user has done with the title, from real response bodies', async () => {
    const state = withLists()
    state.watchlist.movies = [
      { type: 'movie', listed_at: '2026-01-01T00:00:00.000Z', movie: { ids: { trakt: 12601 } } },
    ]
    state.watched.movies = fixture('sync_watched_movies__traktpy.json')
    state.ratings.movies = [
      { rated_at: '2026-01-01T00:00:00.000Z', rating: 8, movie: { ids: { trakt: 12601 } } },
    ]
    state.collection.movies = fixture('sync_collection_movies__traktkit.json')
    // The collection fixture's TRON: Legacy has trakt id 1.
    fakeTrakt(server, state)
    renderWithApp(<TitleActions item={{ ...TRON, ids: { trakt: 12601 } }} />)

    const status = await screen.findByRole('list', { name: 'Your status' })
    await waitFor(() => expect(within(status).getByText('On lists: Sci-fi night')).toBeInTheDocument())
    expect(within(status).getByText('In your watchlist')).toBeInTheDocument()
    expect(within(status).getByText(/^Watched once, last on/)).toBeInTheDocument()
    expect(within(status).getByText('Your rating: 8')).toBeInTheDocument()
    expect(within(status).queryByText('In your collection')).not.toBeInTheDocument()
  })
})

describe('collection', () => {
  it('adds with media metadata from the form, exactly as the reference spells it', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    const open = await screen.findByRole('button', { name: 'Add to collection…' })
    await waitFor(() => expect(open).toBeEnabled())
    await user.click(open)
    const dialog = await screen.findByRole('dialog', { name: 'Add to collection' })
    await user.selectOptions(within(dialog).getByLabelText('Media type'), 'Blu-ray')
    await user.selectOptions(within(dialog).getByLabelText('Resolution'), '4K UHD')
    await user.selectOptions(within(dialog).getByLabelText('HDR'), 'Dolby Vision')
    await user.selectOptions(within(dialog).getByLabelText('Audio'), 'Dolby Atmos')
    await user.selectOptions(within(dialog).getByLabelText('Audio channels'), '7.1.4')
    await user.click(within(dialog).getByRole('checkbox', { name: '3D' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add to collection' }))

    expect(await screen.findByText('In your collection')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Remove from collection' })).toBeInTheDocument()
    await waitFor(() =>
      expect(fake.received).toEqual([
        {
          method: 'POST',
          path: '/sync/collection',
          body: {
            movies: [
              {
                ids: { trakt: 12601 },
                media_type: 'bluray',
                resolution: 'uhd_4k',
                hdr: 'dolby_vision',
                audio: 'dolby_atmos',
                audio_channels: '7.1.4',
                '3d': true,
              },
            ],
          },
        },
      ]),
    )
  })

  it('sends only the ids when no metadata is chosen, and rolls back a 420 with the reason', async () => {
    const fake = fakeTrakt(server)
    failWith(server, 'post', '/sync/collection', 420, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    const open = await screen.findByRole('button', { name: 'Add to collection…' })
    await waitFor(() => expect(open).toBeEnabled())
    await user.click(open)
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add to collection' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not add to your collection. ${LIMIT_MESSAGE}`,
    )
    expect(screen.queryByText('In your collection')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add to collection…' })).toBeInTheDocument()
    expect(notices).toHaveLength(1)
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })

  it('removes from the collection with the exact body', async () => {
    const fake = fakeTrakt(server, collected())
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove from collection' }))

    expect(await screen.findByRole('button', { name: 'Add to collection…' })).toBeInTheDocument()
    await waitFor(() =>
      expect(fake.received).toEqual([
        { method: 'POST', path: '/sync/collection/remove', body: { movies: [{ ids: { trakt: 12601 } }] } },
      ]),
    )
  })

  it('keeps it in the collection when removal fails (500)', async () => {
    const fake = fakeTrakt(server, collected())
    failWith(server, 'post', '/sync/collection/remove', 500, fake.received)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove from collection' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not remove from your collection. ${SERVER_MESSAGE}`,
    )
    expect(screen.getByText('In your collection')).toBeInTheDocument()
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })
})

describe('lists', () => {
  it('shows which lists contain the title and adds it to another', async () => {
    const fake = fakeTrakt(server, withLists())
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Lists…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Your lists' })
    await waitFor(() => expect(within(dialog).getByRole('checkbox', { name: 'Sci-fi night' })).toBeChecked())
    const rewatch = within(dialog).getByRole('checkbox', { name: 'Rewatch' })
    await waitFor(() => expect(rewatch).toBeEnabled())
    expect(rewatch).not.toBeChecked()

    await user.click(rewatch)

    expect(rewatch).toBeChecked()
    await waitFor(() => expect(screen.getByText('On lists: Sci-fi night, Rewatch')).toBeInTheDocument())
    await waitFor(() =>
      expect(fake.received).toEqual([
        { method: 'POST', path: '/users/me/lists/102/items', body: { movies: [{ ids: { trakt: 12601 } }] } },
      ]),
    )
  })

  it('unticks the list again when adding fails (420) and shows why', async () => {
    const fake = fakeTrakt(server, withLists())
    failWith(server, 'post', '/users/me/lists/102/items', 420, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Lists…' }))
    const rewatch = within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'Rewatch' })
    await waitFor(() => expect(rewatch).toBeEnabled())
    await user.click(rewatch)

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not add to the list. ${LIMIT_MESSAGE}`)
    expect(rewatch).not.toBeChecked()
    expect(notices).toEqual([`Could not add to the list. ${LIMIT_MESSAGE}`])
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })

  it('removes it from a list with the exact body', async () => {
    const fake = fakeTrakt(server, withLists())
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Lists…' }))
    const scifi = within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'Sci-fi night' })
    await waitFor(() => expect(scifi).toBeChecked())
    await user.click(scifi)

    expect(scifi).not.toBeChecked()
    await waitFor(() =>
      expect(fake.received).toEqual([
        {
          method: 'POST',
          path: '/users/me/lists/101/items/remove',
          body: { movies: [{ ids: { trakt: 12601 } }] },
        },
      ]),
    )
  })

  it('ticks the list again when removing fails (500)', async () => {
    const fake = fakeTrakt(server, withLists())
    failWith(server, 'post', '/users/me/lists/101/items/remove', 500, fake.received)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Lists…' }))
    const scifi = within(screen.getByRole('dialog')).getByRole('checkbox', { name: 'Sci-fi night' })
    await waitFor(() => expect(scifi).toBeChecked())
    await user.click(scifi)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not remove from the list. ${SERVER_MESSAGE}`,
    )
    expect(scifi).toBeChecked()
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })
})

describe('check-in', () => {
  it('checks in to a movie with { movie: { ids } }', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Check in' }))

    expect(await screen.findByRole('status')).toHaveTextContent('Checked in: you are watching TRON: Legacy.')
    expect(fake.received).toEqual([
      { method: 'POST', path: '/checkin', body: { movie: { ids: { trakt: 12601 } } } },
    ])
  })

  it('checks in to an episode with { episode: { ids } }', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={EPISODE} />)

    await user.click(await screen.findByRole('button', { name: 'Check in' }))

    await screen.findByRole('status')
    expect(fake.received).toEqual([
      { method: 'POST', path: '/checkin', body: { episode: { ids: { trakt: 73482 } } } },
    ])
  })

  it('explains a 409 with its expiry and can cancel the active check-in', async () => {
    const fake = fakeTrakt(server)
    const conflict = fixture<{ expires_at: string }>('checkin_409_conflict__traktkit.json')
    server.use(
      http.post(`${API}/checkin`, async ({ request }) => {
        fake.received.push({ method: 'POST', path: '/checkin', body: await request.json() })
        return HttpResponse.json(conflict, { status: 409 })
      }),
    )
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Check in' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/^You’re already checked in until /)
    expect(alert).toHaveTextContent(new Date(conflict.expires_at).getFullYear().toString())
    expect(notices).toHaveLength(1)
    await user.click(within(alert).getByRole('button', { name: 'Cancel that check-in' }))

    expect(
      await within(alert).findByText('That check-in was cancelled. You can check in now.'),
    ).toBeInTheDocument()
    expect(fake.received).toEqual([
      { method: 'POST', path: '/checkin', body: { movie: { ids: { trakt: 12601 } } } },
      { method: 'DELETE', path: '/checkin', body: null },
    ])
  })

  it('shows other failures (500) inline', async () => {
    const fake = fakeTrakt(server)
    failWith(server, 'post', '/checkin', 500, fake.received)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Check in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not check in. ${SERVER_MESSAGE}`)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(fake.received[0]!.body).toEqual({ movie: { ids: { trakt: 12601 } } })
  })

  it('is not offered for shows', async () => {
    fakeTrakt(server)
    renderWithApp(<TitleActions item={SHOW} />)
    await screen.findByRole('button', { name: 'Lists…' })
    expect(screen.queryByRole('button', { name: 'Check in' })).not.toBeInTheDocument()
  })
})

describe('hide', () => {
  it('hides a movie from recommendations with DELETE /recommendations/movies/{id}', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Hide from recommendations' }))

    expect(await screen.findByText('Hidden from your recommendations.')).toBeInTheDocument()
    expect(fake.received).toEqual([{ method: 'DELETE', path: '/recommendations/movies/12601', body: null }])
    expect(screen.queryByRole('button', { name: 'Hide from calendar' })).not.toBeInTheDocument()
  })

  it('hides a show from recommendations, calendar and progress', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={SHOW} />)

    await user.click(await screen.findByRole('button', { name: 'Hide from recommendations' }))
    await user.click(screen.getByRole('button', { name: 'Hide from calendar' }))
    await user.click(screen.getByRole('button', { name: 'Hide from progress' }))

    expect(await screen.findByText('Hidden from your progress.')).toBeInTheDocument()
    expect(screen.getByText('Hidden from your calendar.')).toBeInTheDocument()
    expect(fake.received).toEqual([
      { method: 'DELETE', path: '/recommendations/shows/1388', body: null },
      { method: 'POST', path: '/users/hidden/calendar', body: { shows: [{ ids: { trakt: 1388 } }] } },
      { method: 'POST', path: '/users/hidden/progress_watched', body: { shows: [{ ids: { trakt: 1388 } }] } },
    ])
  })

  it('keeps the button and explains a failure (420 / 500)', async () => {
    const fake = fakeTrakt(server)
    failWith(server, 'post', '/users/hidden/calendar', 420, fake.received)
    failWith(server, 'delete', '/recommendations/shows/1388', 500, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={SHOW} />)

    await user.click(await screen.findByRole('button', { name: 'Hide from calendar' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not hide it from your calendar. ${LIMIT_MESSAGE}`,
    )
    expect(screen.getByRole('button', { name: 'Hide from calendar' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Hide from recommendations' }))
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2))
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      `Could not hide it from recommendations. ${SERVER_MESSAGE}`,
    )
    expect(notices).toEqual([
      `Could not hide it from your calendar. ${LIMIT_MESSAGE}`,
      `Could not hide it from recommendations. ${SERVER_MESSAGE}`,
    ])
    expect(fake.received.map((r) => r.body)).toEqual([{ shows: [{ ids: { trakt: 1388 } }] }, null])
  })
})
