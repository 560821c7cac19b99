import { act, render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setSpoilerShield, useSpoilerShield } from '@/lib/spoilers'
import { SpoilerGuard } from '@/lib/spoiler-guard'

const session = vi.hoisted(() => ({ current: { status: 'signed-in' } as { status: string } }))
vi.mock('@/lib/auth/session', () => ({
  useSession: () => session.current,
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

beforeEach(() => {
  localStorage.clear()
  session.current = { status: 'signed-in' }
})

describe('useSpoilerShield', () => {
  it('is on by default for signed-in users and off for signed-out visitors', () => {
    const signedIn = renderHook(() => useSpoilerShield())
    expect(signedIn.result.current.enabled).toBe(true)
    signedIn.unmount()

    session.current = { status: 'signed-out' }
    const signedOut = renderHook(() => useSpoilerShield())
    expect(signedOut.result.current.enabled).toBe(false)
  })

  it('keeps the user’s choice in localStorage and updates every reader', () => {
    const first = renderHook(() => useSpoilerShield())
    const second = renderHook(() => useSpoilerShield())

    act(() => first.result.current.setEnabled(false))

    expect(first.result.current.enabled).toBe(false)
    expect(second.result.current.enabled).toBe(false)
    expect(localStorage.getItem('marquee.setting.spoiler-shield')).toBe('off')

    act(() => setSpoilerShield(true))
    expect(second.result.current.enabled).toBe(true)
  })

  it('follows a change made in another tab', () => {
    const { result } = renderHook(() => useSpoilerShield())
    act(() => {
      localStorage.setItem('marquee.setting.spoiler-shield', 'off')
      window.dispatchEvent(new StorageEvent('storage', { key: 'marquee.setting.spoiler-shield' }))
    })
    expect(result.current.enabled).toBe(false)
  })
})

describe('SpoilerGuard', () => {
  const episode = (
    <article>
      <h3>Ozymandias</h3>
      <p>Everyone copes with radically changed circumstances.</p>
      <a href="/shows/breaking-bad/seasons/5/episodes/14">Open episode</a>
    </article>
  )

  it('hides the content from sight, assistive tech and focus until revealed', async () => {
    const user = userEvent.setup()
    render(
      <SpoilerGuard hidden label="Title and overview of S05E14">
        {episode}
      </SpoilerGuard>,
    )

    const button = screen.getByRole('button', { name: 'Reveal spoiler' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(button).toHaveAccessibleDescription('Title and overview of S05E14')
    expect(screen.queryByRole('heading', { name: 'Ozymandias' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Open episode' })).not.toBeInTheDocument()
    const content = screen.getByText('Ozymandias').closest('[aria-hidden]')!
    expect(content).toHaveAttribute('aria-hidden', 'true')
    expect(content).toHaveAttribute('inert')
    expect(content).toHaveClass('blur-md')

    await user.click(button)

    expect(screen.getByRole('heading', { name: 'Ozymandias' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Open episode' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('Ozymandias').closest('[inert]')).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Hide spoiler' }))
    expect(screen.queryByRole('heading', { name: 'Ozymandias' })).not.toBeInTheDocument()
  })

  it('can be revealed with the keyboard', async () => {
    const user = userEvent.setup()
    render(
      <SpoilerGuard hidden label="Overview">
        {episode}
      </SpoilerGuard>,
    )
    await user.tab()
    expect(screen.getByRole('button', { name: 'Reveal spoiler' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { name: 'Ozymandias' })).toBeInTheDocument()
  })

  it('renders the content untouched when nothing is hidden', () => {
    render(
      <SpoilerGuard hidden={false} label="Overview">
        {episode}
      </SpoilerGuard>,
    )
    expect(screen.getByRole('heading', { name: 'Ozymandias' })).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})
