import { PlaceholderPage } from './placeholder-page'

export function Component() {
  return <PlaceholderPage title="Recommendations" description="Movies and shows picked for you." needsUser="your recommendations" />
}
