import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { Tabs } from '@/components/ui/tabs'

function Example() {
  const [value, setValue] = useState<'movies' | 'shows' | 'people'>('movies')
  return (
    <Tabs
      label="Results"
      value={value}
      onValueChange={setValue}
      items={[
        { value: 'movies', label: 'Movies', panel: <p>Movie results</p> },
        { value: 'shows', label: 'Shows', panel: <p>Show results</p> },
        { value: 'people', label: 'People', panel: <p>People results</p> },
      ]}
    />
  )
}

describe('Tabs', () => {
  it('has one tab stop and moves with the arrow keys', async () => {
    const user = userEvent.setup()
    render(<Example />)
    expect(screen.getByRole('tablist', { name: 'Results' })).toBeInTheDocument()
    const movies = screen.getByRole('tab', { name: 'Movies' })
    expect(movies).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tab', { name: 'Shows' })).toHaveAttribute('tabindex', '-1')
    expect(screen.getByRole('tabpanel', { name: 'Movies' })).toHaveTextContent('Movie results')

    await user.tab()
    expect(movies).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('tab', { name: 'People' })).toHaveFocus()
    expect(screen.getByRole('tabpanel')).toHaveTextContent('People results')
    await user.keyboard('{Home}{ArrowRight}')
    expect(screen.getByRole('tab', { name: 'Shows' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Show results')
  })
})
