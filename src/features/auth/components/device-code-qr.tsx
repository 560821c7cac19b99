import { useMemo } from 'react'
import { renderSVG } from 'uqr'

/** A QR code of `url`, so a phone can open the activation page. */
export function DeviceCodeQr({ url }: { url: string }) {
  const src = useMemo(() => `data:image/svg+xml,${encodeURIComponent(renderSVG(url))}`, [url])
  return (
    <img
      src={src}
      alt={`QR code for ${url}`}
      width={160}
      height={160}
      className="rounded-card bg-white p-2"
    />
  )
}
