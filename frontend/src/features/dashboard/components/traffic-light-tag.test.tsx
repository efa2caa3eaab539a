import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/testing/render'
import { LIGHTS } from '../api/get-dashboard'
import { TrafficLightTag } from './traffic-light-tag'

describe('TrafficLightTag', () => {
  it('names each light in Vietnamese, in its colour', () => {
    renderWithProviders(
      <>
        {LIGHTS.map((light) => (
          <TrafficLightTag key={light} light={light} />
        ))}
      </>,
    )
    const tag = (text: string) => screen.getByText(text).closest('[data-light]')
    expect(tag('Đạt, đúng tiến độ')?.getAttribute('data-light')).toBe('GREEN')
    expect(tag('Đạt, đúng tiến độ')?.className).toContain('green')
    expect(tag('Chậm tiến độ')?.className).toContain('gold')
    expect(tag('Chậm nhiều')?.className).toContain('red')
    expect(tag('Chưa có số liệu')?.getAttribute('data-light')).toBe('NO_DATA')
  })
})
