import { useState, type ComponentProps, type ReactNode } from 'react'

export type FallbackImageProps = ComponentProps<'img'> & {
  /** Required: an empty string for a decorative image. */
  alt: string
  /** Shown when there is no `src` and when the image fails to load (never the browser's broken-image icon). */
  fallback: ReactNode
}

/** An <img> that gives way to `fallback` when it has no source or its source fails (host unreachable, 404...). */
export function FallbackImage({ src, alt, fallback, onError, ...props }: FallbackImageProps) {
  // The failed URL, not a flag: a new `src` gets its own chance without an effect to reset anything.
  const [failedSrc, setFailedSrc] = useState<string | null>(null)
  if (!src || src === failedSrc) return <>{fallback}</>
  return (
    <img
      {...props}
      src={src}
      alt={alt}
      onError={(event) => {
        setFailedSrc(src)
        onError?.(event)
      }}
    />
  )
}
