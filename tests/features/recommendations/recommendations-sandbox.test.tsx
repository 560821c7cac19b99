import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../support/render-app'

// The whole app on the same sandbox that serves the demo, signed in as its seeded demo user.
describe('RecommendationsPage on the sandbox', () => {
  it('lists the demo user’s recommendations and hides one for good', async () => {
    const user = userEvent.setup()
    renderApp('/recommendations?limit=10', { user: 'demo' })

    const list = await screen.findByRole('list', { name: 'Recommended movies' }, { timeout: 10_000 })
    const cards = within(list).getAllByRole('listitem')
    expect(cards).toHaveLength(10)
    const first = within(cards[0]!).getAllByRole('link')[0]!
    const title = first.textContent!
    expect(first.getAttribute('href')).toMatch(/^\/movies\/[\w-]+$/)

    await user.click(within(cards[0]!).getByRole('button', { name: `Hide ${title}` }))

    expect(within(list).queryByRole('link', { name: title })).not.toBeInTheDocument()
    // After the refetch the sandbox fills the gap with the next recommendation and never brings the hidden one back.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(10))
    expect(within(list).queryByRole('link', { name: title })).not.toBeInTheDocument()
  })

  it('links a show recommendation to its show page, and hides it with the shows endpoint', async () => {
    const user = userEvent.setup()
    renderApp('/recommendations?type=shows&limit=10', { user: DEMO_USER })

    const list = await screen.findByRole('list', { name: 'Recommended shows' }, { timeout: 10_000 })
    const cards = within(list).getAllByRole('listitem')
    expect(cards).toHaveLength(10)
    const link = within(cards[0]!).getAllByRole('link')[0]!
    // Expected from the sandbox's catalog: the show with this title, by its own slug.
    const show = Object.values(sandboxServer.sandbox.store.db.shows).find((s) => s.title === link.textContent)
    expect(show).toBeDefined()
    expect(link).toHaveAttribute('href', `/shows/${show!.ids.slug}`)

    await user.click(within(cards[0]!).getByRole('button', { name: `Hide ${show!.title}` }))
    await waitFor(() =>
      expect(sandboxServer.sandbox.store.db.userState[DEMO_USER]!.hidden).toContainEqual(
        expect.objectContaining({ section: 'recommendations', item: { type: 'show', id: show!.ids.trakt } }),
      ),
    )
  })
})
