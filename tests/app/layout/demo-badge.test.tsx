import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { DemoBadge } from '@/app/layout/demo-badge'
import { stopDemoSandbox } from '@/sandbox/browser'

vi.mock('@/sandbox/browser', () => ({
  stopDemoSandbox: vi.fn(async () => {}),
  resetDemoSandbox: vi.fn(async () => {}),
}))

function renderBadge() {
  const router = createMemoryRouter([{ path: '/', Component: DemoBadge }], { initialEntries: ['/'] })
  render(<RouterProvider router={router} />)
}

describe('DemoBadge', () => {
  afterEach(() => localStorage.clear())

  it('is absent outside demo mode', () => {
    renderBadge()
    expect(screen.queryByRole('button', { name: 'Demo mode' })).not.toBeInTheDocument()
  })

  it('explains the demo, links to the fault panel and leaves it, forgetting its data and tokens', async () => {
    const user = userEvent.setup()
    localStorage.setItem('marquee.demo', '1')
    localStorage.setItem('marquee.demo.session', '{"tokens":{}}')
    const assign = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      search: '',
      assign,
    } as Location)
    renderBadge()
    await user.click(screen.getByRole('button', { name: 'Demo mode' }))
    expect(screen.getByText(/built-in sandbox/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Faults and rate limits…' })).toHaveAttribute(
      'href',
      '/demo/faults',
    )
    await user.click(screen.getByRole('button', { name: 'Leave demo' }))
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'))
    expect(stopDemoSandbox).toHaveBeenCalledOnce()
    expect(localStorage.getItem('marquee.demo')).toBeNull()
    expect(localStorage.getItem('marquee.demo.session')).toBeNull()
  })
})
