import type { Schemas } from '@/lib/api-client'

/*
 * Poverty standards as the backend serves them (GET /api/v1/standards, /standards/{code},
 * /standards/indicator-types on the seeded database; null lines left out), for the tests of the
 * features that show or apply them.
 */

export const ND07_2021: Schemas['StandardView'] = {
  code: 'ND07_2021',
  status: 'PUBLISHED',
  basedOn: null,
  version: 0,
  editable: 'PROVISIONAL_ONLY',
  inUse: false,
  updatedAt: '2026-11-22T03:49:10.995303Z',
  updatedBy: 'migration',
  publishedAt: '2026-11-22T03:49:10.995303Z',
  publishedBy: 'migration',
  definition: {
    code: 'ND07_2021',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng đến hết năm 2026)',
    nameEn: 'Multidimensional poverty standard 2022–2025 (applied until the end of 2026)',
    legalReference: 'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ',
    yearFrom: 2022,
    yearTo: 2026,
    ruleFamily: 'DUAL_CUTOFF',
    minDeprivations: 3,
    scoreBPerIndicator: 10,
    workingAge: { from: 15, belowMale: 61, belowFemale: 56 },
    lines: {
      RURAL: {
        povertyLine: 1500000,
        averageLivingUpper: 2250000,
        averageLivingProvisional: false,
        scoreACutoff: 140,
      },
      URBAN: {
        povertyLine: 2000000,
        averageLivingUpper: 3000000,
        averageLivingProvisional: false,
        scoreACutoff: 175,
      },
    },
    dimensions: [
      {
        code: 'EMPLOYMENT',
        name: 'Việc làm',
        nameEn: 'Employment',
        indicators: [
          {
            code: 'EMPLOYMENT',
            name: 'Việc làm',
            nameEn: 'Employment',
            parameters: { deprivedStatuses: ['UNEMPLOYED', 'WAGE_WITHOUT_CONTRACT'] },
            provisional: false,
          },
          {
            code: 'DEPENDENTS',
            name: 'Người phụ thuộc trong hộ gia đình',
            nameEn: 'Dependants in the household',
            parameters: { childAgeBelow: 16, maxDependantShare: 0.5 },
            provisional: false,
          },
        ],
      },
      {
        code: 'HEALTH',
        name: 'Y tế',
        nameEn: 'Health',
        indicators: [
          {
            code: 'NUTRITION',
            name: 'Dinh dưỡng',
            nameEn: 'Nutrition',
            parameters: { childAgeBelow: 16, deprivedStatuses: ['STUNTED', 'UNDERWEIGHT'] },
            provisional: false,
          },
          {
            code: 'HEALTH_INSURANCE',
            name: 'Bảo hiểm y tế',
            nameEn: 'Health insurance',
            parameters: { minAge: 6 },
            provisional: false,
          },
        ],
      },
      {
        code: 'EDUCATION',
        name: 'Giáo dục',
        nameEn: 'Education',
        indicators: [
          {
            code: 'ADULT_EDUCATION',
            name: 'Trình độ giáo dục của người lớn',
            nameEn: 'Adult education',
            parameters: {
              ageTo: 30,
              ageFrom: 16,
              lowerLevelAccepted: ['LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY'],
              lowerLevelBelowAge: 18,
              upperLevelAccepted: ['UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY'],
            },
            provisional: false,
          },
          {
            code: 'CHILD_SCHOOLING',
            name: 'Tình trạng đi học của trẻ em',
            nameEn: 'School attendance of children',
            parameters: { ageFrom: 3, ageBelow: 16 },
            provisional: false,
          },
        ],
      },
      {
        code: 'HOUSING',
        name: 'Nhà ở',
        nameEn: 'Housing',
        indicators: [
          {
            code: 'HOUSING_QUALITY',
            name: 'Chất lượng nhà ở',
            nameEn: 'Housing quality',
            parameters: { minNonDurableParts: 2 },
            provisional: false,
          },
          {
            code: 'HOUSING_AREA',
            name: 'Diện tích nhà ở bình quân đầu người',
            nameEn: 'Floor area per person',
            parameters: { minAreaPerPersonM2: 8 },
            provisional: false,
          },
        ],
      },
      {
        code: 'WATER_SANITATION',
        name: 'Nước sinh hoạt và vệ sinh',
        nameEn: 'Water and sanitation',
        indicators: [
          {
            code: 'DRINKING_WATER',
            name: 'Nguồn nước sinh hoạt',
            nameEn: 'Drinking water source',
            parameters: {
              safeSources: ['PIPED', 'DRILLED_WELL', 'PROTECTED_DUG_WELL', 'PROTECTED_SPRING', 'RAINWATER', 'BOTTLED'],
            },
            provisional: false,
          },
          {
            code: 'SANITATION',
            name: 'Nhà tiêu hợp vệ sinh',
            nameEn: 'Hygienic latrine',
            parameters: { hygienicTypes: ['SEPTIC', 'SEMI_SEPTIC', 'POUR_FLUSH', 'DOUBLE_VAULT', 'VENTILATED_PIT'] },
            provisional: false,
          },
        ],
      },
      {
        code: 'INFORMATION',
        name: 'Thông tin',
        nameEn: 'Information',
        indicators: [
          {
            code: 'TELECOM',
            name: 'Sử dụng dịch vụ viễn thông',
            nameEn: 'Use of telecom services',
            parameters: { acceptedServices: ['INTERNET'] },
            provisional: false,
          },
          {
            code: 'INFORMATION_ACCESS',
            name: 'Phương tiện phục vụ tiếp cận thông tin',
            nameEn: 'Devices for access to information',
            parameters: { devices: ['TV', 'RADIO', 'COMPUTER', 'SMARTPHONE'], loudspeakerCounts: false },
            provisional: false,
          },
        ],
      },
    ],
  },
}

export const ND351_2025: Schemas['StandardView'] = {
  code: 'ND351_2025',
  status: 'PUBLISHED',
  basedOn: null,
  version: 0,
  editable: 'PROVISIONAL_ONLY',
  inUse: false,
  updatedAt: '2026-11-22T03:49:10.995303Z',
  updatedBy: 'migration',
  publishedAt: '2026-11-22T03:49:10.995303Z',
  publishedBy: 'migration',
  definition: {
    code: 'ND351_2025',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
    nameEn: 'Multidimensional poverty standard 2027–2030',
    legalReference: 'Nghị định 351/2025/NĐ-CP ngày 30/12/2025 của Chính phủ',
    yearFrom: 2027,
    yearTo: 2030,
    ruleFamily: 'DUAL_CUTOFF',
    minDeprivations: 3,
    scoreBPerIndicator: 10,
    workingAge: { from: 15, belowMale: 62, belowFemale: 58 },
    lines: {
      RURAL: { povertyLine: 2200000, averageLivingProvisional: true },
      URBAN: { povertyLine: 2800000, averageLivingProvisional: true },
    },
    dimensions: [
      {
        code: 'EMPLOYMENT',
        name: 'Việc làm',
        nameEn: 'Employment',
        indicators: [
          {
            code: 'EMPLOYMENT',
            name: 'Việc làm',
            nameEn: 'Employment',
            parameters: { deprivedStatuses: ['UNEMPLOYED', 'WAGE_WITHOUT_CONTRACT'] },
            provisional: false,
          },
          {
            code: 'DEPENDENTS',
            name: 'Người phụ thuộc trong hộ gia đình',
            nameEn: 'Dependants in the household',
            parameters: { childAgeBelow: 16, maxDependantShare: 0.5 },
            provisional: false,
          },
        ],
      },
      {
        code: 'HEALTH',
        name: 'Y tế',
        nameEn: 'Health',
        indicators: [
          {
            code: 'NUTRITION',
            name: 'Dinh dưỡng',
            nameEn: 'Nutrition',
            parameters: { childAgeBelow: 16, deprivedStatuses: ['STUNTED', 'UNDERWEIGHT'] },
            provisional: false,
          },
          {
            code: 'HEALTH_INSURANCE',
            name: 'Bảo hiểm y tế',
            nameEn: 'Health insurance',
            parameters: { minAge: 6 },
            provisional: false,
          },
        ],
      },
      {
        code: 'EDUCATION',
        name: 'Giáo dục',
        nameEn: 'Education',
        indicators: [
          {
            code: 'ADULT_EDUCATION',
            name: 'Trình độ giáo dục của người lớn',
            nameEn: 'Adult education',
            parameters: {
              ageTo: 30,
              ageFrom: 16,
              lowerLevelAccepted: ['LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY'],
              lowerLevelBelowAge: 18,
              upperLevelAccepted: ['UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY'],
            },
            provisional: false,
          },
          {
            code: 'CHILD_SCHOOLING',
            name: 'Tình trạng đi học của trẻ em',
            nameEn: 'School attendance of children',
            parameters: { ageFrom: 3, ageBelow: 16 },
            provisional: false,
          },
        ],
      },
      {
        code: 'HOUSING',
        name: 'Nhà ở',
        nameEn: 'Housing',
        indicators: [
          {
            code: 'HOUSING_QUALITY',
            name: 'Chất lượng nhà ở',
            nameEn: 'Housing quality',
            parameters: { minNonDurableParts: 2 },
            provisional: false,
          },
          {
            code: 'HOUSING_AREA',
            name: 'Diện tích nhà ở bình quân đầu người',
            nameEn: 'Floor area per person',
            parameters: { minAreaPerPersonM2: 8 },
            provisional: false,
          },
        ],
      },
      {
        code: 'WATER_SANITATION_ENVIRONMENT',
        name: 'Nước sinh hoạt, vệ sinh và môi trường',
        nameEn: 'Water, sanitation and environment',
        indicators: [
          {
            code: 'DRINKING_WATER',
            name: 'Nguồn nước sinh hoạt',
            nameEn: 'Drinking water source',
            parameters: {
              safeSources: ['PIPED', 'DRILLED_WELL', 'PROTECTED_DUG_WELL', 'PROTECTED_SPRING', 'RAINWATER', 'BOTTLED'],
            },
            provisional: false,
          },
          {
            code: 'SANITATION',
            name: 'Nhà tiêu hợp vệ sinh',
            nameEn: 'Hygienic latrine',
            parameters: { hygienicTypes: ['SEPTIC', 'SEMI_SEPTIC', 'POUR_FLUSH', 'DOUBLE_VAULT', 'VENTILATED_PIT'] },
            provisional: false,
          },
          {
            code: 'WASTE_DISPOSAL',
            name: 'Xử lý rác thải',
            nameEn: 'Waste disposal',
            parameters: { acceptedMethods: ['COLLECTED', 'ON_SITE_TREATMENT'] },
            provisional: true,
          },
        ],
      },
      {
        code: 'INFORMATION',
        name: 'Thông tin',
        nameEn: 'Information',
        indicators: [
          {
            code: 'TELECOM',
            name: 'Sử dụng dịch vụ viễn thông',
            nameEn: 'Use of telecom services',
            parameters: { acceptedServices: ['INTERNET'] },
            provisional: false,
          },
        ],
      },
    ],
  },
}

export const STANDARD_SUMMARIES: Schemas['StandardSummary'][] = [
  {
    code: 'ND351_2025',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2027–2030',
    nameEn: 'Multidimensional poverty standard 2027–2030',
    legalReference: 'Nghị định 351/2025/NĐ-CP ngày 30/12/2025 của Chính phủ',
    yearFrom: 2027,
    yearTo: 2030,
    status: 'PUBLISHED',
    ruleFamily: 'DUAL_CUTOFF',
    lines: {
      RURAL: { povertyLine: 2200000, averageLivingProvisional: true },
      URBAN: { povertyLine: 2800000, averageLivingProvisional: true },
    },
    indicatorCount: 12,
    basedOn: null,
    publishedAt: '2026-11-22T03:49:10.995303Z',
    inUse: false,
  },
  {
    code: 'ND07_2021',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng đến hết năm 2026)',
    nameEn: 'Multidimensional poverty standard 2022–2025 (applied until the end of 2026)',
    legalReference: 'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ',
    yearFrom: 2022,
    yearTo: 2026,
    status: 'PUBLISHED',
    ruleFamily: 'DUAL_CUTOFF',
    lines: {
      RURAL: {
        povertyLine: 1500000,
        averageLivingUpper: 2250000,
        averageLivingProvisional: false,
        scoreACutoff: 140,
      },
      URBAN: {
        povertyLine: 2000000,
        averageLivingUpper: 3000000,
        averageLivingProvisional: false,
        scoreACutoff: 175,
      },
    },
    indicatorCount: 12,
    basedOn: null,
    publishedAt: '2026-11-22T03:49:10.995303Z',
    inUse: false,
  },
  {
    code: 'QD59_2015',
    name: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (áp dụng cho năm 2021)',
    nameEn: 'Multidimensional poverty standard 2016–2020 (also applied to 2021)',
    legalReference: 'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015 của Thủ tướng Chính phủ',
    yearFrom: 2016,
    yearTo: 2021,
    status: 'PUBLISHED',
    ruleFamily: 'BAND',
    lines: {
      RURAL: {
        povertyLine: 700000,
        nearPovertyLine: 1000000,
        averageLivingUpper: 1500000,
        averageLivingProvisional: false,
      },
      URBAN: {
        povertyLine: 900000,
        nearPovertyLine: 1300000,
        averageLivingUpper: 1950000,
        averageLivingProvisional: false,
      },
    },
    indicatorCount: 10,
    basedOn: null,
    publishedAt: '2026-11-22T03:49:10.995303Z',
    inUse: false,
  },
]

export const INDICATOR_TYPES: Schemas['IndicatorType'][] = [
  {
    "code": "EMPLOYMENT",
    "description": "Có thành viên trong độ tuổi lao động thất nghiệp hoặc làm công không có hợp đồng",
    "descriptionEn": "A working-age member is unemployed or in wage work without a contract",
    "parameters": [
      {
        "name": "deprivedStatuses",
        "type": "CODES",
        "allowedValues": [
          "WAGE_WITH_CONTRACT",
          "WAGE_WITHOUT_CONTRACT",
          "SELF_EMPLOYED",
          "UNEMPLOYED",
          "NOT_IN_LABOUR_FORCE"
        ],
        "codeList": "EmploymentStatus",
        "description": "Tình trạng việc làm bị coi là thiếu hụt",
        "descriptionEn": "Employment statuses that count as deprived"
      }
    ]
  },
  {
    "code": "DEPENDENTS",
    "description": "Người phụ thuộc chiếm trên tỷ lệ quy định số thành viên",
    "descriptionEn": "Dependants are more than the given share of the members",
    "parameters": [
      {
        "name": "childAgeBelow",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Trẻ em dưới (tuổi)",
        "descriptionEn": "Children under (years)"
      },
      {
        "name": "maxDependantShare",
        "type": "DECIMAL",
        "allowedValues": [],
        "codeList": null,
        "description": "Thiếu hụt khi tỷ lệ người phụ thuộc lớn hơn",
        "descriptionEn": "Deprived when the share of dependants exceeds"
      }
    ]
  },
  {
    "code": "NUTRITION",
    "description": "Có trẻ em suy dinh dưỡng",
    "descriptionEn": "A child is stunted or underweight",
    "parameters": [
      {
        "name": "childAgeBelow",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Trẻ em dưới (tuổi)",
        "descriptionEn": "Children under (years)"
      },
      {
        "name": "deprivedStatuses",
        "type": "CODES",
        "allowedValues": [
          "NORMAL",
          "STUNTED",
          "UNDERWEIGHT"
        ],
        "codeList": "NutritionStatus",
        "description": "Tình trạng dinh dưỡng bị coi là thiếu hụt",
        "descriptionEn": "Nutrition statuses that count"
      }
    ]
  },
  {
    "code": "HEALTH_SERVICE_ACCESS",
    "description": "Có người ốm đau nhưng không đi khám chữa bệnh",
    "descriptionEn": "A member was ill and got no medical care",
    "parameters": [
      {
        "name": "lookbackMonths",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Trong số tháng qua",
        "descriptionEn": "Over the last (months)"
      }
    ]
  },
  {
    "code": "HEALTH_INSURANCE",
    "description": "Có thành viên từ đủ số tuổi quy định trở lên không có bảo hiểm y tế",
    "descriptionEn": "A member of at least the given age has no health insurance",
    "parameters": [
      {
        "name": "minAge",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Từ (tuổi) trở lên",
        "descriptionEn": "From age (inclusive)"
      }
    ]
  },
  {
    "code": "ADULT_EDUCATION",
    "description": "Có người trong độ tuổi không đi học và chưa đạt trình độ theo độ tuổi",
    "descriptionEn": "A member in the age range is not in school and below the level for their age",
    "parameters": [
      {
        "name": "ageFrom",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Từ (tuổi)",
        "descriptionEn": "From age (inclusive)"
      },
      {
        "name": "ageTo",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Đến (tuổi, tính cả)",
        "descriptionEn": "To age (inclusive)"
      },
      {
        "name": "lowerLevelBelowAge",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Dưới tuổi này áp dụng trình độ thấp",
        "descriptionEn": "Below this age the lower level applies"
      },
      {
        "name": "lowerLevelAccepted",
        "type": "CODES",
        "allowedValues": [
          "NONE",
          "PRIMARY",
          "LOWER_SECONDARY",
          "UPPER_SECONDARY",
          "VOCATIONAL",
          "COLLEGE",
          "UNIVERSITY"
        ],
        "codeList": "EducationLevel",
        "description": "Trình độ đạt (nhóm tuổi dưới)",
        "descriptionEn": "Levels accepted below that age"
      },
      {
        "name": "upperLevelAccepted",
        "type": "CODES",
        "allowedValues": [
          "NONE",
          "PRIMARY",
          "LOWER_SECONDARY",
          "UPPER_SECONDARY",
          "VOCATIONAL",
          "COLLEGE",
          "UNIVERSITY"
        ],
        "codeList": "EducationLevel",
        "description": "Trình độ đạt (nhóm tuổi trên)",
        "descriptionEn": "Levels accepted from that age"
      }
    ]
  },
  {
    "code": "CHILD_SCHOOLING",
    "description": "Có trẻ em trong độ tuổi đi học không đi học",
    "descriptionEn": "A school-age child is not in school",
    "parameters": [
      {
        "name": "ageFrom",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Từ (tuổi)",
        "descriptionEn": "From age (inclusive)"
      },
      {
        "name": "ageBelow",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Dưới (tuổi)",
        "descriptionEn": "Under age"
      }
    ]
  },
  {
    "code": "HOUSING_QUALITY",
    "description": "Nhà ở không bền chắc",
    "descriptionEn": "The dwelling is not durable",
    "parameters": [
      {
        "name": "minNonDurableParts",
        "type": "INTEGER",
        "allowedValues": [],
        "codeList": null,
        "description": "Số kết cấu chính (tường, cột, mái) không bền chắc từ",
        "descriptionEn": "Non-durable main parts, at least"
      }
    ]
  },
  {
    "code": "HOUSING_AREA",
    "description": "Diện tích nhà ở bình quân đầu người dưới mức quy định",
    "descriptionEn": "Floor area per person under the threshold",
    "parameters": [
      {
        "name": "minAreaPerPersonM2",
        "type": "DECIMAL",
        "allowedValues": [],
        "codeList": null,
        "description": "Dưới (m²/người)",
        "descriptionEn": "Under (m² per person)"
      }
    ]
  },
  {
    "code": "DRINKING_WATER",
    "description": "Không tiếp cận nguồn nước sinh hoạt an toàn",
    "descriptionEn": "No safe drinking water source",
    "parameters": [
      {
        "name": "safeSources",
        "type": "CODES",
        "allowedValues": [
          "PIPED",
          "DRILLED_WELL",
          "PROTECTED_DUG_WELL",
          "UNPROTECTED_DUG_WELL",
          "PROTECTED_SPRING",
          "UNPROTECTED_SPRING",
          "RAINWATER",
          "BOTTLED",
          "TANKER",
          "SURFACE_WATER",
          "OTHER"
        ],
        "codeList": "WaterSource",
        "description": "Nguồn nước hợp vệ sinh",
        "descriptionEn": "Safe sources"
      }
    ]
  },
  {
    "code": "SANITATION",
    "description": "Không sử dụng nhà tiêu hợp vệ sinh",
    "descriptionEn": "No hygienic latrine",
    "parameters": [
      {
        "name": "hygienicTypes",
        "type": "CODES",
        "allowedValues": [
          "SEPTIC",
          "SEMI_SEPTIC",
          "POUR_FLUSH",
          "DOUBLE_VAULT",
          "VENTILATED_PIT",
          "SIMPLE_PIT",
          "HANGING",
          "NONE",
          "OTHER"
        ],
        "codeList": "LatrineType",
        "description": "Loại nhà tiêu hợp vệ sinh",
        "descriptionEn": "Hygienic latrine types"
      }
    ]
  },
  {
    "code": "WASTE_DISPOSAL",
    "description": "Rác thải sinh hoạt không được xử lý đúng cách",
    "descriptionEn": "Household waste not disposed of properly",
    "parameters": [
      {
        "name": "acceptedMethods",
        "type": "CODES",
        "allowedValues": [
          "COLLECTED",
          "ON_SITE_TREATMENT",
          "DUMPED",
          "OTHER"
        ],
        "codeList": "WasteDisposal",
        "description": "Cách xử lý đạt yêu cầu",
        "descriptionEn": "Accepted ways"
      }
    ]
  },
  {
    "code": "TELECOM",
    "description": "Không thành viên nào sử dụng dịch vụ viễn thông",
    "descriptionEn": "No member uses a telecom service",
    "parameters": [
      {
        "name": "acceptedServices",
        "type": "CODES",
        "allowedValues": [
          "INTERNET",
          "PHONE"
        ],
        "codeList": "TelecomService",
        "description": "Dịch vụ được tính",
        "descriptionEn": "Services that count"
      }
    ]
  },
  {
    "code": "INFORMATION_ACCESS",
    "description": "Không có phương tiện tiếp cận thông tin",
    "descriptionEn": "No device for access to information",
    "parameters": [
      {
        "name": "devices",
        "type": "CODES",
        "allowedValues": [
          "TV",
          "RADIO",
          "COMPUTER",
          "SMARTPHONE",
          "PHONE"
        ],
        "codeList": "InformationDevice",
        "description": "Phương tiện được tính",
        "descriptionEn": "Devices that count"
      },
      {
        "name": "loudspeakerCounts",
        "type": "BOOLEAN",
        "allowedValues": [],
        "codeList": null,
        "description": "Loa truyền thanh thôn, xã cũng được tính",
        "descriptionEn": "The community loudspeaker counts too"
      }
    ]
  }
]
