import type common from '../../locales/en/common.json';
import type workspaces from '../../locales/en/workspaces.json';
import type wizard from '../../locales/en/wizard.json';
import type taxonomy from '../../locales/en/taxonomy.json';
import type guidance from '../../locales/en/guidance.json';
import type review from '../../locales/en/review.json';
import type exportNs from '../../locales/en/export.json';
import type fields from '../../locales/en/fields.json';
import type auth from '../../locales/en/auth.json';
import type workflow from '../../locales/en/workflow.json';
import type comments from '../../locales/en/comments.json';
import type ideas from '../../locales/en/ideas.json';
import type programmes from '../../locales/en/programmes.json';
import type budget from '../../locales/en/budget.json';
import type accessibility from '../../locales/en/accessibility.json';

// English is the reference language: typing t() from its files turns a mistyped or
// removed key into a compile error instead of a raw key on screen. The other six
// languages are held to the same keys by the locale completeness test.
// Keep this list in step with NAMESPACES in ./i18n.ts.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      workspaces: typeof workspaces;
      wizard: typeof wizard;
      taxonomy: typeof taxonomy;
      guidance: typeof guidance;
      review: typeof review;
      export: typeof exportNs;
      fields: typeof fields;
      auth: typeof auth;
      workflow: typeof workflow;
      comments: typeof comments;
      ideas: typeof ideas;
      programmes: typeof programmes;
      budget: typeof budget;
      accessibility: typeof accessibility;
    };
  }
}
