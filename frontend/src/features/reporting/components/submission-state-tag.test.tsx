import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { SUBMISSION_STATES } from '../api/list-submissions'
import { SubmissionStateTag } from './submission-state-tag'

describe('SubmissionStateTag', () => {
  it('names every state, overdue in red and late in orange', () => {
    renderWithProviders(
      <>
        {SUBMISSION_STATES.map((state) => (
          <SubmissionStateTag key={state} state={state} />
        ))}
      </>,
    )
    const tag = (text: string) => screen.getByText(text).closest('[data-state]') as HTMLElement
    expect(tag('Quá hạn').getAttribute('data-state')).toBe('OVERDUE')
    expect(tag('Quá hạn').className).toContain('red')
    expect(tag('Đã gửi muộn').className).toContain('orange')
    expect(tag('Đã gửi đúng hạn').className).toContain('green')
    for (const text of ['Chưa đến kỳ', 'Đang mở', 'Bị trả lại', 'Đã tiếp nhận']) expect(tag(text)).toBeTruthy()
  })
})
