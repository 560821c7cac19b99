import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { RecommendationsPage } from '@/features/recommendations/components/recommendations-page'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt, setTokenSource } from '@/lib/trakt/trakt'
import { setupSandboxServer } from '../../support/sandbox-server'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

// The same sandbox that serves the demo: a journey against its seeded demo user, not hand-written answers.
const sandbox = setupSandboxServer()
beforeAll(() => sandbox.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  sandbox.reset()
  resetTrakt({ writeIntervalMs: 0 })
  const token = sandbox.signIn()
  setTokenSource({ getAccessToken: () => token, refreshAfterUnauthorized: async () => null })
})
afterEach(() => setTokenSource(null))
afterAll(() => sandbox.server.close())

describe('RecommendationsPage on the sandbox', () => {
  it('lists the demo user’s recommendations and hides one for good', async () => {
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={['/recommendations?limit=10']}>
          <RecommendationsPage />
        </MemoryRouter>
      </QueryClientProvider>,
    )

    const list = await screen.findByRole('list', { name: 'Recommended movies' })
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
})
