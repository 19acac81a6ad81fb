import type { Context } from 'hono';
import { z } from 'zod';
import { can } from '@/domain';
import { Dashboard, EnrolledTown, EnrolTownBody, Programme, ProgrammeBody } from '@/domain/programmes';
import type { Programme as ProgrammeType } from '@/domain/programmes';
import { checkIdParam, checkProgrammeAccess, unknownProgramme } from '@/domain/store-rules';
import { audit } from '../../audit';
import { requireAuth, requireSystem } from '../../auth/guard';
import type { Auth } from '../../http/env';
import { ApiError, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import {
  coordinatesProgramme,
  createProgramme,
  enrolNewTown,
  getProgramme,
  listProgrammes,
  readDashboard,
  updateProgramme,
} from '../../store/programmes';
import { nowIso } from '../../store/time';

type C = Context<AppEnv>;

/**
 * The programme of the `:programmeId` parameter, if the signed-in person may take `action` in
 * it. A programme they do not coordinate (and cannot manage) answers 404, as one that does not exist.
 */
async function programmeParam(
  c: C,
  action: 'read' | 'enrol' | 'manage',
): Promise<{ programme: ProgrammeType; auth: Auth }> {
  const auth = requireAuth(c);
  const id = orThrow(checkIdParam(c.req.param('programmeId'), 'Programme'));
  const programme = await getProgramme(c.var.db, id);
  if (!programme) throw ApiError.from(unknownProgramme());
  orThrow(checkProgrammeAccess(auth.principal, await coordinatesProgramme(c.var.db, id, auth.user.id), action));
  return { programme, auth };
}

/** The programmes a coordinator coordinates; administrators see every programme. */
export async function list(c: C) {
  const { user, principal } = requireAuth(c);
  const all = can(principal, 'programmes.manage', { kind: 'system' });
  return c.json(z.array(Programme).parse(await listProgrammes(c.var.db, user.id, all)));
}

export async function create(c: C) {
  const auth = requireSystem(c, 'programmes.manage');
  const body = await readBody(c, ProgrammeBody);
  const programme = await c.var.db.transaction(async (tx) => {
    const created = await createProgramme(tx, body, nowIso());
    await audit(tx, {
      action: 'programme-created',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: created.name,
      ip: c.var.ip,
    });
    return created;
  });
  return c.json(Programme.parse(programme), 201);
}

export async function read(c: C) {
  const { programme } = await programmeParam(c, 'read');
  return c.json(Programme.parse(programme));
}

export async function update(c: C) {
  const { programme, auth } = await programmeParam(c, 'manage');
  const body = await readBody(c, ProgrammeBody);
  const changed = await c.var.db.transaction(async (tx) => {
    const updated = await updateProgramme(tx, programme.id, body, nowIso());
    await audit(tx, {
      action: 'programme-changed',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      target: updated.name,
      ip: c.var.ip,
    });
    return updated;
  });
  return c.json(Programme.parse(changed));
}

/** Every town of the programme with where it stands, computed by the wizard's own rules. */
export async function dashboard(c: C) {
  const { programme } = await programmeParam(c, 'read');
  const answer = await c.var.db.transaction((tx) => readDashboard(tx, programme, new Date()));
  return c.json(Dashboard.parse(answer));
}

/** A new town: its workspace in the programme, and the link that makes its lead. */
export async function enrol(c: C) {
  const { programme, auth } = await programmeParam(c, 'enrol');
  const body = await readBody(c, EnrolTownBody);
  const enrolled = await c.var.db.transaction(async (tx) => {
    const town = await enrolNewTown(tx, programme, body, auth.user.id, new Date());
    await audit(tx, {
      action: 'town-enrolled',
      actorId: auth.user.id,
      actorEmail: auth.user.email,
      workspaceId: town.workspace.id,
      target: programme.name,
      ip: c.var.ip,
    });
    return town;
  });
  return c.json(EnrolledTown.parse(enrolled), 201);
}
