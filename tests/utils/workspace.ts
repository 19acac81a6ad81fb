import { sampleOperations } from '@/domain';
import type { Operation, Strategy } from '@/domain';
import { mockStore } from '../../mocks/node';

/** A workspace in the mock server, empty or with the sample content, for a test to open. */
export function givenWorkspace(options: { sample?: boolean; ops?: Operation[]; name?: string } = {}) {
  const ops = [...(options.sample ? sampleOperations(() => crypto.randomUUID()) : []), ...(options.ops ?? [])];
  return mockStore.current.create(options.name ?? 'Test town strategy', ops);
}

/** What the mock server has stored now. */
export function stored(workspaceId: string): Strategy {
  const s = mockStore.current.get(workspaceId);
  if (!s) throw new Error('no such workspace');
  return s;
}
