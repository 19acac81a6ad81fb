import type { Context } from 'hono';
import { putSectionBody, SECTION_SCHEMAS, SectionResponse } from '@/domain';
import type { AppEnv } from '../../http/env';
import { workspaceParam } from '../../auth/guard';
import { readBody, sectionKeyParam } from '../../http/request';
import { writeAs } from '../../http/write';
import { putSection } from '../../store/sections';

type C = Context<AppEnv>;

/** The whole section (`data`, `version`) or its changed fields (`changes`, `base`): 409 names the fields in conflict. */
export async function put(c: C) {
  const { id } = await workspaceParam(c, 'workspace.edit');
  const key = sectionKeyParam(c);
  const body = await readBody(c, putSectionBody(key));
  const section = await writeAs(c, id, (w) => putSection(w, key, body));
  return c.json(SectionResponse.extend({ data: SECTION_SCHEMAS[key] }).parse(section));
}
