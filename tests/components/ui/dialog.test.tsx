import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { ToggleChip } from '@/components/ui/chip'
import { Dialog } from '@/components/ui/dialog'
import { ErrorState } from '@/components/ui/error-state'
import { Rating } from '@/components/ui/rating'

describe('Button', () => {
  it('shows a busy state that blocks clicks', async () => {
    const user = userEvent.setup()
    const onClick = vi.fn()
    render(
      <Button isLoading onClick={onClick}>
        Save
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Save' })
    expect(button).toHaveAttribute('aria-busy', 'true')
    await user.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('exposes its variant as a data attribute', () => {
    render(<Button variant="danger">Delete</Button>)
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAttribute('data-variant', 'danger')
  })
})

describe('ToggleChip', () => {
  it('toggles aria-pressed', async () => {
    const user = userEvent.setup()
    function Example() {
      const [pressed, setPressed] = useState(false)
      return (
        <ToggleChip pressed={pressed} onPressedChange={setPressed}>
          Action
        </ToggleChip>
      )
    }
    render(<Example />)
    const chip = screen.getByRole('button', { name: 'Action' })
    expect(chip).toHaveAttribute('aria-pressed', 'false')
    await user.click(chip)
    expect(chip).toHaveAttribute('aria-pressed', 'true')
  })
})

describe('Dialog', () => {
  it('opens with a name, closes from its close button and returns focus to the opener', async () => {
    const user = userEvent.setup()
    function Example() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <Button onClick={() => setOpen(true)}>Rate</Button>
          <Dialog open={open} onOpenChange={setOpen} title="Rate Dune">
            <p>Pick a rating</p>
          </Dialog>
        </>
      )
    }
    render(<Example />)
    const opener = screen.getByRole('button', { name: 'Rate' })
    await user.click(opener)
    expect(screen.getByRole('dialog', { name: 'Rate Dune' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(opener).toHaveFocus()
  })
})

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

describe('Rating', () => {
  it('speaks the percentage and votes', () => {
    render(<Rating value={8.23} votes={12345} />)
    expect(screen.getByRole('img', { name: 'Rated 82%, 12,345 votes' })).toHaveTextContent('82%')
  })

  it('renders nothing without a value', () => {
    const { container } = render(<Rating value={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})
