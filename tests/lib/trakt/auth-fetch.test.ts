import { resetAuthSession } from '@/lib/auth/default-session'
import { requestDeviceCode } from '@/lib/auth/device-flow'
import { DEFAULT_CLIENT_ID } from '@/lib/config'
import { AuthRequestRefusedError, traktAuthFetch } from '@/lib/trakt/auth-fetch'
import { resetTrakt } from '@/lib/trakt/trakt'
import { AUTH_URL, createAuthServer } from '../auth/auth-test-kit'

const auth = createAuthServer()
const wire: string[] = []
auth.server.events.on('request:start', ({ request }) => void wire.push(`${request.method} ${request.url}`))

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  wire.length = 0
  localStorage.clear()
  resetAuthSession()
  resetTrakt()
  auth.reset()
})

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
  body: new URLSearchParams(fields),
})

describe('the auth door', () => {
  it.each([
    ['another host', 'https://auth.evil.example/oauth/token', 'POST'],
    ['the API host', 'https://api.trakt.tv/oauth/token', 'POST'],
    ['a path that is not an OAuth call', `${AUTH_URL}/users/settings`, 'POST'],
    ['the authorization page', `${AUTH_URL}/oauth/authorize`, 'POST'],
    ['a GET', `${AUTH_URL}/oauth/token`, 'GET'],
  ])('refuses %s before anything leaves the browser', async (_what, url, method) => {
    const call = traktAuthFetch()(url, { ...form({ client_id: DEFAULT_CLIENT_ID }), method })
    await expect(call).rejects.toBeInstanceOf(AuthRequestRefusedError)
    expect(wire).toEqual([])
  })

  it('never sends a client_secret', async () => {
    const body = { grant_type: 'refresh_token', client_id: DEFAULT_CLIENT_ID, client_secret: 'not-public' }
    const call = traktAuthFetch()(`${AUTH_URL}/oauth/token`, form(body))
    await expect(call).rejects.toThrow('never sends a client_secret')
    expect(wire).toEqual([])
  })

  it('sends the OAuth calls through the write lane: one POST a second at most', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const first = requestDeviceCode()
      const second = requestDeviceCode()
      await vi.advanceTimersByTimeAsync(999)
      expect(wire).toEqual([`POST ${AUTH_URL}/oauth/device/code`])
      await vi.advanceTimersByTimeAsync(1)
      await Promise.all([first, second])
      expect(wire).toEqual([`POST ${AUTH_URL}/oauth/device/code`, `POST ${AUTH_URL}/oauth/device/code`])
    } finally {
      vi.useRealTimers()
    }
  })
})
