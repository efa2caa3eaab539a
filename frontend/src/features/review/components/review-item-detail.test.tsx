import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { requestsTo, stubBackend } from '@/testing/backend'
import { catchSavedFiles } from '@/testing/downloads'
import { renderWithProviders } from '@/testing/render'
import { CAMPAIGN, CAMPAIGN_ID, DECIDED_ITEM, ITEM_ID } from '@/testing/reviews'
import { READ_ONLY } from '../utils/permissions'
import { ReviewItemDetail } from './review-item-detail'

const NAMES: Record<string, string> = {
  HEALTH_INSURANCE: 'Bảo hiểm y tế',
  HOUSING_QUALITY: 'Chất lượng nhà ở',
  SANITATION: 'Nhà tiêu hợp vệ sinh',
}
const indicatorName = (code: string) => NAMES[code] ?? code
const CERTIFICATE = `/api/v1/review-campaigns/${CAMPAIGN_ID}/items/${ITEM_ID}/certificate`

describe('ReviewItemDetail', () => {
  it('shows the classes, the change and the deprivations by name', () => {
    stubBackend({})
    renderWithProviders(
      <ReviewItemDetail campaign={{ ...CAMPAIGN, status: 'DECIDED' }} item={DECIDED_ITEM} permissions={READ_ONLY} indicatorName={indicatorName} />,
    )
    const item = screen.getByTestId('review-item')
    expect(item.textContent).toContain('Đề nghị rà soát (Mẫu 01)')
    expect(item.textContent).toContain('Mẫu 01 – Giấy đề nghị rà soát, nộp ngày 16/03/2026')
    expect(screen.getByTestId('final-class').textContent).toBe('Hộ nghèo')
    expect(item.textContent).toContain('Nghèo phát sinh mới')
    expect(screen.getByTestId('item-deprived').textContent).toBe('Bảo hiểm y tếChất lượng nhà ởNhà tiêu hợp vệ sinh')
  })

  it('downloads the certificate of a household decided poor through the API', async () => {
    const fetch = stubBackend({
      [`GET ${CERTIFICATE}`]: () =>
        new Response('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="giay-chung-nhan-20179-00031-2026-03.pdf"`,
          },
        }),
    })
    const clicked = catchSavedFiles()
    const user = userEvent.setup()
    renderWithProviders(
      <ReviewItemDetail campaign={{ ...CAMPAIGN, status: 'DECIDED' }} item={DECIDED_ITEM} permissions={READ_ONLY} indicatorName={indicatorName} />,
    )
    await user.click(screen.getByRole('button', { name: /Tải giấy chứng nhận/ }))
    await waitFor(() => expect(clicked).toHaveBeenCalledOnce())
    expect((clicked.mock.contexts[0] as HTMLAnchorElement).download).toBe('giay-chung-nhan-20179-00031-2026-03.pdf')
    expect(requestsTo(fetch, 'GET', CERTIFICATE)).toHaveLength(1)
  })

  it('offers the survey to reviewers and the exclusion to officers while the household waits', () => {
    stubBackend({})
    const listed = { ...DECIDED_ITEM, state: 'LISTED' as const, finalClass: null, transition: null, proposedClass: null, deprivedIndicators: null }
    const { unmount } = renderWithProviders(
      <ReviewItemDetail campaign={CAMPAIGN} item={listed} permissions={{ ...READ_ONLY, survey: true }} indicatorName={indicatorName} />,
    )
    expect(screen.getByRole('link', { name: /Nhập phiếu rà soát/ }).getAttribute('href')).toBe(`/reviews/${CAMPAIGN_ID}/items/${ITEM_ID}/survey`)
    expect(screen.queryByRole('button', { name: /Đưa ra khỏi danh sách/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /Tải giấy chứng nhận/ })).toBeNull()
    unmount()

    renderWithProviders(
      <ReviewItemDetail campaign={CAMPAIGN} item={listed} permissions={{ ...READ_ONLY, run: true }} indicatorName={indicatorName} />,
    )
    expect(screen.queryByRole('link', { name: /Nhập phiếu rà soát/ })).toBeNull()
    expect(screen.getByRole('button', { name: /Đưa ra khỏi danh sách/ })).toBeTruthy()
  })
})
