import type { Context } from 'hono';
import { putSectionBody, SECTION_SCHEMAS, SectionResponse } from '@/domain';
import type { AppEnv } from '../../http/env';
import { workspaceParam } from '../../auth/guard';
import { readBody, sectionKeyParam } from '../../http/request';
import { writeInWorkspace } from '../../store/operations';
import { putSection } from '../../store/sections';

type C = Context<AppEnv>;

export async function put(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const key = sectionKeyParam(c);
  const body = await readBody(c, putSectionBody(key));
  const section = await writeInWorkspace(c.var.db, id, (tx, now) =>
    putSection(tx, id, key, body.data, body.version, now),
  );
  return c.json(SectionResponse.extend({ data: SECTION_SCHEMAS[key] }).parse(section));
}
