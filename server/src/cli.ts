/**
 * `npm run staff -- <command> …`: a case worker's terminal for the reference server's staff endpoints
 * (routes/staff.ts): the queue of open cases, a case's handling steps, a question's public answer and a
 * consultation's feedback. SERVER_URL and STAFF_TOKEN come from the environment.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import type { Consultation } from '../../src/services/consultations/consultations-schemas'
import type { Case } from '../../src/services/letters/letters-schemas'
import type { Question } from '../../src/services/questions/questions-schemas'

const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787'

export interface StaffCliIo {
  stdout: Pick<NodeJS.WritableStream, 'write'>
  stderr: Pick<NodeJS.WritableStream, 'write'>
  /** Read only by `feedback … -`. */
  stdin: AsyncIterable<string | Buffer>
}

type Options = Record<string, string | undefined>

interface StaffRequest {
  method: 'GET' | 'POST'
  path: string
  body?: unknown
}

interface Command {
  /** Its arguments, as the usage shows them. */
  usage: string
  /** How many positional arguments it takes, the city first. */
  arity: number
  /** Its `--options`, each taking a value; `true`: required. */
  options: Record<string, boolean>
  request(args: string[], options: Options, io: StaffCliIo): StaffRequest | Promise<StaffRequest>
  /** What the server answered, in a line (the queue: a line a case). */
  summary(answer: unknown): string
}

/** Bad usage: exit 2 with the usage, never a request. */
class UsageError extends Error {}

const segment = encodeURIComponent

function wholeNumber(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} must be a whole number, not "${text}"`)
  return Number(text)
}

const caseLine = (c: Case) => `${c.caseNumber} ${c.state}, due ${c.due}${c.department ? `, ${c.department}` : ''}`

/** One handling step on a case: `POST /staff/cities/:city/letters/:caseNumber/:action`. */
function caseStep(
  action: string,
  {
    usage = '',
    arity = 0,
    options = {},
    body = () => ({}),
  }: {
    usage?: string
    arity?: number
    options?: Record<string, boolean>
    body?: (args: string[], options: Options) => object
  } = {},
): Command {
  return {
    usage: `<city> <caseNumber>${usage ? ` ${usage}` : ''}`,
    arity: 2 + arity,
    options,
    request: ([city, caseNumber, ...rest], values) => ({
      method: 'POST',
      path: `/staff/cities/${segment(city)}/letters/${segment(caseNumber)}/${action}`,
      body: body(rest, values),
    }),
    summary: (answer) => caseLine(answer as Case),
  }
}

async function readAll(stream: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

export const STAFF_COMMANDS: Record<string, Command> = {
  queue: {
    usage: '<city>',
    arity: 1,
    options: {},
    request: ([city]) => ({ method: 'GET', path: `/staff/cities/${segment(city)}/letters` }),
    // Tab-separated, so `cut -f` can take a column; the title last, as it may hold spaces.
    summary: (answer) => {
      const { items } = answer as { items: Omit<Case, 'timeline' | 'description'>[] }
      if (items.length === 0) return 'No open cases.'
      return items.map((c) => [c.caseNumber, c.state, c.due, c.department ?? '-', c.title].join('\t')).join('\n')
    },
  },
  accept: caseStep('accept'),
  reject: caseStep('reject', {
    usage: '--reason "…" --right-channel "…"',
    options: { reason: true, 'right-channel': true },
    body: (_, o) => ({ reason: o.reason, rightChannel: o['right-channel'] }),
  }),
  assign: caseStep('assign', { usage: '<departmentId>', arity: 1, body: ([departmentId]) => ({ departmentId }) }),
  reassign: caseStep('reassign', {
    usage: '<departmentId> --reason "…"',
    arity: 1,
    options: { reason: true },
    body: ([departmentId], o) => ({ departmentId, reason: o.reason }),
  }),
  start: caseStep('start'),
  extend: caseStep('extend', {
    usage: '<workingDays> --reason "…"',
    arity: 1,
    options: { reason: true },
    body: ([days], o) => ({ workingDays: wholeNumber(days, 'workingDays'), reason: o.reason }),
  }),
  reply: caseStep('reply', { usage: '"reply text"', arity: 1, body: ([reply]) => ({ reply }) }),
  close: caseStep('close'),
  answer: {
    usage: '<city> <questionId> "reply text" [--department <id>] [--topic <id>]',
    arity: 3,
    options: { department: false, topic: false },
    request: ([city, id, reply], o) => ({
      method: 'POST',
      path: `/staff/cities/${segment(city)}/questions/${segment(id)}/answer`,
      body: { reply, departmentId: o.department, topicId: o.topic },
    }),
    summary: (answer) => {
      const q = answer as Question
      return `${q.id} ${q.state} by ${q.departmentId} (topic ${q.topicId})`
    },
  },
  feedback: {
    usage: '<city> <consultationId> <file.html|-> --adopted <N>',
    arity: 3,
    options: { adopted: true },
    request: async ([city, id, file], o, io) => {
      const adoptedCount = wholeNumber(o.adopted ?? '', '--adopted')
      const html = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8')
      return {
        method: 'POST',
        path: `/staff/cities/${segment(city)}/consultations/${segment(id)}/feedback`,
        body: { html, adoptedCount },
      }
    },
    summary: (answer) => {
      const c = answer as Consultation
      return `${c.id} feedback published ${c.feedback?.publishedAt}, ${c.feedback?.adoptedCount} comments adopted`
    },
  },
}

const USAGE = [
  'Usage: npm run staff -- <command> …',
  '',
  ...Object.entries(STAFF_COMMANDS).map(([name, command]) => `  ${name} ${command.usage}`),
  '  help',
  '',
  `Environment: SERVER_URL (default ${DEFAULT_SERVER_URL}), STAFF_TOKEN (the server's, required).`,
  '',
].join('\n')

function parse(name: string, command: Command, args: string[]) {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: Object.fromEntries(Object.keys(command.options).map((option) => [option, { type: 'string' as const }])),
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    // parseArgs says what was wrong (an unknown option, one without its value) in a TypeError.
    throw new UsageError(`${name}: ${(error as Error).message}`)
  }
  if (parsed.positionals.length !== command.arity) throw new UsageError(`${name} takes ${command.usage}`)
  for (const [option, required] of Object.entries(command.options)) {
    if (required && parsed.values[option] === undefined) throw new UsageError(`${name} needs --${option}`)
  }
  return { positionals: parsed.positionals, values: parsed.values as Options }
}

/** Runs one command; the exit code: 0 done, 1 the server (or the network, or a file) said no, 2 bad usage. */
export async function runStaffCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: StaffCliIo,
): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE)
    return 0
  }
  const command = Object.keys(STAFF_COMMANDS).includes(name) ? STAFF_COMMANDS[name] : undefined
  let request: StaffRequest
  try {
    if (!command) throw new UsageError(`No command "${name}"`)
    const { positionals, values } = parse(name, command, args)
    request = await command.request(positionals, values, io)
  } catch (error) {
    if (!(error instanceof UsageError)) {
      io.stderr.write(`error: ${(error as Error).message}\n`)
      return 1
    }
    io.stderr.write(`${error.message}\n\n${USAGE}`)
    return 2
  }

  const token = env.STAFF_TOKEN
  if (!token) {
    io.stderr.write("STAFF_TOKEN is not set: export the server's staff token (the STAFF_TOKEN it was started with).\n")
    return 2
  }
  const baseUrl = (env.SERVER_URL || DEFAULT_SERVER_URL).replace(/\/+$/, '')
  let response: Response
  try {
    response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    })
  } catch (error) {
    // fetch says only "fetch failed"; the cause names it (ECONNREFUSED: no server there).
    const cause = (error as Error & { cause?: Error & { code?: string } }).cause
    io.stderr.write(`error: cannot reach ${baseUrl}: ${cause?.code ?? cause?.message ?? (error as Error).message}\n`)
    return 1
  }
  const answer: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const problem = (answer as { error?: { code?: string; message?: string } } | undefined)?.error
    io.stderr.write(`error ${response.status} ${problem?.code ?? 'http'}: ${problem?.message ?? response.statusText}\n`)
    return 1
  }
  io.stdout.write(`${command!.summary(answer)}\n`)
  return 0
}

if (require.main === module) {
  void runStaffCli(process.argv.slice(2), process.env, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  }).then((code) => {
    process.exitCode = code
  })
}
