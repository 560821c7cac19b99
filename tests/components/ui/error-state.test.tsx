import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorState } from '@/components/ui/error-state'

describe('ErrorState', () => {
  it('shows the message and a Retry button', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    render(<ErrorState message="Trakt is overloaded right now." onRetry={onRetry} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Trakt is overloaded right now.')
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })
})
