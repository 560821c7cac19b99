import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DeviceSignInPage } from '@/features/auth/components/device-sign-in-page'
import { resetAuthSession } from '@/lib/auth/default-session'
import { resetTrakt } from '@/lib/trakt/trakt'
import { approveDeviceCode, denyDeviceCode } from '@/sandbox/handlers/oauth/authorize-actions'
import type { SandboxStore } from '@/sandbox/store'
import { createAuthSandbox, createAuthServer } from '../../lib/auth/auth-test-kit'
import { renderRoute } from './render-route'

const auth = createAuthServer()
let store: SandboxStore

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  })
  localStorage.clear()
  resetAuthSession()
  resetTrakt({ writeIntervalMs: 0 })
  store = createAuthSandbox()
  auth.use(store)
})
afterEach(() => vi.useRealTimers())

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
// StrictMode asks for codes twice in development; the page shows the second.
const shownCode = () => screen.getByText(/^[A-Z0-9]{8}$/).textContent!

async function renderDevicePage(url = '/signin/code') {
  await renderRoute('/signin/code', <DeviceSignInPage />, url)
  await screen.findByText(/^[A-Z0-9]{8}$/)
}

describe('DeviceSignInPage', () => {
  it('shows the code, the link, a QR code and a countdown', async () => {
    await renderDevicePage()
    const code = shownCode()
    expect(screen.getByText(code)).toBeInTheDocument()
    const url = `${window.location.origin}/demo/activate`
    expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url)
    expect(screen.getByRole('img', { name: `QR code for ${url}` }).getAttribute('src')).toMatch(
      /^data:image\/svg\+xml,/,
    )
    expect(screen.getByText(/Code expires in/)).toHaveTextContent(/Code expires in (10:00|9:5\d)/)
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for you to approve on Trakt…')
    await advance(60_000)
    expect(screen.getByText(/Code expires in/)).toHaveTextContent(/Code expires in (9:00|8:5\d)/)
  })

  it('signs in on approval and returns', async () => {
    await renderDevicePage('/signin/code?returnTo=%2Fprogress')
    approveDeviceCode(store, shownCode(), 'demo')
    await advance(5_000)
    expect(await screen.findByRole('heading', { name: 'Landing at /progress' })).toBeInTheDocument()
  })

  it('explains a denial and restarts with a new code', async () => {
    await renderDevicePage()
    const first = shownCode()
    denyDeviceCode(store, first)
    await advance(5_000)
    expect(await screen.findByRole('heading', { name: 'The sign-in was refused' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Get a new code' }))
    await screen.findByText(/^[A-Z0-9]{8}$/)
    expect(shownCode()).not.toBe(first)
  })

  it('explains an expired code', async () => {
    await renderDevicePage()
    await advance(10 * 60 * 1000)
    expect(await screen.findByRole('heading', { name: 'The code expired' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBeInTheDocument()
  })
})
