import { render, screen } from '@testing-library/react'
import { RatingDistribution } from '@/components/title/rating-distribution'
import { Rating } from '@/components/ui/rating'

describe('a title nobody has rated yet', () => {
  it('shows no community rating instead of 0%', () => {
    render(<Rating value={0} votes={0} />)
    expect(screen.queryByRole('img', { name: /Rated/ })).not.toBeInTheDocument()
  })

  it('says "No ratings yet" instead of an empty chart', () => {
    render(<RatingDistribution ratings={{ rating: 0, votes: 0, distribution: [] }} />)
    expect(screen.getByText('No ratings yet.')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Rating distribution' })).not.toBeInTheDocument()
  })

  it('still shows a real rating with votes', () => {
    render(<Rating value={8.2} votes={1200} />)
    expect(screen.getByRole('img', { name: 'Rated 82%, 1,200 votes' })).toBeInTheDocument()
  })
})
