import { Artwork, type ArtworkProps } from './artwork'

/** A 16:9 backdrop (fanart, screenshots) with the same placeholder behaviour as the poster. */
export function Backdrop(props: ArtworkProps) {
  return <Artwork ratio="aspect-backdrop" width={1280} height={720} size="full" {...props} />
}
