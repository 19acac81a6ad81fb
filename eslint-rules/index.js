import { importZones } from './import-zones.js';
import { noCycle } from './no-cycle.js';

// The project's own ESLint rules: the import zones of STYLE.md and no import cycles.
// Plain ESM with no dependencies (import-x's equivalents need a native resolver with an
// install script). Wired up in eslint.config.js; tested in tests/unit/architecture.test.ts.
export default {
  meta: { name: 'eslint-plugin-architecture', version: '1.0.0' },
  rules: { 'import-zones': importZones, 'no-cycle': noCycle },
};
