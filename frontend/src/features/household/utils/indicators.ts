/** An indicator households can be deprived in, with its names (from the standards). */
export interface IndicatorName {
  code: string
  name: string
  nameEn: string
}
