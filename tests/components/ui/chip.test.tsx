import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { ToggleChip } from '@/components/ui/chip'

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
