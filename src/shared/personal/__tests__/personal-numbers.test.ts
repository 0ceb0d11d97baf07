import { checkCreditCode } from '../credit-code'
import { maskMobile, normalizeMobile } from '../mobile'
import { checkResidentId, maskResidentId, residentIdCheckCharacter } from '../resident-id'

const TODAY = '2026-11-23'
/** The examples printed in GB 11643 itself, so the algorithm is checked against the standard. */
const STANDARD_IDS = ['11010519491231002X', '440524188001010014']
/** Widely published valid codes. */
const VALID_CODES = ['91350100M000100Y43', '91110000600037341L']

const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17)

describe('resident identity numbers (GB 11643, ISO 7064 MOD 11-2)', () => {
  test.each(STANDARD_IDS)('%s is valid', (id) => {
    expect(checkResidentId(id, TODAY)).toMatchObject({ ok: true, id })
  })

  test('a lowercase x and spaces are accepted, and the birth date is read', () => {
    expect(checkResidentId('110105 19491231 002x', TODAY)).toEqual({
      ok: true,
      id: '11010519491231002X',
      birthDate: '1949-12-31',
    })
  })

  test.each(STANDARD_IDS)('every single-character corruption of %s is refused', (id) => {
    for (let position = 0; position < 18; position += 1) {
      for (const char of '0123456789X') {
        if (char === id[position] || (char === 'X' && position < 17)) continue
        const corrupted = id.slice(0, position) + char + id.slice(position + 1)
        expect([corrupted, checkResidentId(corrupted, TODAY).ok]).toEqual([corrupted, false])
      }
    }
  })

  test.each(STANDARD_IDS)('every swap of two neighbouring different characters of %s is refused', (id) => {
    for (let i = 0; i < 17; i += 1) {
      if (id[i] === id[i + 1]) continue
      const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2)
      expect([swapped, checkResidentId(swapped, TODAY).ok]).toEqual([swapped, false])
    }
  })

  test.each([
    ['', 'length'],
    ['11010519491231002', 'length'],
    ['11010519491231002X1', 'length'],
    ['1101051949123100XX', 'characters'],
    ['11010519491231OO2X', 'characters'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'characters'],
    [withCheck('99010519491231002'), 'region'],
    [withCheck('00010519491231002'), 'region'],
    [withCheck('11010519900230002'), 'birth-date'],
    [withCheck('11010519901301002'), 'birth-date'],
    [withCheck('11010519000229002'), 'birth-date'],
    [withCheck('11010517991231002'), 'birth-date'],
    [withCheck('11010520261124002'), 'birth-date'],
    ['110105194912310021', 'check-digit'],
  ])('%s is refused for its %s', (input, problem) => {
    expect(checkResidentId(input, TODAY)).toEqual({ ok: false, problem })
  })

  test('real leap days and today are fine', () => {
    expect(checkResidentId(withCheck('11010520000229002'), TODAY).ok).toBe(true)
    expect(checkResidentId(withCheck('11010520261123002'), TODAY).ok).toBe(true)
  })

  test('displayed masked: first four and last four', () => {
    expect(maskResidentId('310101199001011234')).toBe('3101**********1234')
    expect(maskResidentId('123')).toBe('***')
  })
})

describe('unified social credit codes (GB 32100)', () => {
  test.each(VALID_CODES)('%s is valid, in any case and with spaces', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true, code })
    expect(checkCreditCode(` ${code.toLowerCase().replace(/(.{6})/, '$1 ')}`)).toEqual({ ok: true, code })
  })

  test.each(VALID_CODES)('every single-character corruption of %s is refused', (code) => {
    for (let position = 0; position < 18; position += 1) {
      for (const char of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
        if (char === code[position]) continue
        const corrupted = code.slice(0, position) + char + code.slice(position + 1)
        expect([corrupted, checkCreditCode(corrupted).ok]).toEqual([corrupted, false])
      }
    }
  })

  test.each(VALID_CODES)('every swap of two neighbouring different characters of %s is refused', (code) => {
    for (let i = 0; i < 17; i += 1) {
      if (code[i] === code[i + 1]) continue
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)
      expect([swapped, checkCreditCode(swapped).ok]).toEqual([swapped, false])
    }
  })

  test.each([
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100I000100Y43', 'characters'],
    ['91350100O000100Y43', 'characters'],
    ['9135010-M000100Y43', 'characters'],
    ['91350100M000100Y44', 'check-character'],
  ])('%s is refused for its %s', (input, problem) => {
    expect(checkCreditCode(input)).toEqual({ ok: false, problem })
  })
})

describe('mainland mobile numbers', () => {
  test.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['1381234567', null],
    ['138123456789', null],
    ['23812345678', null],
    ['12812345678', null],
    ['1381234567a', null],
    ['', null],
  ])('%j → %j', (input, normalized) => {
    expect(normalizeMobile(input)).toBe(normalized)
  })

  test('displayed masked', () => {
    expect(maskMobile('13812345678')).toBe('138****5678')
    expect(maskMobile('12345')).toBe('*****')
  })
})
