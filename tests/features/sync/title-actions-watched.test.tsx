import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { TitleActions } from '@/features/sync/components/title-actions'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { emptyState, failWith, fakeTrakt, type FakeState } from './fake-trakt'
import { renderWithApp, startServer } from './render'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()

const TRON: TitleItem = {
  type: 'movie',
  ids: { trakt: 12601 },
  title: 'TRON: Legacy',
  year: 2010,
  released: '2010-12-17',
}
const SHOW: TitleItem = {
  type: 'show',
  ids: { trakt: 1388, slug: 'breaking-bad' },
  title: 'Breaking Bad',
  year: 2008,
}
const SEASON: TitleItem = {
  type: 'season',
  ids: { trakt: 3950 },
  title: 'Season 1',
  show: { ids: { trakt: 1388 }, title: 'Breaking Bad', season: 1 },
}
const LIMIT_MESSAGE = 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).'

const pad = (n: number) => String(n).padStart(2, '0')
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`

const episode = (season: number, number: number, firstAired: string | null) => ({
  season,
  number,
  title: `Episode ${season}.${number}`,
  ids: { trakt: season * 100 + number },
  first_aired: firstAired,
})

function showState(): FakeState {
  const state = emptyState()
  state.seasons['1388'] = [
    { number: 0, ids: { trakt: 1 }, episodes: [episode(0, 1, '2009-01-01T00:00:00.000Z')] },
    {
      number: 1,
      ids: { trakt: 3950 },
      episodes: [
        episode(1, 1, '2008-01-20T00:00:00.000Z'),
        episode(1, 2, '2008-01-27T00:00:00.000Z'),
        episode(1, 3, '2008-02-10T00:00:00.000Z'),
      ],
    },
    {
      number: 2,
      ids: { trakt: 3951 },
      episodes: [
        episode(2, 1, '2009-03-08T00:00:00.000Z'),
        episode(2, 2, '2009-03-15T00:00:00.000Z'),
        episode(2, 3, '2099-01-01T00:00:00.000Z'),
      ],
    },
  ]
  return state
}

function watchedTwice(): FakeState {
  const state = emptyState()
  state.watched.movies.push({
    plays: 2,
    last_watched_at: '2026-03-12T20:00:00.000Z',
    movie: { ids: { trakt: 12601 } },
  })
  state.history['movies/12601'] = [
    {
      id: 111,
      watched_at: '2026-03-12T20:00:00.000Z',
      action: 'watch',
      type: 'movie',
      movie: { ids: { trakt: 12601 } },
    },
    {
      id: 222,
      watched_at: '2025-01-02T20:00:00.000Z',
      action: 'checkin',
      type: 'movie',
      movie: { ids: { trakt: 12601 } },
    },
  ]
  return state
}

async function openMarkWatched(user: ReturnType<typeof renderWithApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Mark as watched…' }))
  return screen.findByRole('dialog', { name: 'Mark as watched' })
}

describe('mark as watched', () => {
  it('marks a movie watched now: exact body, and the play shows at once', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)
    const before = Date.now()

    const dialog = await openMarkWatched(user)
    expect(within(dialog).getByRole('radio', { name: 'Just now' })).toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(await screen.findByText(/^Watched once/)).toBeInTheDocument()
    await waitFor(() => expect(fake.received).toHaveLength(1))
    const { path, body } = fake.received[0]! as {
      path: string
      body: { movies: [{ ids: unknown; watched_at: string }] }
    }
    expect(path).toBe('/sync/history')
    expect(body).toEqual({ movies: [{ ids: { trakt: 12601 }, watched_at: expect.any(String) }] })
    const at = Date.parse(body.movies[0].watched_at)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now())
  })

  it('marks it watched on its release date with watched_at "released"', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    const dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('radio', { name: 'On its release date' }))
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    await waitFor(() =>
      expect(fake.received).toEqual([
        {
          method: 'POST',
          path: '/sync/history',
          body: { movies: [{ ids: { trakt: 12601 }, watched_at: 'released' }] },
        },
      ]),
    )
  })

  it('refuses another date in the future or empty, and sends a past one as UTC', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    const dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Another date' }))
    const input = within(dialog).getByLabelText('Date and time watched')

    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the date and time you watched it.')

    fireEvent.change(input, { target: { value: localInput(new Date(Date.now() + 2 * 86_400_000)) } })
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'That is in the future. Choose a date and time that has passed.',
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(
      'That is in the future. Choose a date and time that has passed.',
    )
    expect(fake.received).toEqual([])

    fireEvent.change(input, { target: { value: '2020-05-01T20:30' } })
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await waitFor(() => expect(fake.received).toHaveLength(1))
    expect(fake.received[0]!.body).toEqual({
      movies: [{ ids: { trakt: 12601 }, watched_at: new Date('2020-05-01T20:30').toISOString() }],
    })
  })

  it('rolls the play back when Trakt refuses (420) and shows why', async () => {
    const fake = fakeTrakt(server)
    failWith(server, 'post', '/sync/history', 420, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    const dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not mark as watched. ${LIMIT_MESSAGE}`)
    expect(screen.queryByText(/^Watched/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Remove plays…' })).not.toBeInTheDocument()
    expect(notices).toEqual([`Could not mark as watched. ${LIMIT_MESSAGE}`])
    expect(fake.received[0]!.body).toEqual({
      movies: [{ ids: { trakt: 12601 }, watched_at: expect.any(String) }],
    })
  })

  it('marks a whole show with { shows: [{ ids, watched_at }] }', async () => {
    const fake = fakeTrakt(server, showState())
    const { user } = renderWithApp(<TitleActions item={SHOW} />, { path: '/shows/breaking-bad' })

    const dialog = await openMarkWatched(user)
    expect(within(dialog).getByRole('radio', { name: 'All aired episodes' })).toBeChecked()
    await user.click(within(dialog).getByRole('radio', { name: 'When it first aired' }))
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    await waitFor(() =>
      expect(fake.received.filter((r) => r.method === 'POST')).toEqual([
        {
          method: 'POST',
          path: '/sync/history',
          body: { shows: [{ ids: { trakt: 1388 }, watched_at: 'released' }] },
        },
      ]),
    )
  })

  it('marks a show up to a chosen aired episode, sending the show with its seasons and episodes', async () => {
    const fake = fakeTrakt(server, showState())
    const { user } = renderWithApp(<TitleActions item={SHOW} />, { path: '/shows/breaking-bad' })

    const dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Up to an episode' }))
    const select = await within(dialog).findByRole('combobox', { name: 'Last episode watched' })
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the last episode you watched.')
    expect(select).toHaveAccessibleDescription('Choose the last episode you watched.')
    // Aired regular episodes only: no specials, nothing in the future.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose an episode',
      'S01E01 · Episode 1.1',
      'S01E02 · Episode 1.2',
      'S01E03 · Episode 1.3',
      'S02E01 · Episode 2.1',
      'S02E02 · Episode 2.2',
    ])
    await user.selectOptions(select, 'S02E01 · Episode 2.1')
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    // Optimistic: four episodes at once.
    expect(await screen.findByText(/^Watched 4 episodes/)).toBeInTheDocument()
    await waitFor(() => expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(1))
    expect(fake.received.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/sync/history',
      body: {
        shows: [
          {
            ids: { trakt: 1388 },
            watched_at: expect.any(String),
            seasons: [
              { number: 1, episodes: [{ number: 1 }, { number: 2 }, { number: 3 }] },
              { number: 2, episodes: [{ number: 1 }] },
            ],
          },
        ],
      },
    })
  })

  it('marks a whole season with { seasons: [{ ids, watched_at }] } and a season up to an episode via its show', async () => {
    const fake = fakeTrakt(server, showState())
    const { user } = renderWithApp(<TitleActions item={SEASON} />, { path: '/shows/breaking-bad/seasons/1' })

    let dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    await waitFor(() => expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(1))
    expect(fake.received.find((r) => r.method === 'POST')!.body).toEqual({
      seasons: [{ ids: { trakt: 3950 }, watched_at: expect.any(String) }],
    })

    dialog = await openMarkWatched(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Up to an episode' }))
    await user.selectOptions(
      await within(dialog).findByRole('combobox', { name: 'Last episode watched' }),
      'S01E02 · Episode 1.2',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    await waitFor(() => expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(2))
    expect(fake.received.filter((r) => r.method === 'POST')[1]!.body).toEqual({
      shows: [
        {
          ids: { trakt: 1388 },
          watched_at: expect.any(String),
          seasons: [{ number: 1, episodes: [{ number: 1 }, { number: 2 }] }],
        },
      ],
    })
  })
})

describe('remove plays', () => {
  it('shows the plays and removes them all with the item body', async () => {
    const fake = fakeTrakt(server, watchedTwice())
    const { user } = renderWithApp(<TitleActions item={TRON} />)
    expect(await screen.findByText(/^Watched 2 times, last on/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove plays…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove plays' })
    expect(await within(dialog).findAllByRole('listitem')).toHaveLength(2)
    await user.click(within(dialog).getByRole('button', { name: 'Remove all plays' }))

    await waitFor(() => expect(screen.queryByText(/^Watched/)).not.toBeInTheDocument())
    await waitFor(() =>
      expect(fake.received.filter((r) => r.method === 'POST')).toEqual([
        { method: 'POST', path: '/sync/history/remove', body: { movies: [{ ids: { trakt: 12601 } }] } },
      ]),
    )
  })

  it('keeps the plays when removing them all fails (420) and shows why', async () => {
    const fake = fakeTrakt(server, watchedTwice())
    failWith(server, 'post', '/sync/history/remove', 420, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)
    await screen.findByText(/^Watched 2 times/)

    await user.click(screen.getByRole('button', { name: 'Remove plays…' }))
    await user.click(screen.getByRole('button', { name: 'Remove all plays' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not remove the plays. ${LIMIT_MESSAGE}`)
    expect(screen.getByText(/^Watched 2 times/)).toBeInTheDocument()
    expect(notices).toHaveLength(1)
    expect(fake.received.find((r) => r.method === 'POST')!.body).toEqual({
      movies: [{ ids: { trakt: 12601 } }],
    })
  })

  it('removes one chosen play by its history id', async () => {
    const fake = fakeTrakt(server, watchedTwice())
    const { user } = renderWithApp(<TitleActions item={TRON} />)
    await screen.findByText(/^Watched 2 times/)

    await user.click(screen.getByRole('button', { name: 'Remove plays…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove plays' })
    const [first] = await within(dialog).findAllByRole('button', { name: /^Remove the play of/ })
    await user.click(first!)

    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1))
    await waitFor(() =>
      expect(fake.received.filter((r) => r.method === 'POST')).toEqual([
        { method: 'POST', path: '/sync/history/remove', body: { ids: [111] } },
      ]),
    )
  })

  it('puts a chosen play back when Trakt fails (500)', async () => {
    const fake = fakeTrakt(server, watchedTwice())
    failWith(server, 'post', '/sync/history/remove', 500, fake.received)
    const { user } = renderWithApp(<TitleActions item={TRON} />)
    await screen.findByText(/^Watched 2 times/)

    await user.click(screen.getByRole('button', { name: 'Remove plays…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Remove plays' })
    const buttons = await within(dialog).findAllByRole('button', { name: /^Remove the play of/ })
    await user.click(buttons[1]!)

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not remove the plays. Trakt had a server error. Try again later.',
    )
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2)
    expect(fake.received.find((r) => r.method === 'POST')!.body).toEqual({ ids: [222] })
  })
})
