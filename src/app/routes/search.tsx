import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return <PlaceholderPage title="Search" description="Find movies, shows, episodes, people and lists." />
}
