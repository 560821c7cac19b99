import { Artwork, type ArtworkProps } from './artwork'

/** A 2:3 poster that never shifts layout; shows the title's initial when there is no image. */
export function Poster(props: ArtworkProps) {
  return <Artwork ratio="aspect-poster" width={300} height={450} {...props} />
}
