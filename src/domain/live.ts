import { z } from 'zod';
import { applyOrder } from './operations';
import { ChangedBySchema, ITEM_KINDS, SECTION_KEYS, StoredItemSchema, Timestamp, Workspace } from './strategy';
import type { ChangedBy, ItemKind, SectionKey, StoredItem, StoredSection, Strategy } from './strategy';

// Live updates. Every write to a workspace is recorded as an event, numbered in the order
// the writes were stored; the server streams them (server-sent events) to every member
// with the workspace open, and a reconnecting client asks for those after the last it has.
// The client applies each to its copy of the strategy with `applyLiveChange`.
//
//   GET /api/workspaces/:id/live?since=<seq>&tab=<id>   text/event-stream
//       event: change     id: <seq>   data: LiveEvent
//       event: presence               data: PresenceEntry[]
//       event: reset                  data: {}   (too much was missed: fetch the strategy again)
//   PUT /api/workspaces/:id/presence   PresenceBody -> 204

export type LiveChange =
  | { type: 'item'; item: StoredItem }
  | { type: 'itemDeleted'; kind: ItemKind; id: string }
  | { type: 'order'; kind: ItemKind; ids: string[] }
  | { type: 'section'; key: SectionKey; section: StoredSection }
  | { type: 'workspace'; workspace: Strategy['workspace'] }
  /** The workflow's history or versions changed (a step, a named version): read them again. */
  | { type: 'workflow' }
  /** A comment was written, changed, removed, or its thread resolved or reopened: read them again. */
  | { type: 'comments' }
  /** An idea was proposed, changed, voted on, decided or removed: read the board again. */
  | { type: 'ideas' };

export type LiveEvent = { seq: number; at: string; by: ChangedBy; change: LiveChange };

const kind = z.enum(ITEM_KINDS as [ItemKind, ...ItemKind[]]);
export const LiveEventSchema = z.object({
  seq: z.number().int().min(0),
  at: Timestamp,
  by: ChangedBySchema,
  change: z.discriminatedUnion('type', [
    z.object({ type: z.literal('item'), item: StoredItemSchema }),
    z.object({ type: z.literal('itemDeleted'), kind, id: z.string() }),
    z.object({ type: z.literal('order'), kind, ids: z.array(z.string()) }),
    z.object({
      type: z.literal('section'),
      key: z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]]),
      section: z.object({
        version: z.number().int(),
        updatedAt: Timestamp.nullable(),
        updatedBy: ChangedBySchema.optional(),
        data: z.unknown(),
      }),
    }),
    z.object({ type: z.literal('workspace'), workspace: Workspace }),
    z.object({ type: z.literal('workflow') }),
    z.object({ type: z.literal('comments') }),
    z.object({ type: z.literal('ideas') }),
  ]),
}) as unknown as z.ZodType<LiveEvent>;

/** Who has the workspace open, where, and which item they are editing. One per browser tab. */
export type PresenceEntry = {
  tab: string;
  userId: string;
  name: string;
  step: string | null;
  /** The item (or section key) whose form has focus. */
  editing: string | null;
};
export const PresenceSchema = z.array(
  z.object({
    tab: z.string(),
    userId: z.string(),
    name: z.string(),
    step: z.string().nullable(),
    editing: z.string().nullable(),
  }),
);

const shortId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export const PresenceBody = z.strictObject({
  tab: shortId,
  step: z.string().max(40).nullable(),
  editing: z.string().max(64).nullable(),
});
export type PresenceBody = z.infer<typeof PresenceBody>;

/** How long a tab counts as present without a sign of life (its stream, or its server's refresh). */
export const PRESENCE_TTL_MS = 30_000;

/**
 * A copy of the strategy with one live change applied; the same copy when it holds that
 * change already (or a newer one), so that one's own saves coming back change nothing. Pure.
 */
export function applyLiveChange(s: Strategy, event: LiveEvent): Strategy {
  const next = applyChange(s, event.change);
  const seq = Math.max(s.seq ?? 0, event.seq);
  return next === s && seq === s.seq ? s : { ...next, seq };
}

function applyChange(s: Strategy, change: LiveChange): Strategy {
  switch (change.type) {
    case 'item': {
      const item = change.item;
      const list = s.items[item.kind] as StoredItem[];
      const at = list.findIndex((i) => i.id === item.id);
      if (at >= 0 && (list[at] as StoredItem).version >= item.version) return s;
      const next = at >= 0 ? list.map((i) => (i.id === item.id ? item : i)) : insertAt(list, item);
      return { ...s, items: { ...s.items, [item.kind]: next } };
    }
    case 'itemDeleted': {
      const list = s.items[change.kind] as StoredItem[];
      if (!list.some((i) => i.id === change.id)) return s;
      const next = list.filter((i) => i.id !== change.id).map((i, position) => ({ ...i, position }));
      return { ...s, items: { ...s.items, [change.kind]: next } };
    }
    case 'order': {
      const list = s.items[change.kind] as StoredItem[];
      const next = applyOrder(list, change.ids).map((i, position) =>
        i.position === position ? i : { ...i, position },
      );
      if (next.every((i, n) => i === list[n])) return s;
      return { ...s, items: { ...s.items, [change.kind]: next } };
    }
    case 'section': {
      const current = s.sections[change.key];
      if (current.version >= change.section.version) return s;
      return { ...s, sections: { ...s.sections, [change.key]: change.section } };
    }
    case 'workspace':
      return { ...s, workspace: change.workspace };
    case 'workflow':
    case 'comments':
    case 'ideas':
      return s;
  }
}

/** A new item at its stored position: others after it move down one. */
function insertAt(list: StoredItem[], item: StoredItem): StoredItem[] {
  const next = [...list];
  next.splice(Math.min(item.position, list.length), 0, item);
  return next.map((i, position) => (i.position === position ? i : { ...i, position }));
}
