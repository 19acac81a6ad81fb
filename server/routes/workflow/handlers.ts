import type { Context } from 'hono';
import {
  actorsOf,
  StrategySchema,
  TransitionBody,
  VersionNameBody,
  VersionSummary,
  WORKFLOW_AUDIT,
  WorkflowEntry,
  WorkflowInfo,
  WorkflowStateSchema,
} from '@/domain';
import { checkIdParam, checkTransition } from '@/domain/store-rules';
import { z } from 'zod';
import { audit } from '../../audit';
import { workspaceParam } from '../../auth/guard';
import { notFound, orThrow } from '../../errors';
import type { AppEnv } from '../../http/env';
import { readBody } from '../../http/request';
import { writeAs } from '../../http/write';
import { keepVersion, readVersion, readWorkflow, takeStep } from '../../store/workflow';

type C = Context<AppEnv>;

/** The state, the steps taken and the versions kept: every member reads them. */
export async function read(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const info = await c.var.db.transaction((tx) => readWorkflow(tx, id));
  if (!info) throw notFound('Workspace not found');
  return c.json(WorkflowInfo.parse(info));
}

/**
 * A step of the workflow. Who may take which step is the domain's state machine: members by
 * their role, the programme's coordinator to return or accept a submission.
 */
export async function step(c: C) {
  const { id, auth, role, coordinates } = await workspaceParam(c, 'workspace.read');
  const body = await readBody(c, TransitionBody);
  const entry = await writeAs(
    c,
    id,
    async (w) => {
      const to = orThrow(checkTransition(w.state, body, actorsOf(role, coordinates)));
      const taken = await takeStep(w, { action: body.action, to, comment: body.comment });
      await audit(w.tx, {
        action: WORKFLOW_AUDIT[body.action],
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        workspaceId: id,
        target: `${taken.from} → ${taken.to}`,
        ip: c.var.ip,
      });
      return taken;
    },
    'alongside',
  );
  return c.json(z.object({ state: WorkflowStateSchema, entry: WorkflowEntry }).parse({ state: entry.to, entry }));
}

/** The lead keeps the content as it stands under a name of their choice. */
export async function nameVersion(c: C) {
  const { id, auth } = await workspaceParam(c, 'versions.name');
  const { name } = await readBody(c, VersionNameBody);
  const version = await writeAs(
    c,
    id,
    async (w) => {
      const kept = await keepVersion(w, { name, action: null, state: w.state });
      await audit(w.tx, {
        action: 'version-named',
        actorId: auth.user.id,
        actorEmail: auth.user.email,
        workspaceId: id,
        target: `#${kept.number}`,
        ip: c.var.ip,
      });
      return kept;
    },
    'alongside',
  );
  return c.json(VersionSummary.parse(version), 201);
}

/** One kept version, whole, to read, compare or copy a text back from. */
export async function version(c: C) {
  const { id } = await workspaceParam(c, 'workspace.read');
  const versionId = orThrow(checkIdParam(c.req.param('versionId'), 'Version'));
  const found = await c.var.db.transaction((tx) => readVersion(tx, id, versionId));
  if (!found) throw notFound('Version not found');
  return c.json({ version: VersionSummary.parse(found.version), strategy: StrategySchema.parse(found.strategy) });
}
