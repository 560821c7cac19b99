import { http, HttpResponse } from 'msw'
import { getAuthSession } from '@/lib/auth/default-session'
import {
  pollDeviceTokenOnce,
  requestDeviceCode,
  startDevicePolling,
  type DevicePollOutcome,
} from '@/lib/auth/device-flow'
import { approveDeviceCode, denyDeviceCode } from '@/sandbox/handlers/oauth/authorize-actions'
import type { SandboxStore } from '@/sandbox/store'
import { AUTH_URL, signedOutAuthSandbox } from './auth-test-kit'

// Before the sandbox's reset, so the fresh scheduler and session run on the fake clock.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
const auth = signedOutAuthSandbox()
let store: SandboxStore
beforeEach(() => {
  store = auth.store
})
afterEach(() => vi.useRealTimers())

const polls = () => auth.calls.filter((c) => c.url.endsWith('/oauth/device/token'))

describe('device flow', () => {
  it('gets codes with only the client id', async () => {
    const code = await requestDeviceCode()
    expect(code.user_code).toMatch(/^[A-Z0-9]{8}$/)
    expect(code.verification_url).toBe(`${window.location.origin}/demo/activate`)
    expect(code.interval).toBe(5)
    expect(code.expiresAt).toBe(Date.now() + code.expires_in * 1000)
    const call = auth.calls.find((c) => c.url.endsWith('/oauth/device/code'))!
    expect([...call.body.keys()]).toEqual(['client_id'])
  })

  it('polls at the interval while pending (400), then signs in on approval (200)', async () => {
    const code = await requestDeviceCode()
    const statuses: DevicePollOutcome[] = []
    const polling = startDevicePolling(code, (status) => statuses.push(status))
    await vi.advanceTimersByTimeAsync(4_999)
    expect(polls()).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(statuses).toEqual(['pending'])
    expect(polls()[0]!.body.get('code')).toBe(code.device_code)
    expect(polls()[0]!.body.has('client_secret')).toBe(false)
    approveDeviceCode(store, code.user_code, 'demo')
    await vi.advanceTimersByTimeAsync(5_000)
    await expect(polling.outcome).resolves.toBe('approved')
    expect(statuses).toEqual(['pending', 'approved'])
    expect(getAuthSession().getSnapshot()).toMatchObject({
      status: 'signed-in',
      user: { username: store.db.users.demo!.username, slug: 'demo' },
    })
  })

  it('waits 5 s longer after a 429 (slow down)', async () => {
    const code = await requestDeviceCode()
    auth.server.use(
      http.post(`${AUTH_URL}/oauth/device/token`, () => new HttpResponse(null, { status: 429 }), {
        once: true,
      }),
    )
    const intervals: number[] = []
    startDevicePolling(code, (_status, interval) => intervals.push(interval))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(intervals).toEqual([10])
    await vi.advanceTimersByTimeAsync(9_999)
    expect(polls()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(polls()).toHaveLength(2)
  })

  it('stops when the user denies the code (418)', async () => {
    const code = await requestDeviceCode()
    const polling = startDevicePolling(code)
    denyDeviceCode(store, code.user_code)
    await vi.advanceTimersByTimeAsync(5_000)
    await expect(polling.outcome).resolves.toBe('denied')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(polls()).toHaveLength(1)
  })

  it('stops at expires_in without polling a dead code', async () => {
    const code = await requestDeviceCode()
    const polling = startDevicePolling(code)
    await vi.advanceTimersByTimeAsync(code.expires_in * 1000)
    await expect(polling.outcome).resolves.toBe('expired')
    expect(polls()).toHaveLength(code.expires_in / code.interval - 1)
  })

  it('maps 404, 409 and 410 from the sandbox', async () => {
    expect(await pollDeviceTokenOnce('no-such-code')).toBe('invalid')
    const code = await requestDeviceCode()
    approveDeviceCode(store, code.user_code, 'demo')
    expect(await pollDeviceTokenOnce(code.device_code)).toBe('approved')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await pollDeviceTokenOnce(code.device_code)).toBe('used')
    const late = await requestDeviceCode()
    await vi.advanceTimersByTimeAsync(late.expires_in * 1000)
    expect(await pollDeviceTokenOnce(late.device_code)).toBe('expired')
  })

  it('keeps polling through a network failure and can be stopped', async () => {
    const code = await requestDeviceCode()
    auth.server.use(http.post(`${AUTH_URL}/oauth/device/token`, () => HttpResponse.error(), { once: true }))
    const statuses: DevicePollOutcome[] = []
    const polling = startDevicePolling(code, (status) => statuses.push(status))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(statuses).toEqual(['offline', 'pending'])
    polling.stop()
    await expect(polling.outcome).resolves.toBe('cancelled')
    await vi.advanceTimersByTimeAsync(30_000)
    expect(statuses).toHaveLength(2)
  })
})
