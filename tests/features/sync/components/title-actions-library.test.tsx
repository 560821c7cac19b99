import { screen, waitFor, within } from '@testing-library/react'
import type { SandboxDb } from '@/sandbox/db/types'
import { sandboxServer } from '../../../support/render-app'
import {
  BREAKING_BAD,
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

const db = () => sandboxServer.sandbox.store.db
const isCollected = () => demoState().collection.some((c) => c.item.type === 'movie' && c.item.id === TRON.id)
/** The demo user's lists, as seeded. */
const demoLists = () =>
  Object.values(db().lists)
    .filter((l) => l.ownerSlug === 'demo' && l.type === 'personal')
    .sort((a, b) => a.ids.trakt - b.ids.trakt)
const onList = (listId: number) =>
  db().lists[listId]!.items.some((i) => i.item.type === 'movie' && i.item.id === TRON.id)

function collected(d: SandboxDb) {
  forget(d, 'movie', TRON.id)
  d.userState.demo!.collection.push({
    collected_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    item: { type: 'movie', id: TRON.id },
    metadata: {},
  })
}

describe('status', () => {
  it('shows what the user has done with the title, as the sandbox has it', async () => {
    const { actions } = await openTitle(TRON.path, (d) => {
      collected(d)
      const state = d.userState.demo!
      state.ratings.push({
        rated_at: '2026-01-01T00:00:00.000Z',
        rating: 8,
        item: { type: 'movie', id: TRON.id },
      })
      state.history.push({
        id: 990_001,
        watched_at: '2026-02-01T20:00:00.000Z',
        action: 'watch',
        item: { type: 'movie', id: TRON.id },
      })
    })
    const status = within(actions).getByRole('list', { name: 'Your status' })
    await waitFor(() => expect(within(status).getByText('In your collection')).toBeInTheDocument())
    expect(within(status).getByText(/^Watched once, last on/)).toBeInTheDocument()
    expect(within(status).getByText('Your rating: 8')).toBeInTheDocument()
    expect(within(status).queryByText('In your watchlist')).not.toBeInTheDocument()
  })
})

describe('collection', () => {
  it('adds with media metadata from the form, exactly as the reference spells it, at once, then reads the collection again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/collection')
    const { user, actions } = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))
    const collectionReads = countReadsMatching(/^\/sync\/collection\/movies/)

    const open = within(actions).getByRole('button', { name: 'Add to collection…' })
    await waitFor(() => expect(open).toBeEnabled())
    await user.click(open)
    const dialog = screen.getByRole('dialog', { name: 'Add to collection' })
    await user.selectOptions(within(dialog).getByLabelText('Media type'), 'Blu-ray')
    await user.selectOptions(within(dialog).getByLabelText('Resolution'), '4K UHD')
    await user.selectOptions(within(dialog).getByLabelText('HDR'), 'Dolby Vision')
    await user.selectOptions(within(dialog).getByLabelText('Audio'), 'Dolby Atmos')
    await user.selectOptions(within(dialog).getByLabelText('Audio channels'), '7.1.4')
    await user.click(within(dialog).getByRole('checkbox', { name: '3D' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add to collection' }))

    expect(await within(actions).findByText('In your collection')).toBeInTheDocument()
    expect(isCollected()).toBe(false)
    gate.release()
    const metadata = {
      media_type: 'bluray',
      resolution: 'uhd_4k',
      hdr: 'dolby_vision',
      audio: 'dolby_atmos',
      audio_channels: '7.1.4',
      '3d': true,
    }
    await waitFor(() => expect(isCollected()).toBe(true))
    expect(received).toEqual([
      {
        method: 'POST',
        path: '/sync/collection',
        body: { movies: [{ ids: { trakt: TRON.id }, ...metadata }] },
      },
    ])
    expect(demoState().collection.find((c) => c.item.id === TRON.id)?.metadata).toMatchObject(metadata)
    expect(within(actions).getByRole('button', { name: 'Remove from collection' })).toBeInTheDocument()
    // Once saved, the collection is read again from Trakt.
    await waitFor(() => expect(collectionReads()).toBe(1))
  })

  it('sends only the ids when no metadata is chosen, and rolls back a 420 with the reason', async () => {
    const received = recordWrites()
    failWrite('post', '/sync/collection', 420)
    const { user, actions } = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))

    const open = within(actions).getByRole('button', { name: 'Add to collection…' })
    await waitFor(() => expect(open).toBeEnabled())
    await user.click(open)
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Add to collection' }))

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not add to your collection. ${LIMIT_MESSAGE}`,
    )
    expect(within(actions).queryByText('In your collection')).not.toBeInTheDocument()
    expect(within(actions).getByRole('button', { name: 'Add to collection…' })).toBeInTheDocument()
    expect(received[0]!.body).toEqual({ movies: [{ ids: { trakt: TRON.id } }] })
  })

  it('removes from the collection at once, before Trakt answers, with the exact body, then reads it again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/collection/remove')
    const { user, actions } = await openTitle(TRON.path, collected)
    const collectionReads = countReadsMatching(/^\/sync\/collection\/movies/)

    await user.click(await within(actions).findByRole('button', { name: 'Remove from collection' }))

    expect(await within(actions).findByRole('button', { name: 'Add to collection…' })).toBeInTheDocument()
    expect(isCollected()).toBe(true)
    gate.release()
    await waitFor(() => expect(isCollected()).toBe(false))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/collection/remove', body: { movies: [{ ids: { trakt: TRON.id } }] } },
    ])
    await waitFor(() => expect(collectionReads()).toBe(1))
  })

  it('keeps it in the collection when removal fails (500)', async () => {
    failWrite('post', '/sync/collection/remove', 500)
    const { user, actions } = await openTitle(TRON.path, collected)

    await user.click(await within(actions).findByRole('button', { name: 'Remove from collection' }))

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not remove from your collection. ${SERVER_MESSAGE}`,
    )
    expect(within(actions).getByText('In your collection')).toBeInTheDocument()
  })
})

describe('lists', () => {
  it('asks for no list items until the dialog opens, then shows which lists hold the title and adds it', async () => {
    const received = recordWrites()
    const itemReads = countReadsMatching(/^\/users\/me\/lists\/\d+\/items/)
    const { user, actions } = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))
    const [first, second] = demoLists()
    const gate = holdWrite('post', `/users/me/lists/${first!.ids.trakt}/items`)
    expect(itemReads()).toBe(0)

    await user.click(within(actions).getByRole('button', { name: 'Lists…' }))
    const dialog = screen.getByRole('dialog', { name: 'Your lists' })
    const box = await within(dialog).findByRole('checkbox', { name: first!.name })
    await waitFor(() => expect(box).toBeEnabled())
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(demoLists().length)
    expect(itemReads()).toBe(demoLists().length)
    expect(box).not.toBeChecked()
    expect(within(dialog).getByRole('checkbox', { name: second!.name })).not.toBeChecked()

    await user.click(box)

    expect(box).toBeChecked()
    await waitFor(() => expect(within(actions).getByText(`On lists: ${first!.name}`)).toBeInTheDocument())
    expect(onList(first!.ids.trakt)).toBe(false)
    gate.release()
    await waitFor(() => expect(onList(first!.ids.trakt)).toBe(true))
    expect(received).toEqual([
      {
        method: 'POST',
        path: `/users/me/lists/${first!.ids.trakt}/items`,
        body: { movies: [{ ids: { trakt: TRON.id } }] },
      },
    ])
    // Once saved, the lists' items are read again from Trakt.
    await waitFor(() => expect(itemReads()).toBeGreaterThan(demoLists().length))
  })

  it('unticks the list again when adding fails (420) and shows why', async () => {
    const [first] = demoLists()
    failWrite('post', `/users/me/lists/${first!.ids.trakt}/items`, 420)
    const { user, actions } = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))

    await user.click(within(actions).getByRole('button', { name: 'Lists…' }))
    const box = await within(screen.getByRole('dialog')).findByRole('checkbox', { name: first!.name })
    await waitFor(() => expect(box).toBeEnabled())
    await user.click(box)

    expect(
      await screen.findByText(`Could not add to the list. ${LIMIT_MESSAGE}`, { selector: '[role=alert]' }),
    ).toBeInTheDocument()
    expect(box).not.toBeChecked()
    expect(onList(first!.ids.trakt)).toBe(false)
  })

  it('removes it from a list, and ticks it again when that fails (500)', async () => {
    const [, second] = demoLists()
    const listId = second!.ids.trakt
    const put = (d: SandboxDb) => {
      forget(d, 'movie', TRON.id)
      d.lists[listId]!.items.push({
        id: 990_001,
        rank: 99,
        listed_at: '2026-01-01T00:00:00.000Z',
        notes: null,
        item: { type: 'movie', id: TRON.id },
      })
    }
    const received = recordWrites()
    const { user, actions } = await openTitle(TRON.path, put)

    await user.click(within(actions).getByRole('button', { name: 'Lists…' }))
    const box = await within(screen.getByRole('dialog')).findByRole('checkbox', { name: second!.name })
    await waitFor(() => expect(box).toBeChecked())
    failWrite('post', `/users/me/lists/${listId}/items/remove`, 500)
    await user.click(box)

    expect(
      await screen.findByText(`Could not remove from the list. ${SERVER_MESSAGE}`, {
        selector: '[role=alert]',
      }),
    ).toBeInTheDocument()
    expect(box).toBeChecked()
    expect(onList(listId)).toBe(true)
    expect(received).toEqual([
      {
        method: 'POST',
        path: `/users/me/lists/${listId}/items/remove`,
        body: { movies: [{ ids: { trakt: TRON.id } }] },
      },
    ])
  })

  it('removes it from a list at once, before Trakt answers, then reads the lists again', async () => {
    const [, second] = demoLists()
    const listId = second!.ids.trakt
    const gate = holdWrite('post', `/users/me/lists/${listId}/items/remove`)
    const { user, actions } = await openTitle(TRON.path, (d) => {
      forget(d, 'movie', TRON.id)
      d.lists[listId]!.items.push({
        id: 990_001,
        rank: 99,
        listed_at: '2026-01-01T00:00:00.000Z',
        notes: null,
        item: { type: 'movie', id: TRON.id },
      })
    })

    await user.click(within(actions).getByRole('button', { name: 'Lists…' }))
    const box = await within(screen.getByRole('dialog')).findByRole('checkbox', { name: second!.name })
    await waitFor(() => expect(box).toBeChecked())
    const itemReads = countReadsMatching(/^\/users\/me\/lists\/\d+\/items/)
    await user.click(box)

    expect(box).not.toBeChecked()
    expect(onList(listId)).toBe(true)
    gate.release()
    await waitFor(() => expect(onList(listId)).toBe(false))
    // Once saved, the lists' items are read again from Trakt.
    await waitFor(() => expect(itemReads()).toBeGreaterThan(0))
  })
})

describe('hide', () => {
  const hidden = () => demoState().hidden.map((h) => `${h.section}:${h.item.type}:${h.item.id}`)

  it('hides a movie from recommendations with DELETE /recommendations/movies/{id}', async () => {
    const received = recordWrites()
    const { user, actions } = await openTitle(TRON.path)

    await user.click(within(actions).getByRole('button', { name: 'Hide from recommendations' }))

    expect(await within(actions).findByText('Hidden from your recommendations.')).toBeInTheDocument()
    expect(received).toEqual([{ method: 'DELETE', path: `/recommendations/movies/${TRON.id}`, body: null }])
    expect(hidden()).toContain(`recommendations:movie:${TRON.id}`)
    expect(within(actions).queryByRole('button', { name: 'Hide from calendar' })).not.toBeInTheDocument()
  })

  it('hides a show from recommendations, calendar and progress', async () => {
    const received = recordWrites()
    const { user, actions } = await openTitle(BREAKING_BAD.path)

    await user.click(within(actions).getByRole('button', { name: 'Hide from recommendations' }))
    await within(actions).findByText('Hidden from your recommendations.')
    await user.click(within(actions).getByRole('button', { name: 'Hide from calendar' }))
    await within(actions).findByText('Hidden from your calendar.')
    await user.click(within(actions).getByRole('button', { name: 'Hide from progress' }))

    expect(await within(actions).findByText('Hidden from your progress.')).toBeInTheDocument()
    const show = { shows: [{ ids: { trakt: BREAKING_BAD.id } }] }
    expect(received).toEqual([
      { method: 'DELETE', path: `/recommendations/shows/${BREAKING_BAD.id}`, body: null },
      { method: 'POST', path: '/users/hidden/calendar', body: show },
      { method: 'POST', path: '/users/hidden/progress_watched', body: show },
    ])
    expect(hidden()).toEqual(
      expect.arrayContaining([
        `recommendations:show:${BREAKING_BAD.id}`,
        `calendar:show:${BREAKING_BAD.id}`,
        `progress_watched:show:${BREAKING_BAD.id}`,
      ]),
    )
  })

  it('keeps the button and explains a failure (420 / 500)', async () => {
    failWrite('post', '/users/hidden/calendar', 420)
    failWrite('delete', `/recommendations/shows/${BREAKING_BAD.id}`, 500)
    const { user, actions } = await openTitle(BREAKING_BAD.path)

    await user.click(within(actions).getByRole('button', { name: 'Hide from calendar' }))
    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not hide it from your calendar. ${LIMIT_MESSAGE}`,
    )
    expect(within(actions).getByRole('button', { name: 'Hide from calendar' })).toBeInTheDocument()

    await user.click(within(actions).getByRole('button', { name: 'Hide from recommendations' }))
    expect(
      await within(actions).findByText(`Could not hide it from recommendations. ${SERVER_MESSAGE}`),
    ).toBeInTheDocument()
    expect(within(actions).getByRole('button', { name: 'Hide from recommendations' })).toBeInTheDocument()
    expect(hidden()).not.toContain(`calendar:show:${BREAKING_BAD.id}`)
  })
})
