import type { LetterSubmission } from '../../src/services/letters/letters-schemas'

/** A complete letter to Shanghai's 12345 mailbox about a bus stop, for tests that need one filed. */
export const SAMPLE_LETTER: LetterSubmission = {
  channelId: 'hotline-12345',
  type: 'complaint',
  categoryId: 'transport',
  departmentId: 'transport',
  title: '公交站台遮雨棚破损无人维修',
  description: '漕溪北路公交站台的遮雨棚破了一个大洞，下雨天候车乘客全身淋湿，已经一个月没人维修。',
  photos: [],
  contactName: '王女士',
  mobile: '13812345678',
  isPublic: true,
  anonymous: false,
  consent: true,
}
