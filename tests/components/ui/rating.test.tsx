import { render, screen } from '@testing-library/react'
import { Rating } from '@/components/ui/rating'

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
