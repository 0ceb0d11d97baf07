import * as v from 'valibot'
import { checkCreditCode } from '../../shared/personal/credit-code'
import { checkResidentId } from '../../shared/personal/resident-id'
import { InstantSchema, LocalizedTextSchema } from '../common-schemas'

/**
 * The look-ups a city can offer, one per service in the catalogue. Each has a query schema (what the
 * citizen sends) and a result schema (what the city answers) below; a new service adds both, its mock
 * answer (services/mock/lookups-mock.ts) and its declaration (features/services/declarations/).
 */
export const SERVICE_IDS = [
  'bus-arrival',
  'traffic',
  'school-enrollment',
  'weather',
  'social-insurance',
  'income-tax',
  'housing-fund',
  'vaccination',
  'enterprise-licence',
  'service-points',
  'garbage-sorting',
  'parking',
  'air-quality',
] as const
export type ServiceId = (typeof SERVICE_IDS)[number]

/** A Beijing calendar date, `YYYY-MM-DD`. */
const DateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
/** A calendar month, `YYYY-MM`. */
const MonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/))
/** An amount in yuan, to the fen. */
const YuanSchema = v.pipe(v.number(), v.minValue(0))
const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(40))

/**
 * A person's name as on their identity card: Chinese characters, or letters for names written in Latin
 * script, with the middle dot of minority names (买买提·艾力).
 */
export const PERSON_NAME_LENGTH = { min: 2, max: 30 } as const
export const PERSON_NAME_PATTERN = /^[\u3400-\u9fffA-Za-z·•. '-]+$/

/** Identity checks that do not depend on today: the birth date only has to be a real day. */
const ResidentIdSchema = v.pipe(
  v.string(),
  v.check((id) => checkResidentId(id, '9999-12-31').ok && !/[\sx]/.test(id)),
)

const PersonQuerySchema = v.object({
  name: v.pipe(
    v.string(),
    v.minLength(PERSON_NAME_LENGTH.min),
    v.maxLength(PERSON_NAME_LENGTH.max),
    v.regex(PERSON_NAME_PATTERN),
  ),
  /** 18 characters, upper-case `X`: the form normalises what the citizen typed. */
  residentId: ResidentIdSchema,
})

export const SCHOOL_STAGES = ['primary', 'junior-high'] as const
export const GARBAGE_ITEM_LENGTH = { min: 1, max: 20 } as const

export const LOOKUP_QUERY_SCHEMAS = {
  'bus-arrival': v.object({ lineId: IdSchema, stopId: IdSchema }),
  /** A district or a major road from the city's list. */
  traffic: v.object({ areaId: IdSchema }),
  'school-enrollment': v.object({ districtId: IdSchema, stage: v.picklist(SCHOOL_STAGES) }),
  weather: v.object({ districtId: IdSchema }),
  'social-insurance': PersonQuerySchema,
  'income-tax': v.object({
    ...PersonQuerySchema.entries,
    year: v.pipe(v.number(), v.integer(), v.minValue(2019), v.maxValue(2100)),
  }),
  'housing-fund': PersonQuerySchema,
  vaccination: PersonQuerySchema,
  /** 18 characters, upper case, with a valid GB 32100 check character. */
  'enterprise-licence': v.object({
    creditCode: v.pipe(
      v.string(),
      v.check((code) => checkCreditCode(code).ok && code === code.toUpperCase() && !/\s/.test(code)),
    ),
  }),
  'service-points': v.object({ districtId: IdSchema }),
  'garbage-sorting': v.object({
    item: v.pipe(v.string(), v.trim(), v.minLength(GARBAGE_ITEM_LENGTH.min), v.maxLength(GARBAGE_ITEM_LENGTH.max)),
  }),
  parking: v.object({ districtId: IdSchema }),
  'air-quality': v.object({ districtId: IdSchema }),
} satisfies Record<ServiceId, v.GenericSchema>

export const WEATHER_CONDITIONS = ['sunny', 'cloudy', 'overcast', 'light-rain', 'rain', 'snow', 'fog', 'haze'] as const
export const TRAFFIC_LEVELS = ['smooth', 'slow', 'congested', 'blocked'] as const
export const GARBAGE_CATEGORIES = ['recyclable', 'hazardous', 'wet', 'dry'] as const
/** The six pollutants of the national AQI (HJ 633-2012). */
export const POLLUTANTS = ['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'] as const

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0))

export const LOOKUP_RESULT_SCHEMAS = {
  'bus-arrival': v.object({
    /** The terminus the buses at this stop are heading for. */
    towards: LocalizedTextSchema,
    /** Soonest first; empty when no more buses run today. */
    arrivals: v.array(
      v.object({
        minutes: v.pipe(v.number(), v.integer(), v.minValue(0)),
        stopsAway: v.pipe(v.number(), v.integer(), v.minValue(0)),
        plate: v.string(),
        crowding: v.picklist(['seats', 'standing', 'crowded']),
      }),
    ),
    updatedAt: InstantSchema,
  }),
  traffic: v.object({
    level: v.picklist(TRAFFIC_LEVELS),
    averageSpeedKmh: v.pipe(v.number(), v.minValue(0)),
    incidents: v.array(
      v.object({
        at: InstantSchema,
        kind: v.picklist(['accident', 'roadworks', 'closure', 'event']),
        place: LocalizedTextSchema,
        detail: LocalizedTextSchema,
      }),
    ),
    updatedAt: InstantSchema,
  }),
  'school-enrollment': v.object({
    year: v.number(),
    steps: v.array(
      v.object({
        from: DateSchema,
        to: v.nullable(DateSchema),
        title: LocalizedTextSchema,
        detail: LocalizedTextSchema,
      }),
    ),
    rules: v.array(LocalizedTextSchema),
  }),
  weather: v.object({
    now: v.object({
      temperature: v.number(),
      condition: v.picklist(WEATHER_CONDITIONS),
      humidity: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      windScale: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(17)),
      aqi: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    days: v.array(
      v.object({ date: DateSchema, high: v.number(), low: v.number(), condition: v.picklist(WEATHER_CONDITIONS) }),
    ),
    updatedAt: InstantSchema,
  }),
  'social-insurance': v.object({
    /** Null when the person has no insurance record in this city. */
    insuredSince: v.nullable(MonthSchema),
    status: v.picklist(['paying', 'suspended', 'none']),
    /** Newest first. */
    months: v.array(
      v.object({ month: MonthSchema, base: YuanSchema, personal: YuanSchema, employer: YuanSchema, payer: v.string() }),
    ),
  }),
  'income-tax': v.object({
    year: v.number(),
    totalIncome: YuanSchema,
    totalTax: YuanSchema,
    /** Newest first. */
    records: v.array(
      v.object({
        month: MonthSchema,
        payer: v.string(),
        kind: LocalizedTextSchema,
        income: YuanSchema,
        tax: YuanSchema,
      }),
    ),
  }),
  'housing-fund': v.object({
    status: v.picklist(['normal', 'sealed', 'none']),
    balance: YuanSchema,
    monthlyDeposit: YuanSchema,
    employer: v.string(),
    /** As the fund holds it, in full: the app masks it wherever it shows it. */
    registeredMobile: v.nullable(v.string()),
    /** Newest first. */
    deposits: v.array(v.object({ month: MonthSchema, amount: YuanSchema })),
  }),
  vaccination: v.object({
    /** Newest first. */
    doses: v.array(
      v.object({
        date: DateSchema,
        vaccine: LocalizedTextSchema,
        dose: v.pipe(v.number(), v.integer()),
        site: LocalizedTextSchema,
      }),
    ),
  }),
  'enterprise-licence': v.object({
    /** Null when no enterprise is registered under the code. */
    enterprise: v.nullable(
      v.object({
        name: v.string(),
        status: v.picklist(['active', 'revoked', 'cancelled']),
        type: LocalizedTextSchema,
        legalRepresentative: v.string(),
        registeredCapital: v.string(),
        establishedOn: DateSchema,
        authority: LocalizedTextSchema,
        address: v.string(),
      }),
    ),
  }),
  'service-points': v.object({
    points: v.array(
      v.object({
        name: LocalizedTextSchema,
        address: LocalizedTextSchema,
        hours: LocalizedTextSchema,
        phone: v.string(),
      }),
    ),
  }),
  'garbage-sorting': v.object({
    matches: v.array(
      v.object({ item: LocalizedTextSchema, category: v.picklist(GARBAGE_CATEGORIES), tip: LocalizedTextSchema }),
    ),
  }),
  parking: v.object({
    /** The district's public car parks; empty when it lists none. */
    carParks: v.array(
      v.pipe(
        v.object({
          name: LocalizedTextSchema,
          address: LocalizedTextSchema,
          /** 0 when the car park is full. */
          freeSpaces: CountSchema,
          totalSpaces: v.pipe(CountSchema, v.minValue(1)),
          /** The tariff as the car park posts it: 首小时5元，之后每小时2元. */
          fee: LocalizedTextSchema,
        }),
        v.check((park) => park.freeSpaces <= park.totalSpaces),
      ),
    ),
    updatedAt: InstantSchema,
  }),
  'air-quality': v.object({
    aqi: CountSchema,
    /** The pollutant with the highest sub-index; null when the AQI is 50 or less (HJ 633-2012). */
    primaryPollutant: v.nullable(v.picklist(POLLUTANTS)),
    /** This hour's concentrations: μg/m³, CO in mg/m³. */
    pollutants: v.array(v.object({ id: v.picklist(POLLUTANTS), value: v.pipe(v.number(), v.minValue(0)) })),
    /** What to do about it, for this AQI (and dust, if any). */
    advice: LocalizedTextSchema,
    updatedAt: InstantSchema,
    /** The AQI of the last 6 whole hours, newest (this hour) first. */
    hourly: v.array(v.object({ at: InstantSchema, aqi: CountSchema })),
  }),
} satisfies Record<ServiceId, v.GenericSchema>

export type LookupQuery<S extends ServiceId> = v.InferOutput<(typeof LOOKUP_QUERY_SCHEMAS)[S]>
export type LookupResult<S extends ServiceId> = v.InferOutput<(typeof LOOKUP_RESULT_SCHEMAS)[S]>
