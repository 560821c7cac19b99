import { RecommendationsPage } from '@/features/recommendations/components/recommendations-page'

export function Component() {
  return <RecommendationsPage />
}
