import type { Operation } from './operations';
import { EMPTY_FINDING, EMPTY_ITEMS, EMPTY_SECTIONS } from './strategy';
import type { Finding } from './strategy';

// A realistic sample strategy, used to seed a fresh install, by the demo mode and by tests.
// Written as operations so it goes through the same rules as anything a user enters.

export const SAMPLE_WORKSPACE_NAME = 'Valmiera — sample strategy';

export function sampleOperations(newId: () => string): Operation[] {
  const [library, council, ngo, school] = [newId(), newId(), newId(), newId()];
  const [needLang, needInfo, needJobs] = [newId(), newId(), newId()];
  const [strSpace, strVolunteers] = [newId(), newId()];
  const [chVisibility, chFunding] = [newId(), newId()];
  const [recLang, recInfo] = [newId(), newId()];
  const finding = (f: Partial<Finding>): Finding => ({ ...EMPTY_FINDING, ...f });
  return [
    {
      type: 'putSection',
      key: 'partnership',
      data: {
        ...EMPTY_SECTIONS.partnership,
        municipality: 'Valmiera',
        country: 'LV',
        leadLibrary: 'Valmiera Library',
        description:
          'A partnership of the library, the municipality and local organisations that meet newcomers every day.',
        agreementSigned: true,
        agreementDate: '2025-02-14',
      },
    },
    {
      type: 'createItem',
      kind: 'partner',
      id: library,
      data: {
        ...EMPTY_ITEMS.partner,
        name: 'Valmiera Library',
        type: 'library',
        contactPerson: 'Library director',
        contactEmail: '',
        role: 'Leads the partnership and drafts the strategy',
      },
    },
    {
      type: 'createItem',
      kind: 'partner',
      id: council,
      data: {
        ...EMPTY_ITEMS.partner,
        name: 'Valmiera Municipality, Social Service',
        type: 'municipality',
        contactPerson: 'Head of social service',
        contactEmail: '',
        role: 'Reviews the strategy and links it to municipal services',
      },
    },
    {
      type: 'createItem',
      kind: 'partner',
      id: ngo,
      data: {
        ...EMPTY_ITEMS.partner,
        name: 'Shelter “Safe House”',
        type: 'ngo',
        contactPerson: 'Integration counsellor',
        contactEmail: '',
        role: 'Brings the experience of refugee families',
      },
    },
    {
      type: 'createItem',
      kind: 'partner',
      id: school,
      data: {
        ...EMPTY_ITEMS.partner,
        name: 'Valmiera State Gymnasium',
        type: 'school',
        contactPerson: '',
        contactEmail: '',
        role: 'Supports children and youth',
      },
    },
    {
      type: 'createItem',
      kind: 'meeting',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.meeting,
        title: 'Kick-off meeting of the partnership',
        date: '2025-02-14',
        format: 'meeting',
        participants: 12,
        notes: '',
      },
    },
    {
      type: 'createItem',
      kind: 'meeting',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.meeting,
        title: 'Needs workshop with newcomers',
        date: '2025-03-20',
        format: 'workshop',
        participants: 25,
        notes: 'Interpreters for Ukrainian and Russian',
      },
    },
    {
      type: 'putSection',
      key: 'diagnosis',
      data: {
        ...EMPTY_SECTIONS.diagnosis,
        population: 23000,
        tcnCount: 640,
        countriesOfOrigin: ['Ukraine', 'India', 'Uzbekistan'],
        languages: ['Ukrainian', 'Russian', 'English'],
        targetGroups: ['temporaryProtection', 'workers', 'childrenYouth'],
        summary:
          'Most newcomers arrived under temporary protection since 2022; a growing number are workers and their families.',
        dataSources:
          'Office of Citizenship and Migration Affairs statistics (2024); library visitor survey (2025, 180 answers); interviews with 9 newcomers.',
      },
    },
    {
      type: 'createItem',
      kind: 'service',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.service,
        name: 'Latvian language courses',
        runBy: 'Valmiera Adult Education Centre',
        description: 'Evening courses, A1–A2',
        targetGroups: ['temporaryProtection', 'workers'],
      },
    },
    {
      type: 'createItem',
      kind: 'need',
      id: needLang,
      data: finding({
        title: 'Practise Latvian outside the classroom',
        description: 'Course graduates have few chances to speak Latvian in everyday life.',
        themes: ['eu.education', 'library.language'],
        targetGroups: ['temporaryProtection', 'workers'],
        evidence: 'Visitor survey 2025: 62% of newcomers ask for conversation practice',
        priority: 'high',
        partnerId: library,
      }),
    },
    {
      type: 'createItem',
      kind: 'need',
      id: needInfo,
      data: finding({
        title: 'Know where to find services',
        description: 'Newcomers do not know which office handles what.',
        themes: ['library.information', 'eu.participation'],
        targetGroups: ['temporaryProtection'],
        evidence: 'Interviews with newcomers',
        priority: 'high',
        partnerId: council,
      }),
    },
    {
      type: 'createItem',
      kind: 'need',
      id: needJobs,
      data: finding({
        title: 'Help with job applications',
        themes: ['eu.employment', 'library.jobSupport'],
        targetGroups: ['workers'],
        priority: 'medium',
      }),
    },
    {
      type: 'createItem',
      kind: 'strength',
      id: strSpace,
      data: finding({
        title: 'The library is a trusted, free public space',
        themes: ['library.safeSpace'],
        priority: 'high',
        partnerId: library,
      }),
    },
    {
      type: 'createItem',
      kind: 'strength',
      id: strVolunteers,
      data: finding({
        title: 'Active volunteers who speak Ukrainian',
        themes: ['eu.participation'],
        priority: 'medium',
        partnerId: ngo,
      }),
    },
    {
      type: 'createItem',
      kind: 'challenge',
      id: chVisibility,
      data: finding({ title: 'Newcomers do not know the library', themes: ['library.outreach'], priority: 'high' }),
    },
    {
      type: 'createItem',
      kind: 'challenge',
      id: chFunding,
      data: finding({ title: 'No stable funding for activities', themes: ['eu.funding'], priority: 'medium' }),
    },
    {
      type: 'createItem',
      kind: 'recommendation',
      id: recLang,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: 'Open weekly language cafés in the library',
        description: 'Informal conversation in Latvian led by volunteers.',
        themes: ['library.language', 'eu.education'],
        needIds: [needLang],
        challengeIds: [],
        strengthIds: [strSpace, strVolunteers],
      },
    },
    {
      type: 'createItem',
      kind: 'recommendation',
      id: recInfo,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: 'Make the library the first information point',
        description: '',
        themes: ['library.information'],
        needIds: [needInfo],
        challengeIds: [chVisibility],
        strengthIds: [strSpace],
      },
    },
    {
      type: 'createItem',
      kind: 'action',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.action,
        title: 'Weekly Latvian language café',
        description: 'Every Thursday evening in the reading room.',
        recommendationId: recLang,
        leadPartnerId: library,
        supportingPartnerIds: [ngo],
        startMonth: '2025-09',
        endMonth: '2026-05',
        resources: 'Reading room, 2 volunteers, tea',
        budget: 1200,
        currency: 'EUR',
        fundingSource: 'Municipal culture budget',
        indicators: [
          {
            id: newId(),
            name: 'Participants per session',
            baseline: 0,
            target: 12,
            unit: 'people',
            verification: 'Attendance list',
          },
        ],
        risks: 'Volunteers leave; mitigated by training two more each semester.',
      },
    },
    {
      type: 'putSection',
      key: 'plan',
      data: {
        ...EMPTY_SECTIONS.plan,
        monitoring: 'The partnership meets every quarter to review the indicators.',
        review: 'The strategy is reviewed yearly in May.',
      },
    },
    {
      type: 'putSection',
      key: 'vision',
      data: {
        ...EMPTY_SECTIONS.vision,
        vision:
          'Valmiera is a town where newcomers feel at home and the library is their first bridge to the community.',
        objectives: [
          'Every newcomer knows the library within three months of arrival',
          'Newcomers practise Latvian every week',
        ],
        summary: '',
        councilDecision: '',
        adoptionDate: '',
        periodStart: '2026',
        periodEnd: '2028',
      },
    },
  ];
}
