import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DemoBadge } from '@/app/layout/demo-badge'

describe('DemoBadge', () => {
  afterEach(() => localStorage.clear())

  it('is absent outside demo mode', () => {
    render(<DemoBadge />)
    expect(screen.queryByRole('button', { name: 'Demo mode' })).not.toBeInTheDocument()
  })

  it('explains the demo and leaves it', async () => {
    const user = userEvent.setup()
    localStorage.setItem('marquee.demo', '1')
    const assign = vi.fn()
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, search: '', assign } as Location)
    render(<DemoBadge />)
    await user.click(screen.getByRole('button', { name: 'Demo mode' }))
    expect(screen.getByText(/built-in sandbox/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Leave demo' }))
    expect(localStorage.getItem('marquee.demo')).toBeNull()
    expect(assign).toHaveBeenCalledWith('/')
  })
})
