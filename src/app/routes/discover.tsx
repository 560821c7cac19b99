import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return <PlaceholderPage title="Discover" description="Trending, popular and anticipated movies and shows." />
}
