import { arr, obj, str } from './read'

export type ImageSize = 'thumb' | 'medium' | 'full'

/** Trakt image URLs come without a scheme ("media.trakt.tv/..."); make them absolute https URLs. */
export function absoluteImageUrl(url: string): string {
  if (/^https?:\/\//i.test(url)) return url.replace(/^http:\/\//i, 'https://')
  if (url.startsWith('//')) return `https:${url}`
  return `https://${url}`
}

/** The first URL of one image kind (`poster`, `fanart`, `headshot` ...) of an `images` object, or null. */
export function firstImage(images: unknown, kind: string): string | null {
  for (const candidate of arr(obj(images)[kind])) {
    const url = str(candidate)
    if (url) return absoluteImageUrl(url)
  }
  return null
}

/** Picks a size by swapping the `/thumb/`, `/medium/` or `/full/` path segment. */
export function imageAt(url: string | null | undefined, size: ImageSize): string | null {
  if (!url) return null
  return url.replace(/\/(thumb|medium|full)\//, `/${size}/`)
}
