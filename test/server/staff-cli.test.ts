/**
 * `npm run staff` (server/src/cli.ts) against the reference server: a case worker's steps reach the
 * server and come back as one line; the server's refusals and bad usage give the right exit codes.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { runStaffCli } from '../../server/src/cli'
import { SAMPLE_LETTER } from '../support/sample-letter'
import { startReferenceServer, TEST_STAFF_TOKEN, type ReferenceServer } from '../support/reference-server'

let server: ReferenceServer

/** Runs the CLI in-process, its output captured; `token: null` runs it without STAFF_TOKEN. */
async function staff(argv: string[], { token = TEST_STAFF_TOKEN as string | null, stdin = '' } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runStaffCli(
    argv,
    { SERVER_URL: server.baseUrl, ...(token === null ? {} : { STAFF_TOKEN: token }) },
    {
      stdout: { write: (text: string) => ((stdout += text), true) },
      stderr: { write: (text: string) => ((stderr += text), true) },
      stdin: Readable.from([stdin]),
    },
  )
  return { code, stdout, stderr }
}

async function post(path: string, body: unknown, key: string) {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  })
  expect(response.status).toBe(200)
  return response.json()
}

const fileLetter = async (key: string) =>
  ((await post('/cities/shanghai/letters', SAMPLE_LETTER, key)) as { caseNumber: string }).caseNumber

// Inside a describe, so the server closes before the file's shared database does (test/server/setup.ts).
describe('npm run staff', () => {
  beforeAll(async () => {
    // No simulated city: only the steps the CLI takes move a case.
    server = await startReferenceServer({ citySimulation: false })
  })
  afterAll(() => server.close())

  it('takes a letter from the queue through accept, assign, reply and close', async () => {
    const caseNumber = await fileLetter('cli-journey')

    const queue = await staff(['queue', 'shanghai'])
    expect(queue.code).toBe(0)
    const row = queue.stdout.split('\n').find((line) => line.startsWith(caseNumber))
    expect(row?.split('\t')).toEqual([
      caseNumber,
      'submitted',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      '-',
      SAMPLE_LETTER.title,
    ])

    expect(await staff(['accept', 'shanghai', caseNumber])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining(`${caseNumber} accepted`),
    })
    expect(await staff(['assign', 'shanghai', caseNumber, 'transport'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/assigned, due \S+, 上海市交通委员会/),
    })
    expect(await staff(['start', 'shanghai', caseNumber])).toMatchObject({ code: 0 })
    expect(await staff(['reply', 'shanghai', caseNumber, '遮雨棚已于本周修复，感谢您的反映。'])).toMatchObject({
      code: 0,
    })
    expect(await staff(['close', 'shanghai', caseNumber])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('closed'),
    })

    // What the citizen's tracking page reads now.
    const tracked = (await (await fetch(`${server.baseUrl}/cities/shanghai/letters/${caseNumber}`)).json()) as {
      state: string
      reply?: { text: string }
    }
    expect(tracked.state).toBe('closed')
    expect(JSON.stringify(tracked)).toContain('遮雨棚已于本周修复')
    expect((await staff(['queue', 'shanghai'])).stdout).not.toContain(caseNumber)
  })

  it('extends a deadline by working days, and refuses a count that is not a whole number before asking', async () => {
    const caseNumber = await fileLetter('cli-extend')
    await staff(['accept', 'shanghai', caseNumber])
    const before = (await staff(['assign', 'shanghai', caseNumber, 'housing'])).stdout.match(/due (\S+),/)?.[1]
    const extended = await staff(['extend', 'shanghai', caseNumber, '5', '--reason', '需现场勘查'])
    expect(extended.code).toBe(0)
    const after = extended.stdout.match(/due (\S+),/)?.[1]
    expect(before).toBeDefined()
    expect(after! > before!).toBe(true)

    const bad = await staff(['extend', 'shanghai', caseNumber, 'five', '--reason', '需现场勘查'])
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('workingDays must be a whole number') })
  })

  it('answers a waiting question in public', async () => {
    const asked = (await post(
      '/cities/shanghai/questions',
      {
        departmentId: null,
        title: '老年卡怎么办理？',
        body: '家里老人刚满 65 岁，请问在哪里办理老年综合津贴卡？',
        nickname: '',
        anonymous: false,
        consent: true,
      },
      'cli-question',
    )) as { id: string }
    const answered = await staff([
      'answer',
      'shanghai',
      asked.id,
      '可携带身份证到居住地街道社区事务受理服务中心办理。',
      '--department',
      'hrss',
    ])
    expect(answered).toMatchObject({ code: 0, stdout: `${asked.id} answered by hrss (topic other)\n` })
    // Twice is the server's 409, said in its own words.
    const again = await staff(['answer', 'shanghai', asked.id, '再次答复'])
    expect(again).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error 409 conflict: The question is answered already/),
    })
  })

  it('publishes a closed consultation’s feedback from a file or from stdin', async () => {
    const closed = (await (await fetch(`${server.baseUrl}/cities/shanghai/consultations?status=closed`)).json()) as {
      items: { id: string }[]
    }
    const id = closed.items[0].id
    const file = join(await mkdtemp(join(tmpdir(), 'staff-cli-')), 'feedback.html')
    await writeFile(file, '<p>共收到意见 120 条，采纳 18 条。</p><script>alert(1)</script>')
    const fromFile = await staff(['feedback', 'shanghai', id, file, '--adopted', '18'])
    expect(fromFile).toMatchObject({ code: 0, stdout: expect.stringContaining(`${id} feedback published`) })
    expect(fromFile.stdout).toContain('18 comments adopted')
    const stored = (await (await fetch(`${server.baseUrl}/cities/shanghai/consultations/${id}`)).json()) as {
      feedback: { html: string }
    }
    expect(stored.feedback.html).toContain('采纳 18 条')
    expect(stored.feedback.html).not.toContain('<script>')

    const fromStdin = await staff(['feedback', 'shanghai', id, '-', '--adopted', '20'], {
      stdin: '<p>更正：采纳 20 条。</p>',
    })
    expect(fromStdin).toMatchObject({ code: 0, stdout: expect.stringContaining('20 comments adopted') })
  })

  it('says the server’s no with exit 1: a wrong token, a step out of order, an unknown case', async () => {
    const caseNumber = await fileLetter('cli-refusals')
    expect(await staff(['accept', 'shanghai', caseNumber], { token: 'not-the-token' })).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error 403 /),
    })
    // Closing a case nobody has replied to is not a step the workflow allows.
    expect(await staff(['close', 'shanghai', caseNumber])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error 409 /),
    })
    expect(await staff(['accept', 'shanghai', 'SH-20260101-999999'])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^error 404 /),
    })
    expect(await staff(['queue', 'shanghai'], { token: null })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('STAFF_TOKEN'),
    })
  })

  it('says bad usage with exit 2 and the usage, without asking the server', async () => {
    for (const argv of [
      ['launch'],
      ['accept', 'shanghai'],
      ['reject', 'shanghai', 'SH-1', '--reason', '不属本渠道'],
      ['queue', 'shanghai', '--colour', 'red'],
    ]) {
      const answer = await staff(argv)
      expect(answer.code).toBe(2)
      expect(answer.stderr).toContain('Usage: npm run staff')
    }
    expect(await staff(['help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('reassign <city> <caseNumber> <departmentId>'),
    })
  })

  it('runs as a command: tsx server/src/cli.ts', async () => {
    const caseNumber = await fileLetter('cli-command')
    const { stdout } = await promisify(execFile)(
      join('node_modules', '.bin', 'tsx'),
      ['server/src/cli.ts', 'queue', 'shanghai'],
      {
        env: { ...process.env, SERVER_URL: server.baseUrl, STAFF_TOKEN: TEST_STAFF_TOKEN },
      },
    )
    expect(stdout).toContain(`${caseNumber}\tsubmitted`)
    const refused = promisify(execFile)(
      join('node_modules', '.bin', 'tsx'),
      ['server/src/cli.ts', 'accept', 'shanghai'],
      {
        env: { ...process.env, SERVER_URL: server.baseUrl, STAFF_TOKEN: TEST_STAFF_TOKEN },
      },
    )
    await expect(refused).rejects.toMatchObject({ code: 2 })
  })
})
