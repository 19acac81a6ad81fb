import { ItemResponse, SectionResponse } from '@/domain';
import type { ItemKind, Operation, StoredItem } from '@/domain';
import { api } from '@/lib/api-client';

// One request per queued operation. The server answers each with the stored record,
// which replaces the snapshot's copy (and gives the next base version).

export type SendResult =
  | { type: 'section'; version: number; updatedAt: string | null; data: unknown }
  | { type: 'item'; item: StoredItem }
  | { type: 'none' };

export async function sendOperation(workspaceId: string, op: Operation): Promise<SendResult> {
  const base = `/workspaces/${workspaceId}`;
  switch (op.type) {
    case 'putSection': {
      const body = op.baseVersion === undefined ? { data: op.data } : { data: op.data, version: op.baseVersion };
      const res = await api(`${base}/sections/${op.key}`, SectionResponse, { method: 'PUT', body });
      return { type: 'section', ...res };
    }
    case 'createItem': {
      const body =
        op.position === undefined ? { id: op.id, data: op.data } : { id: op.id, data: op.data, position: op.position };
      const item = await api(`${base}/items/${op.kind}`, ItemResponse, { method: 'POST', body });
      return { type: 'item', item: item as StoredItem };
    }
    case 'updateItem': {
      const body = op.baseVersion === undefined ? { data: op.data } : { data: op.data, version: op.baseVersion };
      const item = await api(`${base}/items/${op.kind}/${op.id}`, ItemResponse, { method: 'PUT', body });
      return { type: 'item', item: item as StoredItem };
    }
    case 'deleteItem':
      await api(`${base}/items/${op.kind}/${op.id}`, null, { method: 'DELETE' });
      return { type: 'none' };
    case 'reorder':
      await api(`${base}/order/${op.kind satisfies ItemKind}`, null, { method: 'PUT', body: { ids: op.ids } });
      return { type: 'none' };
  }
}
