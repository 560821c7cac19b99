import { DiscoverSectionPage } from '@/features/discover/components/discover-section-page'

export function Component() {
  return <DiscoverSectionPage />
}
