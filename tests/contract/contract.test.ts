import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../../server/test/backends';
import { CONTRACT_CASES } from './contract-cases';
import type { Target } from './contract';
import { runScenario } from './run';
import type { Answer } from './run';
import { mockTarget, serverTarget } from './targets';

// The MSW mocks answer component tests and the serverless demo; the server answers the
// product. Both must keep one contract: every case passes on each, and the two give the
// same answers, error for error, field for field.

const mock = mockTarget();
const servers = BACKENDS.map(serverTarget);
const reachable = [mock, ...servers.filter((s) => !s.skipReason)];

beforeAll(async () => {
  for (const target of reachable) await target.open();
});
afterAll(async () => {
  for (const target of reachable) await target.close();
});

describe.each(CONTRACT_CASES)('$name', (scenario) => {
  const transcripts = new Map<Target, Answer[]>();

  for (const target of [...servers, mock]) {
    const title = target.skipReason
      ? `is answered as the contract says by ${target.name} (skipped: ${target.skipReason})`
      : `is answered as the contract says by ${target.name}`;
    it.skipIf(!!target.skipReason)(title, async () => {
      await target.reset();
      transcripts.set(target, await runScenario(target, scenario));
    });
  }

  it('is answered by the mocks exactly as by the server', () => {
    const ours = transcripts.get(mock);
    const theirs = servers.map((s) => transcripts.get(s)).filter((t): t is Answer[] => t !== undefined);
    expect(ours, 'the mocks ran every step').toBeDefined();
    expect(theirs.length, 'a server ran every step').toBeGreaterThan(0);
    for (const server of theirs) {
      server.forEach((answer, i) => expect(ours?.[i], answer.step).toEqual(answer));
      expect(ours).toHaveLength(server.length);
    }
  });
});
