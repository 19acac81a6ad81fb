import { changedFields, ItemResponse, pick, SectionResponse } from '@/domain';
import type { Fields, ItemKind, Operation, StoredItem } from '@/domain';
import { api } from '@/lib/api-client';

// One request per queued operation. The server answers each with the stored record,
// which replaces the snapshot's copy (and gives the next base version).

export type SendResult =
  | { type: 'section'; version: number; updatedAt: string | null; updatedBy?: StoredItem['updatedBy']; data: unknown }
  | { type: 'item'; item: StoredItem }
  | { type: 'none' };

/**
 * A record edit's body: its changed fields, each with the value it was based on (less those
 * in `exclude`, which wait for the person's choice), and texts set aside; or, from an older
 * release's queue, the whole record with its version.
 */
export function recordBody(
  op: { data: unknown; base?: Fields; baseVersion?: number; setAside?: Fields },
  exclude: readonly string[],
) {
  if (op.base) {
    const fields = changedFields(op.data as Fields, op.base).filter((f) => !exclude.includes(f));
    const setAside = op.setAside && Object.keys(op.setAside).length > 0 ? { setAside: op.setAside } : {};
    return { changes: pick(op.data as Fields, fields), base: pick(op.base, fields), ...setAside };
  }
  return op.baseVersion === undefined ? { data: op.data } : { data: op.data, version: op.baseVersion };
}

export async function sendOperation(
  workspaceId: string,
  op: Operation,
  exclude: readonly string[] = [],
): Promise<SendResult> {
  const base = `/workspaces/${workspaceId}`;
  switch (op.type) {
    case 'putSection': {
      const body = recordBody(op, exclude);
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
      const body = recordBody(op, exclude);
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
