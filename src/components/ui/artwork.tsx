import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'
import { FallbackImage } from './fallback-image'

export type ImageSize = 'thumb' | 'medium' | 'full'

/** Turns a scheme-less Trakt image URL (`media.trakt.tv/images/.../medium/x.jpg`) into an https URL of the wanted size. */
export function traktImageUrl(url: string | null | undefined, size: ImageSize = 'medium'): string | null {
  if (!url) return null
  const sized = size === 'medium' ? url : url.replace('/medium/', `/${size}/`)
  if (/^https?:\/\//.test(sized)) return sized
  return `https://${sized.replace(/^\/\//, '')}`
}

export type ArtworkProps = Omit<ComponentProps<'img'>, 'src' | 'alt' | 'width' | 'height'> & {
  images?: string[] | null
  /** The title: used for alt text and the placeholder's initial. */
  title: string
  size?: ImageSize
  /** Decorative artwork (next to a visible title) gets an empty alt. */
  decorative?: boolean
  /** Load eagerly (the page's hero image). */
  priority?: boolean
}

/**
 * Shared by Poster and Backdrop: a sized lazy <img>, or a same-size placeholder with the title's initial when
 * there is no image or it fails to load.
 */
export function Artwork({
  images,
  title,
  size = 'medium',
  decorative = false,
  priority = false,
  className,
  ratio,
  width,
  height,
  ...props
}: ArtworkProps & { ratio: string; width: number; height: number }) {
  const src = traktImageUrl(images?.[0], size)
  const frame = cn('relative block overflow-hidden rounded-card bg-raised', ratio, className)
  // The same placeholder for a missing image and for one that fails to load.
  const initial = title.trim().charAt(0).toUpperCase() || (decorative ? '' : '?')
  const placeholder = (
    <div
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : title}
      aria-hidden={decorative || undefined}
      data-placeholder=""
      className={cn(frame, 'flex items-center justify-center')}
    >
      <span aria-hidden="true" className="text-3xl font-bold text-muted select-none">
        {initial}
      </span>
    </div>
  )
  return (
    <FallbackImage
      src={src ?? undefined}
      fallback={placeholder}
      alt={decorative ? '' : title}
      width={width}
      height={height}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      className={cn(frame, 'w-full object-cover')}
      {...props}
    />
  )
}
