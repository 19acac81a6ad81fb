import { expect } from 'vitest';
import type { Call, Scenario, Target } from './contract';

// Runs a scenario's steps on one target, checking each answer against the case, and
// returns a transcript of every answer in which only what legitimately differs between
// targets (generated ids, timestamps, the download date) is replaced by placeholders, so
// that two targets' transcripts can be compared whole.

export type Answer = { step: string; status: number; body: unknown; disposition?: string };

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const isMatcher = (v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { asymmetricMatch?: unknown }).asymmetricMatch === 'function';

/** Replaces `{name}` in every string of `value` by the saved id. */
function fill(value: unknown, saved: Map<string, string>): unknown {
  if (typeof value === 'string') return value.replace(/\{(\w+)\}/g, (m, name: string) => saved.get(name) ?? m);
  if (Array.isArray(value)) return value.map((v) => fill(v, saved));
  if (typeof value === 'object' && value !== null && !isMatcher(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, saved)]));
  }
  return value;
}

async function read(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function check(call: Call, answer: Answer, target: string) {
  const where = `${target}: ${call.name} (${call.method} ${call.path})`;
  const body = answer.body as { error?: unknown; current?: unknown } | undefined;
  expect({ status: answer.status, error: body?.error }, where).toMatchObject({ status: call.status });
  if (call.status === 204) expect(answer.body, where).toBeUndefined();
  if (call.status >= 400) {
    expect(call.error, `${where}: a refusal case names its error`).toBeDefined();
    expect(body?.error, where).toEqual(call.error);
  }
  if (call.current !== undefined) expect(body?.current, where).toEqual(call.current);
  if (call.shape !== undefined) expect(answer.body, where).toEqual(call.shape);
  if (call.disposition !== undefined) expect(answer.disposition, where).toEqual(call.disposition);
}

export async function runScenario(target: Target, scenario: Scenario): Promise<Answer[]> {
  const saved = new Map<string, string>();
  const answers: Answer[] = [];
  for (const step of scenario.steps) {
    if ('arrange' in step) {
      if (step.arrange === 'workspaces') await target.fillWorkspaces(step.count);
      if (step.arrange === 'items')
        await target.fillItems(fill(step.workspace, saved) as string, step.kind, step.count);
      if (step.arrange === 'storedRows') await target.loadRows(step.rows);
      if (step.arrange === 'nextMillisecond') {
        const start = Date.now();
        while (Date.now() === start) {
          /* the clock moves on within a millisecond */
        }
      }
      continue;
    }
    const [path, body] = [fill(step.path, saved) as string, fill(step.body, saved)];
    const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body);
    const response = await target.send(step.method, path, payload, step.contentType);
    const disposition = response.headers.get('content-disposition') ?? undefined;
    const answer: Answer = { step: step.name, status: response.status, body: await read(response), disposition };
    // Saved first: the shape of the answer that creates `{ws}` names `{ws}`.
    if (step.save) saved.set(step.save, (answer.body as { id: string }).id);
    check(fill(step, saved) as Call, answer, target.name);
    answers.push(answer);
  }
  return normalize(answers);
}

/**
 * Ids are numbered in order of first appearance (object keys visited sorted, so key order
 * does not matter), timestamps become `<time>`, a strategy's event number `<seq>`, and the
 * date in a download's file name `<date>`.
 */
function normalize(answers: Answer[]): Answer[] {
  const ids = new Map<string, string>();
  const text = (s: string) =>
    TIMESTAMP.test(s)
      ? '<time>'
      : s.replace(UUID, (id) => {
          const key = id.toLowerCase();
          if (!ids.has(key)) ids.set(key, `<id ${ids.size + 1}>`);
          return ids.get(key) as string;
        });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      // The number of the last live event counts every change on that target: only its presence is compared.
      // So does a number that counts rows across workspaces (a workflow entry's id).
      return Object.fromEntries(
        entries.map(([k, v]) => [k, (k === 'seq' || k === 'id') && typeof v === 'number' ? `<${k}>` : walk(v)]),
      );
    }
    return value;
  };
  return answers.map((a) => ({
    ...a,
    body: walk(a.body),
    ...(a.disposition ? { disposition: a.disposition.replace(/\d{4}-\d{2}-\d{2}/g, '<date>') } : {}),
  }));
}
