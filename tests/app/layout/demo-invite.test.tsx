import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../../support/render-app'

describe('the demo invitation', () => {
  it('offers the demo to signed-out visitors', async () => {
    const user = userEvent.setup()
    const assign = vi.fn()
    renderApp('/discover')
    await screen.findByRole('region', { name: 'Try the demo' })
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      search: '',
      assign,
    } as Location)
    await user.click(screen.getByRole('button', { name: 'Try the demo' }))
    expect(assign).toHaveBeenCalledWith('/discover?demo=1')
    expect(localStorage.getItem('marquee.demo')).toBe('1')
  })

  it('can be dismissed for good', async () => {
    const user = userEvent.setup()
    renderApp('/discover')
    const invite = await screen.findByRole('region', { name: 'Try the demo' })
    await user.click(screen.getByRole('button', { name: 'Dismiss the demo invitation' }))
    expect(invite).not.toBeInTheDocument()
    expect(localStorage.getItem('marquee.demoInvite.dismissed')).toBe('1')
  })

  it('is not shown to a signed-in user', async () => {
    renderApp('/discover', { user: 'demo' })
    await screen.findByRole('heading', { level: 1, name: 'Discover' })
    expect(screen.queryByRole('region', { name: 'Try the demo' })).not.toBeInTheDocument()
  })
})
