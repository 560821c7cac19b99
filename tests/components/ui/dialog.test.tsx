import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'

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
