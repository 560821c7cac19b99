import { createSeedDb } from '@/sandbox/db/create-db'
import { DEMO_USER } from '@/sandbox/db/types'
import { setupSandboxServer, TEST_NOW, TEST_URLS } from '../../support/sandbox-server'

const box = setupSandboxServer()
beforeAll(() => box.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => box.server.close())

async function get(path: string, token: string) {
  const response = await fetch(`${TEST_URLS.apiUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  return {
    status: response.status,
    headers: response.headers,
    json: response.status === 204 ? null : await response.json(),
  }
}

describe('the full seed (catalog + user records)', () => {
  it('builds deterministically', () => {
    const db = createSeedDb({ now: TEST_NOW })
    expect(JSON.stringify(db.userState[DEMO_USER])).toBe(
      JSON.stringify(createSeedDb({ now: TEST_NOW }).userState[DEMO_USER]),
    )
  })

  it('gives the demo user a lived-in account through the real handlers', async () => {
    const token = box.signIn()
    const history = await get('/users/me/history', token)
    expect(Number(history.headers.get('X-Pagination-Item-Count'))).toBeGreaterThanOrEqual(1000)
    expect((await get('/sync/watchlist/all/rank/asc', token)).json.length).toBeGreaterThanOrEqual(25)
    expect((await get('/sync/progress/up_next', token)).json.length).toBeGreaterThan(0)
    const day = TEST_NOW.toISOString().slice(0, 10)
    expect((await get(`/calendars/my/shows/${day}/7`, token)).json.length).toBeGreaterThan(0)
    expect((await get('/users/me/lists', token)).json).toHaveLength(5)
    expect((await get('/users/me/friends', token)).json.length).toBeGreaterThan(0)
    expect((await get('/users/requests', token)).json.length).toBeGreaterThan(0)
    const stats = (await get('/users/me/stats', token)).json
    expect(stats.movies.plays + stats.episodes.plays).toBeGreaterThanOrEqual(1000)
  })
})
