/**
 * The letter journey's steps, on whichever build the phone has open: the mock build's full journey
 * (journeys.test.mjs: the city answers a month on, the citizen rates the reply) and the HTTP-mode
 * build's run against the reference server (http-mode.test.mjs: the case must reach the server) both
 * file their letter with these.
 */
import assert from 'node:assert/strict'
import { current, field, scrollPage, shot, shown } from './support.mjs'

export const CHANNEL = '12345市民服务热线网上信箱'
const CONSENT = '我已阅读并同意《个人信息处理说明》'

export const LETTER = {
  title: '小区电梯经常停运',
  description: '我住的小区3号楼电梯近一个月多次停运，老人上下楼非常困难，希望督促物业尽快维修。',
  contactName: '张先生',
  mobile: '13800138000',
  masked: '已填写 138****8000',
}

/**
 * The steps on `page`. `scan` is an accessibilityScanner's; screenshots are named `<shotPrefix>letters-…`,
 * so that two builds' runs do not overwrite each other's.
 */
export function letterSteps(page, { scan, shotPrefix = '' }) {
  const radio = (name) => current(page).getByRole('radio', { name, exact: true })
  const chosen = (name) => current(page).locator(`[role="radio"][aria-label="${name}"][aria-checked="true"]`)
  const heading = () => current(page).getByRole('heading', { name: CHANNEL }).waitFor({ timeout: 15000 })

  async function choose(name) {
    await radio(name).click()
    await chosen(name).waitFor()
  }

  /** Fills the whole form; with `reload`, reloads before the consent and checks the draft came back. */
  async function writeLetter({ reload }) {
    await choose('求助')
    await choose('住房物业')
    await field(page, '标题').fill(LETTER.title)
    await field(page, '详细描述').fill(LETTER.description)
    await field(page, '联系人姓名').fill(LETTER.contactName)
    await field(page, '手机号码').fill(LETTER.mobile)
    // Leaving the number masks it, so it is not on screen for anyone looking over a shoulder.
    await field(page, '联系人姓名').click()
    await current(page).getByText(LETTER.masked).waitFor()
    if (reload) {
      await page.reload()
      await heading()
      await current(page).getByText('已恢复您上次未提交的内容').waitFor()
      await chosen('求助').waitFor()
      await chosen('住房物业').waitFor()
      assert.equal(await field(page, '标题').inputValue(), LETTER.title)
      assert.equal(await field(page, '详细描述').inputValue(), LETTER.description)
      assert.equal(await field(page, '联系人姓名').inputValue(), LETTER.contactName)
      await current(page).getByText(LETTER.masked).waitFor()
      await current(page).getByRole('button', { name: '修改', exact: true }).click()
      assert.equal(await field(page, '手机号码').inputValue(), LETTER.mobile)
      await field(page, '联系人姓名').click()
      await current(page).getByText(LETTER.masked).waitFor()
    }
    const send = current(page).locator('.letter-form__send-button')
    assert.match(await send.innerText(), /^还需填写：同意个人信息处理说明$/)
    await current(page).getByRole('checkbox', { name: CONSENT }).click()
    await current(page).getByRole('checkbox', { name: CONSENT, checked: true }).waitFor()
    assert.equal(await send.innerText(), '提交信件')
  }

  return {
    choose,

    /**
     * From the Interact tab: opens the channel's form, writes the letter and submits it; ends on the
     * tracking page with the receipt, and returns the case number. The `first` letter of a journey
     * also reloads half-way (the draft must come back), is scanned and leaves screenshots.
     */
    async fileLetter({ first }) {
      await current(page)
        .getByRole('link', { name: new RegExp(`^${CHANNEL}`) })
        .click()
      await heading()
      if (first) await scan('letter form, empty')
      await writeLetter({ reload: first })
      if (first) {
        await scan('letter form, filled')
        await scrollPage(page, 0)
        await shot(page, `${shotPrefix}letters-form-filled`)
        await scrollPage(page, 100000)
        await shot(page, `${shotPrefix}letters-form-filled-end`)
      }
      await current(page).getByRole('button', { name: '提交信件' }).click()

      // The form replaces itself with the tracking page, which opens with the receipt.
      const caseNumber = (await (await shown(page, '.receipt__number')).innerText()).trim()
      assert.match(caseNumber, /^SH-\d{8}-\d{6}$/)
      assert.match(await current(page).locator('.receipt__title').innerText(), /信件已提交/)
      await current(page).locator('.case-state', { hasText: '待受理' }).waitFor()
      if (first) {
        await scan('receipt and tracking')
        await shot(page, `${shotPrefix}letters-receipt`)
      }
      return caseNumber
    },

    /**
     * From the tracking page that filing ends on: back past the replaced form to the Interact tab,
     * then My letters. Returns the case's row and the state it shows.
     */
    async findInMyLetters(caseNumber) {
      await page.goBack()
      await current(page).getByRole('link', { name: '我的信件' }).click()
      const row = current(page).locator('.case-row', { hasText: caseNumber })
      await row.waitFor({ timeout: 15000 })
      // My letters asks the service about every open case on show; its note goes once all are in.
      await current(page).locator('.refresh-note').waitFor({ state: 'detached', timeout: 15000 })
      const state = (await row.locator('.case-state').first().innerText()).trim()
      return { row, state }
    },
  }
}
