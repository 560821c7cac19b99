import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { approveDeviceCode, denyDeviceCode } from '@/sandbox/handlers/oauth/authorize-actions'
import { renderApp, sandboxServer } from '../../../support/render-app'

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  })
})
afterEach(() => vi.useRealTimers())

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const shownCode = () => screen.getByText(/^[A-Z0-9]{8}$/).textContent!

async function renderDevicePage(url = '/signin/code') {
  const view = renderApp(url)
  await screen.findByText(/^[A-Z0-9]{8}$/, {}, { timeout: 10_000 })
  return view
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
    expect(screen.getByText('Waiting for you to approve on Trakt…')).toBeInTheDocument()
    await advance(60_000)
    expect(screen.getByText(/Code expires in/)).toHaveTextContent(/Code expires in (9:00|8:5\d)/)
  })

  it('signs in on approval and returns', async () => {
    const { router } = await renderDevicePage('/signin/code?returnTo=%2Fplayback')
    approveDeviceCode(sandboxServer.sandbox.store, shownCode(), 'demo')
    await advance(5_000)
    await waitFor(() => expect(router.state.location.pathname).toBe('/playback'))
    // Back where the sign-in began, signed in: the user's own paused plays.
    const list = await screen.findByRole('list', { name: 'Continue watching' })
    expect(list.querySelectorAll('li').length).toBeGreaterThan(0)
  })

  it('explains a denial and restarts with a new code', async () => {
    await renderDevicePage()
    const first = shownCode()
    denyDeviceCode(sandboxServer.sandbox.store, first)
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
