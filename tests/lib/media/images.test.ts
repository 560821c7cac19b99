import { absoluteImageUrl, firstImage, imageAt } from '@/lib/media/images'

describe('images', () => {
  it('prefixes scheme-less Trakt URLs with https and swaps the size segment', () => {
    expect(absoluteImageUrl('media.trakt.tv/images/movies/x/posters/medium/a.jpg.webp')).toBe(
      'https://media.trakt.tv/images/movies/x/posters/medium/a.jpg.webp',
    )
    expect(absoluteImageUrl('http://example.com/a.jpg')).toBe('https://example.com/a.jpg')
    expect(imageAt('https://media.trakt.tv/images/posters/medium/a.jpg', 'thumb')).toBe(
      'https://media.trakt.tv/images/posters/thumb/a.jpg',
    )
    expect(imageAt('https://media.trakt.tv/images/posters/thumb/a.jpg', 'full')).toBe(
      'https://media.trakt.tv/images/posters/full/a.jpg',
    )
    expect(imageAt(null, 'full')).toBeNull()
  })

  it('takes the first usable URL of a kind and tolerates empty or missing arrays', () => {
    expect(firstImage({ poster: [] }, 'poster')).toBeNull()
    expect(firstImage(null, 'poster')).toBeNull()
    expect(firstImage({ poster: [null, '', 'a.tv/p.jpg'] }, 'poster')).toBe('https://a.tv/p.jpg')
  })
})
