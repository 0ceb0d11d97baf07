import type { Declarations } from '../declaration'
import { garbageSorting, servicePoints } from './convenience'
import { schoolEnrollment } from './education'
import { enterpriseLicence } from './enterprise'
import { housingFund, incomeTax, socialInsurance, vaccination } from './personal-records'
import { busArrival, parking, traffic } from './transport'
import { airQuality, weather } from './weather'

/** Every service the app knows how to run; a city's catalogue (CityConfig.services) picks from these. */
export const DECLARATIONS: Declarations = {
  'bus-arrival': busArrival,
  traffic,
  'school-enrollment': schoolEnrollment,
  weather,
  'social-insurance': socialInsurance,
  'income-tax': incomeTax,
  'housing-fund': housingFund,
  vaccination,
  'enterprise-licence': enterpriseLicence,
  'service-points': servicePoints,
  'garbage-sorting': garbageSorting,
  parking,
  'air-quality': airQuality,
}
