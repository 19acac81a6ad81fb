import type { Context } from 'hono';
import { z } from 'zod';
import { StoredItemSchema } from '@/domain';
import { CopyPracticeBody, rankForTown, TownPractice } from '@/domain/good-practice';
import { checkIdParam } from '@/domain/store-rules';
import { workspaceParam } from '../../auth/guard';
import { notFound, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { writeAs } from '../../http/write';
import { copiesOf, copyPractice, listPractices, programmeOf } from '../../store/good-practice';
import { loadStrategy } from '../../store/strategy';

type C = Context<AppEnv>;

/** The good practice of the town's programme, what matches the town's needs first; none outside a programme. */
export async function library(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const ranked = await c.var.db.transaction(async (tx) => {
    const programmeId = await programmeOf(tx, id);
    if (!programmeId) return [];
    const strategy = await loadStrategy(tx, id);
    if (!strategy) throw notFound('Workspace not found');
    return rankForTown(await listPractices(tx, programmeId), strategy, await copiesOf(tx, id));
  });
  return c.json(z.array(TownPractice).parse(ranked));
}

/** Copies an entry into the town's plan: a new recommendation or action, linked to the entry. */
export async function copy(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const practiceId = orThrow(checkIdParam(c.req.param('practiceId'), 'Good practice'));
  const { id: itemId } = await readBody(c, CopyPracticeBody);
  const item = await writeAs(c, id, (w) => copyPractice(w, practiceId, itemId));
  return c.json(z.object({ item: StoredItemSchema }).parse({ item }), 201);
}
