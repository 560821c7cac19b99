import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { SandboxDb, UserList } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../support/render-app'
import { TEST_URLS } from '../../support/sandbox-server'

/** A public list of the seeded community with at least `min` movies and shows. */
function publicList(db: SandboxDb, min = 4): UserList {
  const list = Object.values(db.lists).find(
    (l) => l.privacy === 'public' && l.type === 'personal' && l.items.length >= min,
  )
  if (!list) throw new Error('the sandbox seeds no public list')
  return list
}

// Whole pages on a shared, busy machine: give them time to arrive.
configure({ asyncUtilTimeout: 10_000 })

describe('the list page (/lists/:id)', { timeout: 30_000 }, () => {
  it('shows the list’s name, description, counts and its items as links to their pages', async () => {
    const db = sandboxServer.sandbox.store.db
    const list = publicList(db)
    list.description = 'The best of the year, ranked.'
    renderApp(`/lists/${list.ids.trakt}`)

    expect(await screen.findByRole('heading', { level: 1, name: list.name })).toBeInTheDocument()
    expect(screen.getByText(list.description)).toBeInTheDocument()
    const n = list.items.length
    expect(screen.getByText(`${n} ${n === 1 ? 'item' : 'items'}`)).toBeInTheDocument()
    const likes = list.likedBy.length
    expect(screen.getByText(`${likes} ${likes === 1 ? 'like' : 'likes'}`)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: list.ownerSlug })).toHaveAttribute(
      'href',
      `/users/${list.ownerSlug}`,
    )

    const items = await screen.findByRole('list', { name: `Items in ${list.name}` })
    const links = within(items).getAllByRole('link')
    expect(links).toHaveLength(n)
    // In the list's rank order, each to its title page.
    const first = [...list.items].sort((a, b) => a.rank - b.rank)[0]!.item
    const expectedHref =
      first.type === 'movie'
        ? `/movies/${db.movies[first.id]!.ids.slug}`
        : first.type === 'show'
          ? `/shows/${db.shows[first.id]!.ids.slug}`
          : null
    if (expectedHref) expect(links[0]).toHaveAttribute('href', expectedHref)
  })

  it('pages through a long list with X-Pagination', async () => {
    const user = userEvent.setup()
    const db = sandboxServer.sandbox.store.db
    const list = publicList(db)
    const movieIds = Object.keys(db.movies).map(Number).slice(0, 45)
    list.items = movieIds.map((id, i) => ({
      id: 900_000 + i,
      rank: i + 1,
      listed_at: '2026-01-01T00:00:00.000Z',
      notes: null,
      item: { type: 'movie', id },
    }))
    renderApp(`/lists/${list.ids.trakt}`)
    const items = await screen.findByRole('list', { name: `Items in ${list.name}` })
    expect(within(items).getAllByRole('listitem')).toHaveLength(40)
    await user.click(screen.getByRole('button', { name: 'Load more items' }))
    expect(await within(items).findAllByRole('listitem')).toHaveLength(45)
    expect(screen.queryByRole('button', { name: 'Load more items' })).not.toBeInTheDocument()
  })

  it('says so when the list is empty', async () => {
    const list = publicList(sandboxServer.sandbox.store.db)
    list.items = []
    renderApp(`/lists/${list.ids.trakt}`)
    expect(await screen.findByRole('heading', { name: 'This list is empty' })).toBeInTheDocument()
    expect(screen.getByText('0 items')).toBeInTheDocument()
  })

  it('shows Trakt’s 404 as the page’s “not found”', async () => {
    renderApp('/lists/999999999')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this list" }),
    ).toBeInTheDocument()
  })

  it('keeps the list’s header when its items fail, with a Retry that loads them', async () => {
    const user = userEvent.setup()
    const list = publicList(sandboxServer.sandbox.store.db)
    let failures = 1
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/lists/:id/items`, () => {
        if (failures-- > 0) return HttpResponse.json({ error: 'bad request' }, { status: 400 })
        return undefined
      }),
    )
    renderApp(`/lists/${list.ids.trakt}`)
    expect(await screen.findByRole('heading', { level: 1, name: list.name })).toBeInTheDocument()
    expect(await screen.findByText('Could not load the items of this list')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Retry|Try again/ }))
    expect(await screen.findByRole('list', { name: `Items in ${list.name}` })).toBeInTheDocument()
  })
})
