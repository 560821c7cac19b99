import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import type { ReactNode } from 'react'
import { DemoActivatePage } from '@/sandbox/ui/demo-activate-page'
import { DemoAuthorizePage } from '@/sandbox/ui/demo-authorize-page'
import { getSandboxStore, setSandboxStore } from '@/sandbox/ui/sandbox-store-accessor'
import type { SandboxStore } from '@/sandbox/store'
import { createSandbox } from '@/sandbox/sandbox'
import { TEST_URLS } from '../../support/sandbox-server'

let store: SandboxStore
beforeEach(() => {
  store = createSandbox({ urls: TEST_URLS }).store
  setSandboxStore(store)
})
afterEach(() => setSandboxStore(null))

const renderAt = (url: string, element: ReactNode) =>
  act(async () =>
    render(
      <RouterProvider router={createMemoryRouter([{ path: '*', element }], { initialEntries: [url] })} />,
    ),
  )

const callback = `${window.location.origin}/auth/callback`
const authorizeUrl = (extra = '') =>
  `/demo/oauth/authorize?response_type=code&client_id=cid&redirect_uri=${encodeURIComponent(callback)}&state=st&code_challenge=abc&code_challenge_method=S256${extra}`

describe('DemoAuthorizePage', () => {
  it('approves: redirects back with a one-time code and the state', async () => {
    const navigate = vi.fn()
    await renderAt(authorizeUrl(), <DemoAuthorizePage navigate={navigate} />)
    expect(getSandboxStore()).toBe(store)
    expect(screen.getByRole('heading', { name: 'Marquee wants to access your account' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }))
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    const back = new URL(navigate.mock.calls[0]![0] as string)
    expect(`${back.origin}${back.pathname}`).toBe(callback)
    expect(back.searchParams.get('state')).toBe('st')
    expect(store.db.oauth.codes[back.searchParams.get('code')!]).toMatchObject({
      username: 'demo',
      code_challenge: 'abc',
      redirect_uri: callback,
    })
  })

  it('denies: redirects back with access_denied', async () => {
    const navigate = vi.fn()
    await renderAt(authorizeUrl(), <DemoAuthorizePage navigate={navigate} />)
    await userEvent.click(screen.getByRole('button', { name: 'Deny' }))
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    const back = new URL(navigate.mock.calls[0]![0] as string)
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('st')
  })

  it('refuses an incomplete request or a foreign redirect_uri', async () => {
    await renderAt('/demo/oauth/authorize?client_id=cid', <DemoAuthorizePage navigate={vi.fn()} />)
    expect(screen.getByRole('alert')).toHaveTextContent('incomplete')
  })

  it('refuses a redirect_uri on another site', async () => {
    const url = authorizeUrl().replace(
      encodeURIComponent(callback),
      encodeURIComponent('https://evil.example.com/cb'),
    )
    await renderAt(url, <DemoAuthorizePage navigate={vi.fn()} />)
    expect(screen.getByRole('alert')).toHaveTextContent('does not belong to this app')
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument()
  })
})

describe('DemoActivatePage', () => {
  const pendingCode = () => {
    store.db.oauth.deviceCodes.dev1 = {
      user_code: 'ABCD2345',
      expires_at: Date.now() + 60_000,
      interval: 5,
      last_poll: 0,
      status: 'pending',
    }
  }

  it('approves the code typed by the user', async () => {
    pendingCode()
    await renderAt('/demo/activate', <DemoActivatePage />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Code shown on your device' }), 'abcd2345')
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }))
    expect(screen.getByRole('status')).toHaveTextContent('Device connected')
    expect(store.db.oauth.deviceCodes.dev1).toMatchObject({ status: 'approved', username: 'demo' })
  })

  it('denies, and explains an unknown code', async () => {
    pendingCode()
    await renderAt('/demo/activate?code=ABCD2345', <DemoActivatePage />)
    await userEvent.click(screen.getByRole('button', { name: 'Deny' }))
    expect(store.db.oauth.deviceCodes.dev1!.status).toBe('denied')
    await userEvent.clear(screen.getByRole('textbox', { name: 'Code shown on your device' }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Code shown on your device' }), 'XXXXXXXX')
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }))
    expect(screen.getByRole('alert')).toHaveTextContent('No device is waiting for this code')
  })

  it('says when the sandbox is not running', async () => {
    setSandboxStore(null)
    await renderAt('/demo/activate', <DemoActivatePage />)
    expect(screen.getByRole('alert')).toHaveTextContent('not running')
  })
})
