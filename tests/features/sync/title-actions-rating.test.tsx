import { act, screen, waitFor } from '@testing-library/react'
import { TitleActions } from '@/features/sync/components/title-actions'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { emptyState, failWith, fakeTrakt } from './fake-trakt'
import { renderWithApp, startServer } from './render'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()

const TRON: TitleItem = { type: 'movie', ids: { trakt: 12601 }, title: 'TRON: Legacy', year: 2010 }
const LIMIT_MESSAGE = 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).'

const rated = (rating: number) => {
  const state = emptyState()
  state.ratings.movies.push({
    rated_at: '2026-01-01T00:00:00.000Z',
    rating,
    type: 'movie',
    movie: { ids: { trakt: 12601 } },
  })
  return state
}

describe('rating', () => {
  it('is a radio group of ten hearts labelled with Trakt’s words', async () => {
    fakeTrakt(server, rated(8))
    renderWithApp(<TitleActions item={TRON} />)

    const group = await screen.findByRole('radiogroup', { name: 'Your rating' })
    await waitFor(() => expect(screen.getByRole('radio', { name: '8 — Great' })).toBeChecked())
    expect(screen.getAllByRole('radio')).toHaveLength(10)
    expect(screen.getByRole('radio', { name: '10 — Totally Ninja!' })).not.toBeChecked()
    expect(group).toBeInTheDocument()
    expect(screen.getByText('Your rating: 8')).toBeInTheDocument()
  })

  it('rates with a click, sending the exact body', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    const heart = await screen.findByRole('radio', { name: '7 — Good' })
    await waitFor(() => expect(heart).toBeEnabled())
    await user.click(heart)

    expect(await screen.findByText('Your rating: 7')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '7 — Good' })).toBeChecked()
    await waitFor(() =>
      expect(fake.received).toEqual([
        { method: 'POST', path: '/sync/ratings', body: { movies: [{ ids: { trakt: 12601 }, rating: 7 }] } },
      ]),
    )
  })

  it('is operable with the keyboard: one tab stop, arrows move, Enter or Space rates', async () => {
    const fake = fakeTrakt(server, rated(5))
    const { user } = renderWithApp(<TitleActions item={TRON} />)
    await waitFor(() => expect(screen.getByRole('radio', { name: '5 — Meh' })).toBeChecked())

    // The checked heart is the group's single tab stop.
    const radios = screen.getAllByRole('radio')
    expect(radios.filter((radio) => radio.tabIndex === 0)).toEqual([
      screen.getByRole('radio', { name: '5 — Meh' }),
    ])

    act(() => screen.getByRole('radio', { name: '5 — Meh' }).focus())
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(screen.getByRole('radio', { name: '8 — Great' })).toHaveFocus()
    // Moving focus alone sends nothing.
    expect(fake.received).toEqual([])

    await user.keyboard('{Enter}')
    await waitFor(() => expect(screen.getByRole('radio', { name: '8 — Great' })).toBeChecked())
    await waitFor(() => expect(fake.received).toHaveLength(1))
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 }, rating: 8 }] })

    await user.keyboard('{End}')
    expect(screen.getByRole('radio', { name: '10 — Totally Ninja!' })).toHaveFocus()
    await user.keyboard('{Home}{ArrowLeft}')
    expect(screen.getByRole('radio', { name: '1 — Weak Sauce :(' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp} ')
    await waitFor(() => expect(fake.received).toHaveLength(2))
    expect(fake.received[1]!.body).toEqual({ movies: [{ ids: { trakt: 12601 }, rating: 3 }] })
    expect(await screen.findByText('Your rating: 3')).toBeInTheDocument()
  })

  it('rolls back a rating Trakt refuses (420) and shows why', async () => {
    const fake = fakeTrakt(server, rated(5))
    failWith(server, 'post', '/sync/ratings', 420, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)
    await waitFor(() => expect(screen.getByRole('radio', { name: '5 — Meh' })).toBeChecked())

    await user.click(screen.getByRole('radio', { name: '9 — Superb' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(`Could not save your rating. ${LIMIT_MESSAGE}`)
    expect(screen.getByRole('radio', { name: '5 — Meh' })).toBeChecked()
    expect(screen.getByRole('radio', { name: '9 — Superb' })).not.toBeChecked()
    expect(screen.getByText('Your rating: 5')).toBeInTheDocument()
    expect(notices).toEqual([`Could not save your rating. ${LIMIT_MESSAGE}`])
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 }, rating: 9 }] })
  })

  it('removes the rating with the exact body', async () => {
    const fake = fakeTrakt(server, rated(6))
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove rating' }))

    await waitFor(() => expect(screen.queryByText('Your rating: 6')).not.toBeInTheDocument())
    expect(
      screen.getAllByRole('radio').every((radio) => radio.getAttribute('aria-checked') === 'false'),
    ).toBe(true)
    await waitFor(() =>
      expect(fake.received).toEqual([
        { method: 'POST', path: '/sync/ratings/remove', body: { movies: [{ ids: { trakt: 12601 } }] } },
      ]),
    )
  })

  it('puts the rating back when removing it fails (500)', async () => {
    const fake = fakeTrakt(server, rated(6))
    failWith(server, 'post', '/sync/ratings/remove', 500, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove rating' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not remove your rating. Trakt had a server error. Try again later.',
    )
    expect(screen.getByText('Your rating: 6')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '6 — Fair' })).toBeChecked()
    expect(notices).toHaveLength(1)
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })
})
