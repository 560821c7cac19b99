import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Notices } from '@/components/ui/notices'
import { clearNotices, pushNotice } from '@/lib/notices'

describe('Notices', () => {
  afterEach(() => act(() => clearNotices()))

  it('announces notices politely and dismisses them', async () => {
    const user = userEvent.setup()
    render(<Notices />)
    const region = screen.getByRole('region', { name: 'Notifications' })
    expect(region.querySelector('[aria-live="polite"]')).toBeInTheDocument()

    act(() => void pushNotice({ kind: 'error', message: 'Could not add to your watchlist.' }))
    act(() => void pushNotice({ kind: 'error', message: 'Could not add to your watchlist.' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
    expect(screen.getByRole('listitem')).toHaveTextContent('Error: Could not add to your watchlist.')

    await user.click(screen.getByRole('button', { name: 'Dismiss notification' }))
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument()
  })

  it('hides info notices by themselves but keeps errors', () => {
    vi.useFakeTimers()
    try {
      render(<Notices />)
      act(() => {
        pushNotice({ kind: 'success', message: 'Added to your watchlist.' })
        pushNotice({ kind: 'error', message: 'Rating failed.' })
      })
      expect(screen.getAllByRole('listitem')).toHaveLength(2)
      act(() => vi.advanceTimersByTime(7000))
      expect(screen.getAllByRole('listitem')).toHaveLength(1)
      expect(screen.getByRole('listitem')).toHaveTextContent('Rating failed.')
    } finally {
      vi.useRealTimers()
    }
  })
})
