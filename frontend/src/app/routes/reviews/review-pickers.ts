import type { CurrentUser } from '@/features/account/api/get-current-user'
import { HouseholdSearchSelect } from '@/features/household/components/household-search-select'
import type { CommunePicker, HouseholdPicker } from '@/features/review/utils/pickers'
import type { ReviewPermissions } from '@/features/review/utils/permissions'
import {
  canDecideReviews,
  canGiveReviewOpinion,
  canReadReviewAudit,
  canRunReviews,
  canSetReviewDeadlines,
  canSurveyReviews,
} from '@/lib/authorization'
import { JurisdictionCommuneSelect } from '../households/jurisdiction-commune-select'

/** The communes of the user's jurisdiction (from the area feature), as the review pages take them. */
export const ReviewCommuneSelect: CommunePicker = JurisdictionCommuneSelect

/** Active households of a commune (from the household feature), for listing applicants. */
export const ReviewHouseholdSelect: HouseholdPicker = HouseholdSearchSelect

/** Which steps of a campaign the user performs; the backend checks the same roles. */
export function reviewPermissions(user: CurrentUser): ReviewPermissions {
  return {
    run: canRunReviews(user),
    survey: canSurveyReviews(user),
    opinion: canGiveReviewOpinion(user),
    deadlines: canSetReviewDeadlines(user),
    decide: canDecideReviews(user),
    audit: canReadReviewAudit(user),
  }
}
