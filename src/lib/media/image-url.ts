export type ImageSize = 'thumb' | 'medium' | 'full'

/**
 * The first usable URL of one Trakt image kind, at the wanted size, with a scheme.
 * Trakt sends arrays of scheme-less URLs (`media.trakt.tv/images/.../posters/medium/x.jpg.webp`); very old
 * bodies send `{ full, medium, thumb }` objects, often all null. Anything else yields undefined.
 */
export function imageUrl(images: unknown, kind: string, size: ImageSize = 'thumb'): string | undefined {
  if (!images || typeof images !== 'object') return undefined
  const value = (images as Record<string, unknown>)[kind]
  let raw: unknown
  if (Array.isArray(value)) raw = value.find((v) => typeof v === 'string' && v.trim() !== '')
  else if (value && typeof value === 'object') {
    const sized = value as Record<string, unknown>
    raw = sized[size] ?? sized.medium ?? sized.full ?? sized.thumb
  }
  if (typeof raw !== 'string' || raw.trim() === '') return undefined
  const url = /^https?:\/\//i.test(raw)
    ? raw.replace(/^http:\/\//i, 'https://')
    : `https://${raw.replace(/^\/+/, '')}`
  return url.replace(/\/(thumb|medium|full)\//, `/${size}/`)
}
