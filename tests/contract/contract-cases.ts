import { backupScenarios } from './cases/backup';
import { itemScenarios } from './cases/items';
import { olderReleaseScenarios } from './cases/older-release';
import { orderScenarios } from './cases/order';
import { sectionScenarios } from './cases/sections';
import { reviewScenarios } from './cases/review';
import { programmeScenarios } from './cases/programmes';
import { workspaceScenarios } from './cases/workspaces';
import type { Scenario } from './contract';

// One list of cases for every route of the API (src/domain/api.ts, plus the backup
// routes and the health check), run as it is against the server and against the MSW
// mocks by contract.test.ts. A case says the status and either the whole error (code,
// message, field) or the body's shape; anything not said is still compared between the
// two, answer by answer.

export const CONTRACT_CASES: Scenario[] = [
  ...workspaceScenarios,
  ...sectionScenarios,
  ...itemScenarios,
  ...orderScenarios,
  ...backupScenarios,
  ...olderReleaseScenarios,
  ...reviewScenarios,
  ...programmeScenarios,
];
