import type { CaseState, Rating } from './letters-schemas'

/**
 * The life of a letter (市长信箱 / 12345 case), as pure data: which states a case passes through and
 * which handling steps may happen in each. The mock, the reference server and the tracking timeline
 * all apply steps through `applyStep`, so none of them can show a case doing something it cannot do.
 */
/** 不满意 or worse reopens a case once for a follow-up. */
export const isPoorRating = (rating: Rating) => rating === 'dissatisfied' || rating === 'very-dissatisfied'

export type CaseStep =
  | { kind: 'accept' }
  | { kind: 'reject'; reason: string; rightChannel: string }
  | { kind: 'merge'; intoCase: string }
  | { kind: 'assign'; department: string }
  /** 退单/改派: the department hands the case back and it goes to another one. */
  | { kind: 'reassign'; department: string; reason: string }
  | { kind: 'start' }
  /** 延期: once per case, with a reason and the new due date. */
  | { kind: 'extend'; reason: string; newDue: string }
  | { kind: 'reply'; reply: string }
  | { kind: 'close' }
  /** One rating per case, after a reply. A poor one reopens the case once (follow-up). */
  | { kind: 'rate'; rating: Rating; comment?: string }

export interface CaseProgress {
  state: CaseState
  department?: string
  due: string
  extended: boolean
  followedUp: boolean
  rating?: Rating
}

/** The states each step may start from. */
const FROM: Record<CaseStep['kind'], readonly CaseState[]> = {
  accept: ['submitted'],
  reject: ['submitted', 'accepted'],
  merge: ['submitted', 'accepted', 'assigned', 'in-progress'],
  assign: ['accepted'],
  reassign: ['assigned', 'in-progress'],
  start: ['assigned'],
  extend: ['assigned', 'in-progress'],
  reply: ['in-progress'],
  close: ['replied'],
  rate: ['replied', 'closed'],
}

export class IllegalStep extends Error {
  constructor(step: CaseStep['kind'], progress: CaseProgress, why: string) {
    super(`Cannot ${step} a case that is ${progress.state}: ${why}`)
    this.name = 'IllegalStep'
  }
}

/** Whether `step` may happen now (without applying it). */
export function canApply(progress: CaseProgress, step: CaseStep['kind']): boolean {
  if (!FROM[step].includes(progress.state)) return false
  if (step === 'extend') return !progress.extended
  if (step === 'rate') return progress.rating === undefined
  return true
}

export function applyStep(progress: CaseProgress, step: CaseStep): CaseProgress {
  if (!FROM[step.kind].includes(progress.state))
    throw new IllegalStep(step.kind, progress, 'not allowed from this state')
  switch (step.kind) {
    case 'accept':
      return { ...progress, state: 'accepted' }
    case 'reject':
      return { ...progress, state: 'not-accepted' }
    case 'merge':
      return { ...progress, state: 'merged' }
    case 'assign':
    case 'reassign':
      return { ...progress, state: 'assigned', department: step.department }
    case 'start':
      return { ...progress, state: 'in-progress' }
    case 'extend':
      if (progress.extended) throw new IllegalStep('extend', progress, 'it was extended already')
      if (step.newDue <= progress.due) throw new IllegalStep('extend', progress, 'the new due date must be later')
      return { ...progress, extended: true, due: step.newDue }
    case 'reply':
      return { ...progress, state: 'replied' }
    case 'close':
      return { ...progress, state: 'closed' }
    case 'rate': {
      if (progress.rating !== undefined) throw new IllegalStep('rate', progress, 'it was rated already')
      const followUp = isPoorRating(step.rating) && !progress.followedUp
      return followUp
        ? { ...progress, rating: step.rating, state: 'in-progress', followedUp: true }
        : { ...progress, rating: step.rating, state: 'closed' }
    }
  }
}

/** `SH-20261123-000123`: the city's code, the Beijing date of submission and a daily sequence. */
export function formatCaseNumber(cityCode: string, beijingDate: string, sequence: number): string {
  if (!/^[A-Z]{2}$/.test(cityCode)) throw new RangeError(`City code must be two capital letters, got ${cityCode}`)
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new RangeError(`Sequence out of range: ${sequence}`)
  return `${cityCode}-${beijingDate.replace(/-/g, '')}-${String(sequence).padStart(6, '0')}`
}

export const CASE_NUMBER = /^[A-Z]{2}-\d{8}-\d{6}$/
