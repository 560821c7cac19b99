import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return (
    <PlaceholderPage
      title="Watchlist"
      description="Movies and shows you want to watch."
      needsUser="your watchlist"
    />
  )
}
