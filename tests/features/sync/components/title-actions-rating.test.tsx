import { act, screen, waitFor, within } from '@testing-library/react'
import type { SandboxDb } from '@/sandbox/db/types'
import {
  TRON,
  LIMIT_MESSAGE,
  SERVER_MESSAGE,
  countReadsMatching,
  demoState,
  failWrite,
  forget,
  holdWrite,
  openTitle,
  recordWrites,
} from './title-page'

const ratingOf = () =>
  demoState().ratings.find((r) => r.item.type === 'movie' && r.item.id === TRON.id)?.rating

const rated = (rating: number) => (db: SandboxDb) => {
  forget(db, 'movie', TRON.id)
  db.userState.demo!.ratings.push({
    rated_at: '2026-01-01T00:00:00.000Z',
    rating,
    item: { type: 'movie', id: TRON.id },
  })
}

describe('rating', () => {
  it('is a radio group of ten hearts labelled with Trakt’s words, showing the rating Trakt has', async () => {
    const { actions } = await openTitle(TRON.path, rated(8))

    expect(within(actions).getByRole('radiogroup', { name: 'Your rating' })).toBeInTheDocument()
    await waitFor(() => expect(within(actions).getByRole('radio', { name: '8 — Great' })).toBeChecked())
    expect(within(actions).getAllByRole('radio')).toHaveLength(10)
    expect(within(actions).getByRole('radio', { name: '10 — Totally Ninja!' })).not.toBeChecked()
    expect(within(actions).getByText('Your rating: 8')).toBeInTheDocument()
  })

  it('rates with a click, sending the exact body, then reads the ratings again', async () => {
    const received = recordWrites()
    const { user, actions } = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))
    const ratingsReads = countReadsMatching(/^\/sync\/ratings\/movies/)

    await user.click(within(actions).getByRole('radio', { name: '7 — Good' }))

    expect(await within(actions).findByText('Your rating: 7')).toBeInTheDocument()
    expect(within(actions).getByRole('radio', { name: '7 — Good' })).toBeChecked()
    await waitFor(() => expect(ratingOf()).toBe(7))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/ratings', body: { movies: [{ ids: { trakt: TRON.id }, rating: 7 }] } },
    ])
    // Once saved, the ratings are read again from Trakt.
    await waitFor(() => expect(ratingsReads()).toBe(1))
  })

  it('shows the new rating at once, before Trakt answers', async () => {
    const gate = holdWrite('post', '/sync/ratings')
    const { user, actions } = await openTitle(TRON.path, rated(5))
    await waitFor(() => expect(within(actions).getByRole('radio', { name: '5 — Meh' })).toBeChecked())

    await user.click(within(actions).getByRole('radio', { name: '9 — Superb' }))

    expect(await within(actions).findByText('Your rating: 9')).toBeInTheDocument()
    expect(within(actions).getByRole('radio', { name: '9 — Superb' })).toBeChecked()
    expect(ratingOf()).toBe(5)
    gate.release()
    await waitFor(() => expect(ratingOf()).toBe(9))
    expect(within(actions).getByText('Your rating: 9')).toBeInTheDocument()
  })

  it('is operable with the keyboard: one tab stop, arrows move, Enter or Space rates', async () => {
    const received = recordWrites()
    const { user, actions } = await openTitle(TRON.path, rated(5))
    await waitFor(() => expect(within(actions).getByRole('radio', { name: '5 — Meh' })).toBeChecked())

    const radios = within(actions).getAllByRole('radio')
    expect(radios.filter((radio) => radio.tabIndex === 0)).toEqual([
      within(actions).getByRole('radio', { name: '5 — Meh' }),
    ])

    act(() => within(actions).getByRole('radio', { name: '5 — Meh' }).focus())
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(within(actions).getByRole('radio', { name: '8 — Great' })).toHaveFocus()
    expect(received).toEqual([])

    await user.keyboard('{Enter}')
    await waitFor(() => expect(ratingOf()).toBe(8))
    await user.keyboard('{Home}{ArrowLeft}')
    expect(within(actions).getByRole('radio', { name: '1 — Weak Sauce :(' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp} ')
    await waitFor(() => expect(ratingOf()).toBe(3))
    expect(received.map((r) => r.body)).toEqual([
      { movies: [{ ids: { trakt: TRON.id }, rating: 8 }] },
      { movies: [{ ids: { trakt: TRON.id }, rating: 3 }] },
    ])
    expect(await within(actions).findByText('Your rating: 3')).toBeInTheDocument()
  })

  it('rolls back a rating Trakt refuses (420) and shows why', async () => {
    failWrite('post', '/sync/ratings', 420)
    const { user, actions } = await openTitle(TRON.path, rated(5))
    await waitFor(() => expect(within(actions).getByRole('radio', { name: '5 — Meh' })).toBeChecked())

    await user.click(within(actions).getByRole('radio', { name: '9 — Superb' }))

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not save your rating. ${LIMIT_MESSAGE}`,
    )
    expect(within(actions).getByRole('radio', { name: '5 — Meh' })).toBeChecked()
    expect(within(actions).getByRole('radio', { name: '9 — Superb' })).not.toBeChecked()
    expect(within(actions).getByText('Your rating: 5')).toBeInTheDocument()
    expect(ratingOf()).toBe(5)
  })

  it('removes the rating at once, before Trakt answers, with the exact body, then reads the ratings again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/ratings/remove')
    const { user, actions } = await openTitle(TRON.path, rated(6))
    const ratingsReads = countReadsMatching(/^\/sync\/ratings\/movies/)

    await user.click(await within(actions).findByRole('button', { name: 'Remove rating' }))

    await waitFor(() => expect(within(actions).queryByText('Your rating: 6')).not.toBeInTheDocument())
    expect(
      within(actions)
        .getAllByRole('radio')
        .every((r) => r.getAttribute('aria-checked') === 'false'),
    ).toBe(true)
    expect(ratingOf()).toBe(6)
    gate.release()
    await waitFor(() => expect(ratingOf()).toBeUndefined())
    expect(received).toEqual([
      { method: 'POST', path: '/sync/ratings/remove', body: { movies: [{ ids: { trakt: TRON.id } }] } },
    ])
    await waitFor(() => expect(ratingsReads()).toBe(1))
  })

  it('puts the rating back when removing it fails (500)', async () => {
    failWrite('post', '/sync/ratings/remove', 500)
    const { user, actions } = await openTitle(TRON.path, rated(6))

    await user.click(await within(actions).findByRole('button', { name: 'Remove rating' }))

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not remove your rating. ${SERVER_MESSAGE}`,
    )
    expect(within(actions).getByText('Your rating: 6')).toBeInTheDocument()
    expect(within(actions).getByRole('radio', { name: '6 — Fair' })).toBeChecked()
    expect(
      screen.getByText(`Could not remove your rating. ${SERVER_MESSAGE}`, { selector: 'ol *' }),
    ).toBeInTheDocument()
  })
})
