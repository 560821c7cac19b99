import { BINGE_USER, seedBingeUser } from '@/sandbox/db/users/seed-binge-user'
import { NOW, startSandbox } from './harness'

const { api, db } = startSandbox()

function bingeToken() {
  seedBingeUser(db(), NOW, 300)
  db().oauth.accessTokens['binge-token'] = { username: BINGE_USER, expires_at: NOW.getTime() + 86_400_000 }
  return 'binge-token'
}

describe('/sync/watched pages (2026)', () => {
  it('answers 100 shows a page by default, at most 250, with the pagination headers', async () => {
    const token = bingeToken()
    const first = await api('/sync/watched/shows?extended=noseasons', { token })
    expect(first.json).toHaveLength(100)
    expect(first.headers.get('X-Pagination-Item-Count')).toBe('300')
    expect(first.headers.get('X-Pagination-Page-Count')).toBe('3')
    const big = await api('/sync/watched/shows?extended=noseasons&limit=1000&page=2', { token })
    expect(big.headers.get('X-Pagination-Limit')).toBe('250')
    expect(big.json).toHaveLength(50)
    expect(big.json[0].seasons).toBeUndefined()
  })

  it('gives the seeded user 300 watched shows, every fifth of them finished', async () => {
    const token = bingeToken()
    const done = await api('/sync/progress/watched?limit=300&hide_not_completed=true', { token })
    expect(done.json).toHaveLength(60)
  })
})
