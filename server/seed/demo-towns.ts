import { EMPTY_FINDING, EMPTY_ITEMS, EMPTY_SECTIONS } from '@/domain';
import type {
  Action,
  Finding,
  Indicator,
  MeetingFormat,
  Operation,
  PartnerType,
  Priority,
  TargetGroup,
  ThemeTag,
  WorkflowState,
} from '@/domain';

// Ten demo towns of a national programme "LiBri Latvia (demo)", so that the national
// coordinator's dashboard, the comparison by theme and the charts have varied, realistic
// content. Like the sample (src/domain/sample.ts), each town is written as operations, so it
// goes through the same rules as anything a user enters. Items are built from shared pools
// (needs with their recommendations and actions, strengths, challenges, services), so that
// towns line up by theme, while each town has its own signature topics. Every choice comes
// from a small PRNG seeded with the town's name: the same town and ids give the same content.

export type DemoTown = {
  /** Workspace name, e.g. 'Cēsis — integration strategy 2026–2028' */
  name: string;
  municipality: string;
  /** Where it stands in the workflow; the seeding code sets it. */
  state: WorkflowState;
  /** How far the writing has got. */
  stage: 'started' | 'diagnosis' | 'planning' | 'complete';
  /** Days since the last change, so the dashboard shows some stalled towns (>= 21 days) and active ones. */
  lastActivityDaysAgo: number;
};

// ---------- pools ----------

/** A partner's type, or a more specific role an action or a finding asks for. */
type Role = PartnerType | 'university' | 'employmentAgency';

type Funding =
  'Municipal budget' | 'AMIF' | 'ESF+' | 'State Culture Capital Foundation' | 'Library budget' | 'Private sponsor';

/** What texts may draw on: `{town}` and `{library}` are filled in, `n` draws a number for evidence. */
type Ctx = { town: string; library: string; n: (lo: number, hi: number) => number };

type IndicatorSpec = Omit<Indicator, 'id' | 'target'> & { target: number };
const ind = (name: string, baseline: number | null, target: number, unit: string, verification: string) =>
  ({ name, baseline, target, unit, verification }) satisfies IndicatorSpec;

type ActionSpec = {
  title: string;
  description: string;
  resources: string;
  risks: string;
  lead: Role;
  support: readonly Role[];
  /** Budget in EUR for an average town, before the town's scale. */
  budget: number;
  /** Duration in months. */
  months: number;
  /** The start falls within this many months from January 2026. */
  startWithin: number;
  funding: readonly Funding[];
  indicators: readonly IndicatorSpec[];
};

type TopicKey =
  | 'language'
  | 'information'
  | 'jobs'
  | 'digital'
  | 'homework'
  | 'homeLanguage'
  | 'women'
  | 'intercultural'
  | 'staff'
  | 'factory'
  | 'health'
  | 'housing'
  | 'students'
  | 'youth'
  | 'older'
  | 'seasonal'
  | 'coordination';

/** A need, the recommendation that answers it and the actions that carry it out. */
type Topic = {
  need: {
    title: string;
    description: string;
    themes: readonly ThemeTag[];
    targetGroups: readonly TargetGroup[];
    evidence: (c: Ctx) => string;
    /** The partner who brought it to the table. */
    source: Role;
  };
  recommendation: { title: string; description: string; themes: readonly ThemeTag[] };
  actions: readonly ActionSpec[];
};

const TOPICS: Record<TopicKey, Topic> = {
  language: {
    need: {
      title: 'Practise Latvian outside the classroom',
      description: 'Course graduates have few chances to speak Latvian in everyday life and lose confidence.',
      themes: ['eu.education', 'library.language'],
      targetGroups: ['temporaryProtection', 'workers'],
      evidence: (c) => `Library visitor survey 2025: ${c.n(48, 71)}% of newcomers ask for conversation practice`,
      source: 'library',
    },
    recommendation: {
      title: 'Open regular language cafés and conversation clubs',
      description: 'Informal conversation in Latvian led by trained volunteers, at times that suit working people.',
      themes: ['library.language', 'eu.education'],
    },
    actions: [
      {
        title: 'Weekly Latvian language café',
        description: 'Every week in the reading room, A2–B1 level, led by two volunteers.',
        resources: 'Reading room, two volunteers, tea, board games and easy-reading books',
        risks: 'Volunteers leave; two more are trained each semester.',
        lead: 'library',
        support: ['ngo', 'culturalSociety'],
        budget: 2400,
        months: 30,
        startWithin: 4,
        funding: ['Municipal budget', 'Library budget', 'AMIF'],
        indicators: [ind('Participants per session', 0, 12, 'people', 'Attendance list')],
      },
      {
        title: 'Speaking club for parents while children read',
        description: 'Parents practise Latvian in one room while their children attend the story hour next door.',
        resources: 'Children’s department, one librarian, one volunteer',
        risks: 'Parents’ working hours change; the club moves to Saturday mornings if needed.',
        lead: 'library',
        support: ['school'],
        budget: 1800,
        months: 24,
        startWithin: 9,
        funding: ['Library budget', 'AMIF'],
        indicators: [ind('Parents taking part per term', 0, 25, 'people', 'Registration forms')],
      },
      {
        title: 'Training for volunteer conversation leaders',
        description: 'A two-day course on leading conversation in easy Latvian, repeated every year.',
        resources: 'Trainer from the Latvian Language Agency, training room, materials',
        risks: 'Too few volunteers sign up; the course is announced through schools and the university.',
        lead: 'library',
        support: ['integrationBody', 'employmentAgency'],
        budget: 3200,
        months: 24,
        startWithin: 3,
        funding: ['AMIF', 'State Culture Capital Foundation'],
        indicators: [ind('Volunteers trained', 0, 16, 'people', 'Certificates')],
      },
    ],
  },
  information: {
    need: {
      title: 'Information about services in newcomers’ languages',
      description: 'Newcomers do not know which office handles residence permits, social benefits or school enrolment.',
      themes: ['library.information', 'eu.participation'],
      targetGroups: ['temporaryProtection', 'familyMembers'],
      evidence: (c) => `Interviews with ${c.n(8, 20)} newcomers; questions logged at the library desk`,
      source: 'municipality',
    },
    recommendation: {
      title: 'Make the library the first information point for newcomers',
      description:
        'A staffed desk and a guide in Latvian, Ukrainian and English, kept up to date with the municipality.',
      themes: ['library.information', 'eu.partnerships'],
    },
    actions: [
      {
        title: 'Newcomers’ information desk in the library',
        description: 'Two afternoons a week, with referral to the right office and follow-up by phone.',
        resources: 'Desk in the lobby, 0.5 post of an information specialist, interpreter on call',
        risks: 'The specialist is needed elsewhere; the municipality confirms the post in the yearly budget.',
        lead: 'library',
        support: ['municipality'],
        budget: 5600,
        months: 36,
        startWithin: 2,
        funding: ['Municipal budget', 'AMIF'],
        indicators: [
          ind('Consultations given', 0, 400, 'consultations', 'Desk log'),
          ind('Referrals to municipal services', 0, 150, 'referrals', 'Referral forms'),
        ],
      },
      {
        title: 'Welcome guide to {town} in four languages',
        description: 'A printed and online guide to offices, schools, health care and leisure, updated twice a year.',
        resources: 'Editor, translators, printing of 2,000 copies, page on the municipal website',
        risks: 'Information goes out of date; each office names a person who checks its page.',
        lead: 'municipality',
        support: ['library', 'ngo'],
        budget: 3900,
        months: 8,
        startWithin: 6,
        funding: ['Municipal budget', 'AMIF'],
        indicators: [
          ind('Copies distributed', 0, 2000, 'copies', 'Distribution list'),
          ind('Online guide views', null, 5000, 'views', 'Web statistics'),
        ],
      },
      {
        title: 'Monthly information sessions with municipal specialists',
        description:
          'Specialists of the social service, the registry office and schools answer questions in the library.',
        resources: 'Meeting room, interpreter, announcements in social media groups of newcomers',
        risks: 'Low attendance; topics are chosen from the questions logged at the desk.',
        lead: 'municipality',
        support: ['library', 'ngo'],
        budget: 1500,
        months: 30,
        startWithin: 8,
        funding: ['Municipal budget'],
        indicators: [ind('Sessions held', 0, 24, 'sessions', 'Attendance lists')],
      },
    ],
  },
  jobs: {
    need: {
      title: 'Help with job search and applications',
      description:
        'Newcomers struggle with CVs in Latvian, the job portal of the State Employment Agency and job interviews.',
      themes: ['eu.employment', 'library.jobSupport'],
      targetGroups: ['workers', 'temporaryProtection'],
      evidence: (c) => `State Employment Agency: ${c.n(120, 480)} registered jobseekers with temporary protection`,
      source: 'employmentAgency',
    },
    recommendation: {
      title: 'Offer job search support in the library with the State Employment Agency',
      description: 'Regular, free help with applications, close to where newcomers already come for information.',
      themes: ['library.jobSupport', 'eu.employment'],
    },
    actions: [
      {
        title: 'Job club: CVs, job portals and interview practice',
        description: 'Fortnightly sessions with a career counsellor of the State Employment Agency.',
        resources: 'Computer room, career counsellor, printed CV templates in Latvian and English',
        risks: 'Counsellor not available; the library staff member trained as a back-up.',
        lead: 'library',
        support: ['employmentAgency', 'employer'],
        budget: 2800,
        months: 30,
        startWithin: 6,
        funding: ['ESF+', 'Library budget'],
        indicators: [ind('Participants who apply for a job', 0, 60, 'people', 'Follow-up survey after three months')],
      },
      {
        title: 'Meet the employers days',
        description: 'Twice a year local employers present vacancies and the skills they look for.',
        resources: 'Library hall, stands, interpreters, announcements',
        risks: 'Employers lose interest when the labour market cools; the partnership invites public employers too.',
        lead: 'employer',
        support: ['library', 'employmentAgency'],
        budget: 4200,
        months: 30,
        startWithin: 9,
        funding: ['ESF+', 'Private sponsor'],
        indicators: [
          ind('Employers taking part', 0, 20, 'employers', 'Event lists'),
          ind('Job interviews arranged', null, 45, 'interviews', 'Employer feedback'),
        ],
      },
      {
        title: 'Guidance on recognising foreign qualifications',
        description: 'Online consultations with the Academic Information Centre, hosted in the library.',
        resources: 'Quiet room, video link, scanner',
        risks: 'Long waiting times at the centre; appointments are booked in blocks.',
        lead: 'library',
        support: ['employmentAgency'],
        budget: 900,
        months: 24,
        startWithin: 12,
        funding: ['Library budget', 'Municipal budget'],
        indicators: [ind('People advised', 0, 40, 'people', 'Booking log')],
      },
    ],
  },
  digital: {
    need: {
      title: 'Digital skills for e-services',
      description:
        'Many newcomers cannot use Latvija.gov.lv, eParaksts or online banking and cannot read the interfaces in Latvian.',
      themes: ['eu.digital', 'library.digitalSkills'],
      targetGroups: ['temporaryProtection', 'olderPeople'],
      evidence: (c) => `Computer room log: ${c.n(30, 70)}% of help requests concern state e-services`,
      source: 'library',
    },
    recommendation: {
      title: 'Teach the digital skills needed for everyday life in Latvia',
      description: 'Short practical workshops and one-to-one help, with devices to borrow.',
      themes: ['library.digitalSkills', 'eu.digital'],
    },
    actions: [
      {
        title: 'Digital skills workshops for newcomers',
        description: 'Small groups learn e-services, eParaksts mobile, online banking and safe internet use.',
        resources: 'Computer room, trainer, interpreter for Ukrainian and Russian',
        risks: 'Mixed levels in one group; a short test places people in beginner or advanced groups.',
        lead: 'library',
        support: ['municipality', 'other'],
        budget: 3600,
        months: 24,
        startWithin: 5,
        funding: ['ESF+', 'Library budget', 'Municipal budget'],
        indicators: [
          ind('Workshop participants', 0, 120, 'people', 'Attendance lists'),
          ind('Participants who use e-services on their own', null, 70, '%', 'Survey one month after the workshop'),
        ],
      },
      {
        title: 'Laptop and tablet lending',
        description: 'Devices to borrow for two weeks, for online courses, job applications and school work.',
        resources: '20 laptops, 10 tablets, lending agreement in four languages',
        risks: 'Devices damaged or lost; a deposit-free agreement signed with the reader card.',
        lead: 'library',
        support: [],
        budget: 6500,
        months: 30,
        startWithin: 6,
        funding: ['Private sponsor', 'State Culture Capital Foundation'],
        indicators: [ind('Device loans per year', 0, 150, 'loans', 'Library system')],
      },
      {
        title: 'Digital helpers: one-to-one help by student volunteers',
        description: 'Students help newcomers and older readers with their own phones, twice a week.',
        resources: 'Student volunteers, two tables in the reading room',
        risks: 'Students are busy during exams; the schedule follows the academic year.',
        lead: 'university',
        support: ['library', 'school'],
        budget: 1200,
        months: 28,
        startWithin: 10,
        funding: ['Library budget', 'Municipal budget'],
        indicators: [ind('Hours of help given', 0, 300, 'hours', 'Volunteer time sheets')],
      },
    ],
  },
  homework: {
    need: {
      title: 'Help for children with homework in Latvian',
      description:
        'Children who moved to Latvian-language schools fall behind because their parents cannot help with homework.',
      themes: ['eu.education', 'library.language'],
      targetGroups: ['childrenYouth', 'familyMembers'],
      evidence: (c) => `School reports: ${c.n(25, 60)} pupils with Ukrainian as first language need extra support`,
      source: 'school',
    },
    recommendation: {
      title: 'Run homework clubs in the library together with the schools',
      description: 'A calm place after school with adults who help in Latvian and understand the child’s language.',
      themes: ['eu.education', 'library.safeSpace'],
    },
    actions: [
      {
        title: 'After-school homework club',
        description: 'Three afternoons a week, with a teacher’s assistant and volunteers from the upper classes.',
        resources: 'Children’s department, teacher’s assistant (0.3 post), volunteers, snacks',
        risks: 'The assistant’s post ends with the project; the school board has agreed to take it over in 2028.',
        lead: 'library',
        support: ['school', 'ngo'],
        budget: 7200,
        months: 34,
        startWithin: 8,
        funding: ['AMIF', 'Municipal budget'],
        indicators: [
          ind('Children attending regularly', 0, 30, 'children', 'Attendance list'),
          ind('Children with better marks in Latvian', null, 60, '%', 'School reports, with parents’ consent'),
        ],
      },
      {
        title: 'Summer reading and language camp',
        description: 'Two weeks every August to prepare children for the school year.',
        resources: 'Two teachers, the children’s department, excursions, books to take home',
        risks: 'Families travel in summer; the camp is announced in May.',
        lead: 'library',
        support: ['school', 'culturalSociety'],
        budget: 4500,
        months: 27,
        startWithin: 7,
        funding: ['State Culture Capital Foundation', 'Municipal budget'],
        indicators: [ind('Children per camp', 0, 25, 'children', 'Registration forms')],
      },
    ],
  },
  homeLanguage: {
    need: {
      title: 'Books and reading in children’s home languages',
      description: 'Parents want their children to keep Ukrainian and other home languages while they learn Latvian.',
      themes: ['library.homeLanguage', 'eu.education'],
      targetGroups: ['childrenYouth', 'familyMembers'],
      evidence: (c) => `Library catalogue: ${c.n(40, 180)} titles in Ukrainian, most of them with waiting lists`,
      source: 'library',
    },
    recommendation: {
      title: 'Build a multilingual collection and reading activities',
      description: 'Books in home languages and dual-language books, read aloud by parents and librarians.',
      themes: ['library.homeLanguage', 'library.intercultural'],
    },
    actions: [
      {
        title: 'Multilingual children’s collection',
        description: 'Buy books in Ukrainian, English and other home languages, and dual-language picture books.',
        resources: 'Acquisition budget, advice from parents on titles, shelf labels in four languages',
        risks: 'Few suppliers for some languages; books are ordered through the National Library of Latvia.',
        lead: 'library',
        support: ['culturalSociety'],
        budget: 5000,
        months: 30,
        startWithin: 3,
        funding: ['State Culture Capital Foundation', 'Library budget'],
        indicators: [
          ind('New titles in home languages', 0, 400, 'titles', 'Library catalogue'),
          ind('Loans of home-language books', null, 1500, 'loans', 'Library system'),
        ],
      },
      {
        title: 'Bilingual story hours',
        description: 'A monthly story hour read in Latvian and in a home language, by a librarian and a parent.',
        resources: 'Children’s department, volunteer parents, craft materials',
        risks: 'Volunteer parents move away; a list of readers is kept for each language.',
        lead: 'library',
        support: ['culturalSociety', 'school'],
        budget: 1100,
        months: 30,
        startWithin: 9,
        funding: ['Library budget'],
        indicators: [ind('Story hours held', 0, 30, 'sessions', 'Event calendar')],
      },
    ],
  },
  women: {
    need: {
      title: 'A safe space for women to meet',
      description:
        'Women caring for children alone are isolated; some have experienced violence and do not know where to find help.',
      themes: ['library.safeSpace', 'eu.participation', 'eu.health'],
      targetGroups: ['women', 'temporaryProtection'],
      evidence: (c) => `Focus group with ${c.n(9, 16)} women, run by the NGO partner`,
      source: 'ngo',
    },
    recommendation: {
      title: 'Create a women’s meeting group with psychosocial support',
      description: 'Regular meetings with childcare, and a discreet route to psychological and legal help.',
      themes: ['library.safeSpace', 'eu.health'],
    },
    actions: [
      {
        title: 'Women’s circle in the library',
        description: 'Weekly morning meetings with childcare next door; a psychologist visits once a month.',
        resources: 'Meeting room, childminder, psychologist (12 visits a year), tea',
        risks: 'Women find work and stop coming; an evening group starts when the morning group shrinks.',
        lead: 'ngo',
        support: ['library', 'municipality'],
        budget: 6800,
        months: 30,
        startWithin: 5,
        funding: ['AMIF', 'Private sponsor'],
        indicators: [
          ind('Women taking part regularly', 0, 20, 'women', 'Attendance list'),
          ind('Referrals to psychological support', 0, 30, 'referrals', 'NGO case records'),
        ],
      },
      {
        title: 'Discreet information on help for victims of violence',
        description: 'Small cards in toilets and reading rooms, and staff trained to refer to the Marta Centre.',
        resources: 'Cards in five languages, a half-day training for staff',
        risks: 'Staff feel unsure; the training includes role play and a one-page referral guide.',
        lead: 'ngo',
        support: ['library'],
        budget: 900,
        months: 12,
        startWithin: 4,
        funding: ['Municipal budget', 'Private sponsor'],
        indicators: [ind('Staff trained to refer', 0, 15, 'people', 'Training list')],
      },
    ],
  },
  intercultural: {
    need: {
      title: 'Meeting people who live in {town}',
      description: 'Newcomers and local residents rarely meet outside work, although both say they would like to.',
      themes: ['library.intercultural', 'eu.participation'],
      targetGroups: ['hostCommunity', 'temporaryProtection', 'workers'],
      evidence: (c) => `Residents’ survey 2025: ${c.n(35, 60)}% have never talked to a newcomer`,
      source: 'culturalSociety',
    },
    recommendation: {
      title: 'Bring newcomers and residents together through culture',
      description: 'Events where newcomers are hosts as well as guests, in the library and at town festivals.',
      themes: ['library.intercultural', 'eu.participation'],
    },
    actions: [
      {
        title: 'Intercultural evenings “Our {town}”',
        description: 'Every two months: food, music and stories by newcomers and local residents.',
        resources: 'Library hall, sound system, ingredients, small fees for performers',
        risks: 'The same people come every time; each evening is co-organised by a different community.',
        lead: 'library',
        support: ['culturalSociety', 'ngo'],
        budget: 4800,
        months: 30,
        startWithin: 6,
        funding: ['State Culture Capital Foundation', 'Municipal budget'],
        indicators: [
          ind('Events held', 0, 15, 'events', 'Event calendar'),
          ind('Visitors per event', null, 60, 'people', 'Head count'),
        ],
      },
      {
        title: 'Living library: newcomers tell their stories',
        description: 'Readers “borrow” a person for a 20-minute conversation; twice a year, also in schools.',
        resources: 'Trained storytellers, a facilitator, tables and signs',
        risks: 'Storytellers feel exposed; they choose their topics and may stop at any time.',
        lead: 'library',
        support: ['school', 'culturalSociety'],
        budget: 1600,
        months: 24,
        startWithin: 12,
        funding: ['Library budget', 'State Culture Capital Foundation'],
        indicators: [ind('Conversations held', 0, 120, 'conversations', 'Loan slips')],
      },
      {
        title: 'Newcomers in the town festival programme',
        description: 'A stage and a market corner for newcomer performers and cooks at the summer town festival.',
        resources: 'Stage time, tent, coordinator',
        risks: 'Performers are hard to find; the call is published in February.',
        lead: 'municipality',
        support: ['culturalSociety', 'library'],
        budget: 3000,
        months: 27,
        startWithin: 5,
        funding: ['Municipal budget', 'Private sponsor'],
        indicators: [ind('Newcomer performers and cooks', 0, 25, 'people', 'Festival programme')],
      },
    ],
  },
  staff: {
    need: {
      title: 'Library staff confident in serving newcomers',
      description: 'Staff are willing but unsure about residence rules, language barriers and difficult situations.',
      themes: ['library.staffTraining', 'eu.partnerships'],
      targetGroups: ['hostCommunity'],
      evidence: (c) => `Staff survey 2025: ${c.n(10, 24)} of ${c.n(30, 55)} staff ask for training`,
      source: 'library',
    },
    recommendation: {
      title: 'Train library and municipal front-line staff',
      description: 'Practical training together with the social service, and learning from other LiBri libraries.',
      themes: ['library.staffTraining'],
    },
    actions: [
      {
        title: 'Intercultural communication training for staff',
        description: 'Three modules with trainers of the Society Integration Foundation, open to social service staff.',
        resources: 'Trainers, training room, one day off the desk for each participant',
        risks: 'Staff cannot leave the desk; each module runs twice.',
        lead: 'library',
        support: ['municipality', 'integrationBody'],
        budget: 3400,
        months: 12,
        startWithin: 6,
        funding: ['Library budget', 'AMIF'],
        indicators: [
          ind('Staff trained', 0, 40, 'people', 'Certificates'),
          ind('Staff who feel confident', null, 80, '%', 'Survey after training'),
        ],
      },
      {
        title: 'Study visit to a LiBri partner library',
        description: 'Four staff visit a library in Lithuania or Poland that already runs services for newcomers.',
        resources: 'Travel and accommodation for four people, three days',
        risks: 'Ideas are not put into practice; each visitor presents one proposal to the partnership.',
        lead: 'library',
        support: [],
        budget: 5200,
        months: 3,
        startWithin: 15,
        funding: ['State Culture Capital Foundation', 'Library budget'],
        indicators: [ind('Ideas put into practice', 0, 3, 'ideas', 'Partnership minutes')],
      },
    ],
  },
  factory: {
    need: {
      title: 'Reach workers on shifts in factories',
      description: 'Workers recruited from abroad work long shifts and never come to the library or the municipality.',
      themes: ['library.outreach', 'eu.employment'],
      targetGroups: ['workers'],
      evidence: (c) => `Employers report ${c.n(150, 600)} foreign workers in the industrial area`,
      source: 'employer',
    },
    recommendation: {
      title: 'Take library services to the workplaces',
      description:
        'Visits to factories, hours that fit shift work and Latvian at the workplace, agreed with employers.',
      themes: ['library.outreach', 'eu.employment', 'library.information'],
    },
    actions: [
      {
        title: 'Mobile library at factory canteens',
        description: 'A librarian visits three employers a month with books, information and library card sign-up.',
        resources: 'Library van, one librarian (0.5 post), leaflets in five languages',
        risks: 'Employers withdraw; agreements are signed for a year at a time.',
        lead: 'library',
        support: ['employer'],
        budget: 8400,
        months: 30,
        startWithin: 6,
        funding: ['ESF+', 'Private sponsor', 'Municipal budget'],
        indicators: [
          ind('Workplaces visited regularly', 0, 6, 'workplaces', 'Visit log'),
          ind('New library cards for workers', 0, 150, 'cards', 'Library system'),
        ],
      },
      {
        title: 'Evening and Sunday opening for shift workers',
        description: 'The main library stays open until 20:00 twice a week and opens on Sunday afternoons.',
        resources: 'Extra staff hours, security',
        risks: 'Few visitors at first; opening hours are reviewed after six months.',
        lead: 'library',
        support: ['municipality'],
        budget: 9600,
        months: 30,
        startWithin: 9,
        funding: ['Municipal budget'],
        indicators: [ind('Visits outside usual hours', null, 2500, 'visits', 'Door counter')],
      },
      {
        title: 'Latvian at the workplace',
        description: 'Short courses on site in the language of the job, co-funded by employers.',
        resources: 'Teacher, course materials for each trade, rooms at the workplaces',
        risks: 'Shifts change at short notice; each lesson is recorded for those who miss it.',
        lead: 'employer',
        support: ['library', 'employmentAgency'],
        budget: 11000,
        months: 24,
        startWithin: 12,
        funding: ['ESF+', 'Private sponsor'],
        indicators: [ind('Workers completing the course', 0, 80, 'people', 'Certificates')],
      },
    ],
  },
  health: {
    need: {
      title: 'Understanding the health care system',
      description: 'Newcomers do not know how to register with a family doctor, get prescriptions or use e-health.',
      themes: ['eu.health', 'library.information'],
      targetGroups: ['familyMembers', 'temporaryProtection', 'olderPeople'],
      evidence: (c) => `Social service: ${c.n(20, 70)} requests for help with health care in 2025`,
      source: 'municipality',
    },
    recommendation: {
      title: 'Explain health care in plain language and in newcomers’ languages',
      description: 'Information sessions with health professionals, and leaflets where people wait.',
      themes: ['eu.health', 'library.information'],
    },
    actions: [
      {
        title: 'Health information days with family doctors',
        description: 'Quarterly sessions on registering with a family doctor, the e-health portal and mental health.',
        resources: 'Family doctor or nurse, interpreter, library hall',
        risks: 'Doctors have no time; sessions are held on their free afternoon and paid for.',
        lead: 'municipality',
        support: ['library'],
        budget: 2200,
        months: 30,
        startWithin: 6,
        funding: ['Municipal budget', 'AMIF'],
        indicators: [ind('Participants', 0, 150, 'people', 'Attendance lists')],
      },
      {
        title: 'Plain-language health leaflets',
        description: 'Leaflets in four languages in pharmacies, clinics and the library.',
        resources: 'Editor, translators, printing',
        risks: 'Rules change; leaflets carry a date and a QR code to the current version.',
        lead: 'municipality',
        support: ['library', 'ngo'],
        budget: 1800,
        months: 6,
        startWithin: 9,
        funding: ['Municipal budget'],
        indicators: [ind('Places with leaflets', 0, 12, 'places', 'Distribution list')],
      },
    ],
  },
  housing: {
    need: {
      title: 'Information on renting and tenants’ rights',
      description: 'Newcomers rent without written contracts and face sudden evictions or high deposits.',
      themes: ['eu.housing', 'library.information'],
      targetGroups: ['workers', 'temporaryProtection'],
      evidence: (c) => `NGO consultations: ${c.n(15, 45)} housing cases in the last year`,
      source: 'ngo',
    },
    recommendation: {
      title: 'Offer housing information and legal consultations',
      description: 'Free legal advice by appointment and a checklist before signing a rental contract.',
      themes: ['eu.housing', 'library.information'],
    },
    actions: [
      {
        title: 'Monthly housing and legal consultations',
        description: 'A lawyer answers questions on rental contracts and deposits, by appointment in the library.',
        resources: 'Lawyer (one afternoon a month), quiet room, interpreter',
        risks: 'Demand exceeds the hours; urgent cases are referred to the State Legal Aid Administration.',
        lead: 'ngo',
        support: ['library', 'municipality'],
        budget: 3600,
        months: 30,
        startWithin: 6,
        funding: ['AMIF', 'Municipal budget'],
        indicators: [ind('Consultations', 0, 90, 'consultations', 'Appointment book')],
      },
      {
        title: 'Rental contract checklist in four languages',
        description: 'A one-page checklist of what to ask before signing, printed and online.',
        resources: 'Lawyer’s review, translation, printing',
        risks: 'Few people find it; it is handed out by employers and at the information desk.',
        lead: 'municipality',
        support: ['ngo'],
        budget: 700,
        months: 4,
        startWithin: 8,
        funding: ['Municipal budget', 'Library budget'],
        indicators: [ind('Copies and downloads', 0, 800, 'copies', 'Distribution list')],
      },
    ],
  },
  students: {
    need: {
      title: 'International students feel isolated',
      description:
        'Students from India, Sri Lanka and Central Asia stay inside the university and leave after graduation.',
      themes: ['library.intercultural', 'eu.participation', 'eu.education'],
      targetGroups: ['students'],
      evidence: (c) => `University international office: ${c.n(300, 900)} students from third countries`,
      source: 'university',
    },
    recommendation: {
      title: 'Open the town’s cultural life to international students',
      description: 'A warm welcome at the library and a role for students in its programmes.',
      themes: ['library.intercultural', 'eu.participation'],
    },
    actions: [
      {
        title: 'Library card and town tour for every new international student',
        description: 'At the start of each semester the library welcomes new students with a card and a town walk.',
        resources: 'Two librarians, a guide, welcome bags',
        risks: 'Students arrive late; a second tour is held in October and March.',
        lead: 'library',
        support: ['university'],
        budget: 1400,
        months: 30,
        startWithin: 8,
        funding: ['Library budget', 'Municipal budget'],
        indicators: [ind('Students registered as readers', 0, 250, 'students', 'Library system')],
      },
      {
        title: 'Students as volunteers in library programmes',
        description:
          'Students lead English conversation, coding clubs and cultural evenings; it counts towards study credits.',
        resources: 'Volunteer coordinator at the university, rooms in the library',
        risks: 'Students leave after one semester; each volunteer trains a successor.',
        lead: 'university',
        support: ['library'],
        budget: 1900,
        months: 28,
        startWithin: 10,
        funding: ['Library budget', 'Private sponsor'],
        indicators: [ind('Student volunteers', 0, 30, 'students', 'Volunteer agreements')],
      },
    ],
  },
  youth: {
    need: {
      title: 'Leisure and belonging for teenagers',
      description:
        'Teenagers who arrived without friends spend their free time online and drop out of school activities.',
      themes: ['eu.participation', 'library.safeSpace'],
      targetGroups: ['childrenYouth'],
      evidence: (c) => `School psychologists and youth workers; ${c.n(12, 30)} interviews with teenagers`,
      source: 'school',
    },
    recommendation: {
      title: 'Give teenagers a place and activities of their own',
      description: 'A teen space run with young people, and mentors from local schools.',
      themes: ['eu.participation', 'library.safeSpace', 'library.digitalSkills'],
    },
    actions: [
      {
        title: 'Teen space with games, robotics and a film club',
        description: 'A room for 13–18-year-olds, open every afternoon, with activities chosen by a youth council.',
        resources: 'Room refurbishment, consoles, robotics kits, youth worker (0.5 post)',
        risks: 'Conflicts between groups; house rules are written with the teenagers.',
        lead: 'library',
        support: ['school', 'municipality'],
        budget: 9800,
        months: 30,
        startWithin: 8,
        funding: ['ESF+', 'Municipal budget', 'Private sponsor'],
        indicators: [ind('Teenagers visiting every week', 0, 35, 'people', 'Visit log')],
      },
      {
        title: 'Youth mentors from local secondary schools',
        description: 'Local pupils are paired with newcomer teenagers for a school year.',
        resources: 'Mentor training, two outings a year for each pair',
        risks: 'Pairs do not click; the coordinator rematches after a month.',
        lead: 'school',
        support: ['library'],
        budget: 1500,
        months: 24,
        startWithin: 8,
        funding: ['Municipal budget', 'State Culture Capital Foundation'],
        indicators: [ind('Mentoring pairs', 0, 20, 'pairs', 'Mentoring agreements')],
      },
    ],
  },
  older: {
    need: {
      title: 'Company and support for older newcomers',
      description: 'Older people who came with their families speak neither Latvian nor English and rarely leave home.',
      themes: ['library.safeSpace', 'eu.health', 'library.homeLanguage'],
      targetGroups: ['olderPeople', 'temporaryProtection'],
      evidence: (c) => `Social service home visits: ${c.n(20, 60)} older people with temporary protection live alone`,
      source: 'municipality',
    },
    recommendation: {
      title: 'Create meeting groups and home delivery for older newcomers',
      description: 'A club in the library and books brought home for those who cannot come.',
      themes: ['library.safeSpace', 'library.outreach'],
    },
    actions: [
      {
        title: 'Seniors’ club with reading in home languages',
        description: 'A weekly club with newspapers, books and conversation, joined by local pensioners.',
        resources: 'Reading room, subscriptions, tea, volunteer host',
        risks: 'Health problems keep members away; the host phones those who miss two meetings.',
        lead: 'library',
        support: ['ngo', 'municipality'],
        budget: 2100,
        months: 30,
        startWithin: 4,
        funding: ['Library budget', 'Municipal budget'],
        indicators: [ind('Regular participants', 0, 18, 'people', 'Attendance list')],
      },
      {
        title: 'Home delivery of books and newspapers',
        description: 'Volunteers bring books and newspapers home every fortnight to those who cannot come.',
        resources: 'Volunteers, travel costs, a list kept with the social service',
        risks: 'Privacy concerns; deliveries only with the reader’s written consent.',
        lead: 'library',
        support: ['municipality'],
        budget: 1300,
        months: 30,
        startWithin: 6,
        funding: ['Municipal budget', 'Private sponsor'],
        indicators: [ind('Readers served at home', 0, 25, 'readers', 'Delivery log')],
      },
    ],
  },
  seasonal: {
    need: {
      title: 'Support for seasonal workers',
      description:
        'Seasonal workers in hotels, farms and forestry stay a few months and do not know their rights or local services.',
      themes: ['eu.employment', 'library.outreach', 'library.information'],
      targetGroups: ['workers'],
      evidence: (c) => `State Labour Inspectorate and employers’ estimates: ${c.n(80, 400)} seasonal workers a year`,
      source: 'employer',
    },
    recommendation: {
      title: 'Give seasonal workers a welcome kit and evening information points',
      description: 'Information handed out by employers on arrival, and the library open when they are free.',
      themes: ['library.outreach', 'eu.employment'],
    },
    actions: [
      {
        title: 'Welcome kit for seasonal workers',
        description: 'Workers’ rights, health care, a library card and a town map, handed out by employers on arrival.',
        resources: 'Design, translation, printing of 500 kits',
        risks: 'Employers forget to hand them out; the kit is part of the employers’ arrival checklist.',
        lead: 'municipality',
        support: ['employer', 'library'],
        budget: 2600,
        months: 30,
        startWithin: 3,
        funding: ['Municipal budget', 'Private sponsor'],
        indicators: [ind('Kits handed out', 0, 500, 'kits', 'Employers’ receipts')],
      },
      {
        title: 'Evening information points in summer',
        description: 'From May to September the library runs an information point two evenings a week.',
        resources: 'Librarian, interpreter on call, leaflets',
        risks: 'Workers are too tired in the evening; one session moves to Sunday.',
        lead: 'library',
        support: ['municipality'],
        budget: 3100,
        months: 29,
        startWithin: 5,
        funding: ['Library budget', 'ESF+'],
        indicators: [ind('Workers reached', 0, 300, 'people', 'Visit log')],
      },
    ],
  },
  coordination: {
    need: {
      title: 'One referral map of all services',
      description: 'Organisations do not know each other’s services and send newcomers from one office to another.',
      themes: ['eu.partnerships', 'library.information', 'eu.monitoring'],
      targetGroups: ['refugees', 'temporaryProtection', 'workers'],
      evidence: (c) => `Partnership mapping workshop: ${c.n(18, 35)} services found, half unknown to the others`,
      source: 'municipality',
    },
    recommendation: {
      title: 'Coordinate services through the partnership',
      description: 'Regular round tables, one shared map of services and a yearly look at the data.',
      themes: ['eu.partnerships', 'eu.monitoring'],
    },
    actions: [
      {
        title: 'Quarterly round table of service providers',
        description: 'Every organisation working with newcomers meets four times a year to solve cases and share news.',
        resources: 'Meeting room, moderator, minutes',
        risks: 'Attendance drops; each meeting has one concrete case to solve.',
        lead: 'municipality',
        support: ['library', 'ngo'],
        budget: 1200,
        months: 36,
        startWithin: 2,
        funding: ['Municipal budget'],
        indicators: [ind('Organisations taking part', 0, 15, 'organisations', 'Minutes')],
      },
      {
        title: 'Shared online referral map',
        description: 'A map of services with contacts, languages and opening hours, kept by the library.',
        resources: 'Web developer, library staff time for updates',
        risks: 'Entries go out of date; every organisation confirms its entry twice a year.',
        lead: 'library',
        support: ['municipality'],
        budget: 4600,
        months: 10,
        startWithin: 6,
        funding: ['AMIF', 'Municipal budget'],
        indicators: [ind('Services on the map', 0, 40, 'services', 'The map itself')],
      },
      {
        title: 'Yearly newcomers’ survey and data report',
        description: 'A short survey in five languages each spring, and a report to the council in June.',
        resources: 'Survey tool, analyst (10 days a year), translation',
        risks: 'Few answers; the survey is also run on paper at the information desk.',
        lead: 'municipality',
        support: ['library', 'university'],
        budget: 3800,
        months: 27,
        startWithin: 3,
        funding: ['Municipal budget', 'AMIF'],
        indicators: [ind('Survey answers', 0, 300, 'answers', 'Survey report')],
      },
    ],
  },
};

/** Topics every town may draw from besides its own signature topics. */
const COMMON_TOPICS: readonly TopicKey[] = [
  'language',
  'information',
  'jobs',
  'digital',
  'homework',
  'homeLanguage',
  'intercultural',
  'staff',
  'health',
];

type FindingSpec = {
  title: string;
  description: string;
  themes: readonly ThemeTag[];
  targetGroups: readonly TargetGroup[];
  evidence: string;
  priority: Priority;
  source: Role;
  /** Topics whose recommendation builds on it (strengths) or overcomes it (challenges). */
  relates: readonly TopicKey[];
};

const STRENGTHS: readonly FindingSpec[] = [
  {
    title: 'The library is a trusted, free public space',
    description: 'Newcomers say the library is the only place in {town} where nobody asks why they are there.',
    themes: ['library.safeSpace'],
    targetGroups: ['temporaryProtection', 'familyMembers'],
    evidence: 'Visitor survey and interviews',
    priority: 'high',
    source: 'library',
    relates: ['women', 'older', 'youth', 'homework', 'information'],
  },
  {
    title: 'Volunteers who speak Ukrainian and Russian',
    description: 'A group of about fifteen volunteers has helped newcomers since 2022.',
    themes: ['eu.participation', 'library.language'],
    targetGroups: ['temporaryProtection'],
    evidence: 'NGO volunteer register',
    priority: 'high',
    source: 'ngo',
    relates: ['language', 'information', 'older'],
  },
  {
    title: 'A modern computer room and trained digital skills staff',
    description: 'The library has run digital skills courses for seniors for years.',
    themes: ['library.digitalSkills', 'eu.digital'],
    targetGroups: ['olderPeople', 'hostCommunity'],
    evidence: 'Course records',
    priority: 'medium',
    source: 'library',
    relates: ['digital', 'youth', 'jobs'],
  },
  {
    title: 'Branch libraries across the municipality',
    description: 'Branches in the parishes are close to farms and workers’ hostels.',
    themes: ['library.outreach'],
    targetGroups: ['workers', 'olderPeople'],
    evidence: 'Library network map',
    priority: 'medium',
    source: 'library',
    relates: ['factory', 'seasonal', 'older'],
  },
  {
    title: 'Good cooperation with schools',
    description: 'Schools already bring classes to the library every month.',
    themes: ['eu.education', 'eu.partnerships'],
    targetGroups: ['childrenYouth'],
    evidence: 'Cooperation agreements with schools',
    priority: 'high',
    source: 'school',
    relates: ['homework', 'homeLanguage', 'youth', 'students'],
  },
  {
    title: 'Employers ready to cooperate',
    description: 'Several employers asked the municipality for help with their foreign workers.',
    themes: ['eu.employment', 'eu.partnerships'],
    targetGroups: ['workers'],
    evidence: 'Letters of intent from employers',
    priority: 'medium',
    source: 'employer',
    relates: ['jobs', 'factory', 'seasonal'],
  },
  {
    title: 'An active Ukrainian community association',
    description: 'The association runs a Saturday school and knows most families personally.',
    themes: ['eu.participation', 'library.intercultural'],
    targetGroups: ['temporaryProtection', 'childrenYouth'],
    evidence: 'Association membership list',
    priority: 'high',
    source: 'culturalSociety',
    relates: ['intercultural', 'homeLanguage', 'women'],
  },
  {
    title: 'Experience from earlier AMIF projects',
    description: 'The municipality has managed two AMIF projects and knows the reporting rules.',
    themes: ['eu.funding', 'eu.partnerships'],
    targetGroups: [],
    evidence: 'Final reports of earlier projects',
    priority: 'medium',
    source: 'municipality',
    relates: ['coordination', 'staff'],
  },
  {
    title: 'A strong children’s department',
    description: 'Reading programmes and a summer school reach most children of {town}.',
    themes: ['eu.education', 'library.homeLanguage'],
    targetGroups: ['childrenYouth', 'familyMembers'],
    evidence: 'Library statistics 2024',
    priority: 'medium',
    source: 'library',
    relates: ['homework', 'homeLanguage'],
  },
  {
    title: 'A contact person for newcomers in the social service',
    description: 'One social worker handles all questions from newcomers and knows the other services.',
    themes: ['eu.partnerships', 'library.information'],
    targetGroups: ['temporaryProtection', 'familyMembers'],
    evidence: 'Social service organisation chart',
    priority: 'medium',
    source: 'municipality',
    relates: ['information', 'health', 'housing', 'coordination'],
  },
];

const CHALLENGES: readonly FindingSpec[] = [
  {
    title: 'Newcomers do not know the library',
    description: 'Most newcomers think the library only lends books in Latvian.',
    themes: ['library.outreach'],
    targetGroups: ['workers', 'temporaryProtection'],
    evidence: 'Interviews: fewer than a third of newcomers had visited',
    priority: 'high',
    source: 'library',
    relates: ['information', 'factory', 'seasonal', 'students'],
  },
  {
    title: 'No stable funding for activities',
    description: 'Most activities so far ran on short project grants.',
    themes: ['eu.funding'],
    targetGroups: [],
    evidence: 'Library and municipal budgets 2023–2025',
    priority: 'high',
    source: 'municipality',
    relates: ['homework', 'women', 'youth', 'coordination'],
  },
  {
    title: 'Few staff speak English or Ukrainian',
    description: 'Staff rely on translation apps for anything beyond simple questions.',
    themes: ['library.staffTraining', 'library.language'],
    targetGroups: ['hostCommunity'],
    evidence: 'Staff survey 2025',
    priority: 'medium',
    source: 'library',
    relates: ['staff', 'information', 'digital'],
  },
  {
    title: 'Opening hours clash with shift work',
    description: 'The library closes before most shifts end.',
    themes: ['library.outreach', 'eu.employment'],
    targetGroups: ['workers'],
    evidence: 'Employers’ shift schedules',
    priority: 'medium',
    source: 'employer',
    relates: ['factory', 'jobs', 'seasonal'],
  },
  {
    title: 'Little reliable data on newcomers in {town}',
    description: 'National statistics do not show who lives in the town now, only who registered.',
    themes: ['eu.monitoring'],
    targetGroups: [],
    evidence: 'Comparison of registers with the school and social service data',
    priority: 'medium',
    source: 'municipality',
    relates: ['coordination', 'information'],
  },
  {
    title: 'Newcomers move on quickly',
    description: 'Many leave for Rīga or other EU countries within a year, so groups keep changing.',
    themes: ['eu.monitoring', 'eu.participation'],
    targetGroups: ['temporaryProtection', 'workers', 'students'],
    evidence: 'Library card records',
    priority: 'low',
    source: 'library',
    relates: ['language', 'jobs', 'students'],
  },
  {
    title: 'Some residents are wary of newcomers',
    description: 'Comments in local social media groups show fear of competition for jobs and housing.',
    themes: ['library.intercultural', 'eu.participation'],
    targetGroups: ['hostCommunity'],
    evidence: 'Residents’ survey 2025',
    priority: 'medium',
    source: 'culturalSociety',
    relates: ['intercultural', 'youth', 'housing'],
  },
  {
    title: 'Volunteers are tired after three years',
    description: 'The same few volunteers carry most activities since 2022.',
    themes: ['eu.partnerships'],
    targetGroups: [],
    evidence: 'NGO volunteer register',
    priority: 'medium',
    source: 'ngo',
    relates: ['language', 'homework', 'older'],
  },
  {
    title: 'Rooms are too small for children’s groups',
    description: 'The children’s department has space for twelve children at a time.',
    themes: ['library.safeSpace', 'eu.education'],
    targetGroups: ['childrenYouth'],
    evidence: 'Building plan',
    priority: 'low',
    source: 'library',
    relates: ['homework', 'youth', 'homeLanguage'],
  },
  {
    title: 'Poor public transport from the villages',
    description: 'Workers and older people in the parishes cannot reach the town centre in the evening.',
    themes: ['library.outreach'],
    targetGroups: ['workers', 'olderPeople'],
    evidence: 'Bus timetables',
    priority: 'medium',
    source: 'municipality',
    relates: ['older', 'seasonal', 'factory', 'health'],
  },
];

const SERVICES: readonly { name: string; runBy: string; description: string; targetGroups: readonly TargetGroup[] }[] =
  [
    {
      name: 'Latvian language courses for adults',
      runBy: 'State Employment Agency, {town} branch',
      description: 'Free courses A1–B1 for registered jobseekers and people with temporary protection.',
      targetGroups: ['temporaryProtection', 'workers'],
    },
    {
      name: 'Ukrainian Saturday school',
      runBy: 'Ukrainian community of {town}',
      description: 'Ukrainian language, literature and history for children, on Saturdays in a school building.',
      targetGroups: ['childrenYouth', 'temporaryProtection'],
    },
    {
      name: 'Humanitarian aid and consultations',
      runBy: 'Latvian Red Cross',
      description: 'Food and hygiene packages, second-hand clothes and a social worker once a week.',
      targetGroups: ['temporaryProtection', 'refugees'],
    },
    {
      name: 'Social service consultations',
      runBy: '{town} social service',
      description: 'Benefits, housing support and referral to a family assistant.',
      targetGroups: ['temporaryProtection', 'familyMembers', 'olderPeople'],
    },
    {
      name: 'Computer lessons for seniors',
      runBy: '{library}',
      description: 'Monthly computer lessons, until now in Latvian only.',
      targetGroups: ['olderPeople', 'hostCommunity'],
    },
    {
      name: 'Career counselling',
      runBy: 'State Employment Agency, {town} branch',
      description: 'Individual career consultations; an interpreter can be booked in advance.',
      targetGroups: ['workers', 'temporaryProtection'],
    },
  ];

const MEETINGS: readonly { title: string; format: MeetingFormat; participants: [number, number]; notes: string }[] = [
  { title: 'Kick-off meeting of the partnership', format: 'meeting', participants: [8, 16], notes: '' },
  {
    title: 'Needs workshop with newcomers',
    format: 'workshop',
    participants: [18, 40],
    notes: 'Interpreters for {languages}',
  },
  {
    title: 'Online survey of newcomers',
    format: 'survey',
    participants: [90, 320],
    notes: 'Questionnaire in Latvian and {languages}; shared in social media groups and at the desk',
  },
  {
    title: 'Focus group with employers',
    format: 'focusGroup',
    participants: [6, 11],
    notes: 'Held at the municipality',
  },
  {
    title: 'Partnership meeting on the action plan',
    format: 'meeting',
    participants: [10, 18],
    notes: 'Budgets and lead partners agreed for each action',
  },
  {
    title: 'Ideas hackathon with young people',
    format: 'hackathon',
    participants: [20, 45],
    notes: 'Teams of local and newcomer pupils',
  },
  {
    title: 'Online consultation with the national coordinator',
    format: 'online',
    participants: [5, 9],
    notes: 'Questions about indicators and funding sources',
  },
];

// ---------- the towns ----------

type PartnerSpec = { name: string; type: PartnerType; contactPerson: string; role: string; also?: readonly Role[] };

type Profile = {
  town: DemoTown;
  /** A state city has a City Council; other towns are the centre of a municipality. */
  city: boolean;
  library: string;
  partners: readonly PartnerSpec[];
  agreementDate: string;
  population: number;
  tcnCount: number;
  countriesOfOrigin: readonly string[];
  languages: readonly string[];
  targetGroups: readonly TargetGroup[];
  summary: string;
  dataSources: string;
  /** Topics the town chose first, most of them ones other towns lack; the rest are drawn from COMMON_TOPICS. */
  signature: readonly TopicKey[];
  needs: number;
  highNeeds: number;
  actions: number;
  strengths: number;
  challenges: number;
  services: number;
  /** Size of budgets and indicator targets against an average town. */
  scale: number;
  vision: string;
  objectives: readonly [string, string, string];
  summaryIntro: string;
  decisionNo: number;
  adoptionDate: string;
};

const strategyName = (municipality: string) => `${municipality} — integration strategy 2026–2028`;
const town = (
  municipality: string,
  state: WorkflowState,
  stage: DemoTown['stage'],
  lastActivityDaysAgo: number,
): DemoTown => ({ name: strategyName(municipality), municipality, state, stage, lastActivityDaysAgo });

const library = (name: string): PartnerSpec => ({
  name,
  type: 'library',
  contactPerson: 'Library director',
  role: 'Leads the partnership and drafts the strategy',
});
const socialService = (name: string): PartnerSpec => ({
  name,
  type: 'municipality',
  contactPerson: 'Head of the social service',
  role: 'Links the strategy to municipal services and the municipal budget',
});
const redCross = (place: string): PartnerSpec => ({
  name: `Latvian Red Cross, ${place} branch`,
  type: 'ngo',
  contactPerson: 'Social worker',
  role: 'Humanitarian aid and everyday contact with families under temporary protection',
});
const employmentAgency = (place: string): PartnerSpec => ({
  name: `State Employment Agency, ${place} branch`,
  type: 'other',
  contactPerson: 'Career counsellor',
  role: 'Job search support and Latvian courses for jobseekers',
  also: ['employmentAgency'],
});
const university = (name: string): PartnerSpec => ({
  name,
  type: 'school',
  contactPerson: 'Head of the international office',
  role: 'Brings the view of international students and student volunteers',
  also: ['university'],
});
const gymnasium = (name: string): PartnerSpec => ({
  name,
  type: 'school',
  contactPerson: 'Deputy head for education',
  role: 'Homework support, youth volunteers and contact with newcomer families',
});

const PROFILES: readonly Profile[] = [
  {
    town: town('Jelgava', 'accepted', 'complete', 41),
    city: true,
    library: 'Jelgava City Library',
    partners: [
      library('Jelgava City Library'),
      socialService('Jelgava Social Affairs Administration'),
      university('Latvia University of Life Sciences and Technologies'),
      employmentAgency('Jelgava'),
      redCross('Jelgava'),
      gymnasium('Jelgava State Gymnasium'),
      {
        name: 'Employers’ network of the Jelgava industrial park',
        type: 'employer',
        contactPerson: 'HR manager of a food processing company',
        role: 'Opens the way to workers on shifts and co-funds workplace courses',
      },
    ],
    agreementDate: '2025-01-28',
    population: 54700,
    tcnCount: 2100,
    countriesOfOrigin: ['Ukraine', 'India', 'Sri Lanka', 'Uzbekistan', 'Belarus'],
    languages: ['Ukrainian', 'Russian', 'English', 'Hindi', 'Uzbek'],
    targetGroups: ['temporaryProtection', 'students', 'workers', 'childrenYouth'],
    summary:
      'About 1,300 people under temporary protection from Ukraine live in Jelgava, most of them women with children. The university brings several hundred students from South Asia every year, and factories in the industrial park increasingly recruit workers from Central Asia.',
    dataSources:
      'Office of Citizenship and Migration Affairs statistics (January 2025); university international office; State Employment Agency, Jelgava branch; library visitor survey (2025, 214 answers); two focus groups.',
    signature: ['students', 'factory', 'language'],
    needs: 7,
    highNeeds: 3,
    actions: 12,
    strengths: 3,
    challenges: 3,
    services: 3,
    scale: 1.1,
    vision:
      'Jelgava is a university and industrial town where everyone who comes to study or work finds their way, learns Latvian and takes part in town life — and the library is where that begins.',
    objectives: [
      'Everyone who comes to study or work in Jelgava knows the library within the first month',
      'Newcomers have at least one free chance each week to practise Latvian',
      'International students and foreign workers take part in at least one town event a year',
    ],
    summaryIntro: 'The strategy was written in 2025 by seven partners led by Jelgava City Library.',
    decisionNo: 214,
    adoptionDate: '2025-11-27',
  },
  {
    town: town('Liepāja', 'submitted', 'complete', 9),
    city: true,
    library: 'Liepāja Central Scientific Library',
    partners: [
      library('Liepāja Central Scientific Library'),
      socialService('Liepāja City Council, Social Service'),
      university('Liepāja University'),
      employmentAgency('Liepāja'),
      {
        name: 'Latvian Samaritan Association, Kurzeme',
        type: 'ngo',
        contactPerson: 'Project manager',
        role: 'Psychosocial support and the women’s group',
      },
      {
        name: 'Liepāja Ukrainian community society',
        type: 'culturalSociety',
        contactPerson: 'Chair of the society',
        role: 'Reaches families and co-organises cultural events',
      },
      gymnasium('Liepāja State Gymnasium No. 1'),
      {
        name: 'Metalworking employers of the Liepāja Special Economic Zone',
        type: 'employer',
        contactPerson: 'HR manager',
        role: 'Access to workers on shifts; co-funds Latvian at the workplace',
      },
    ],
    agreementDate: '2025-02-06',
    population: 67100,
    tcnCount: 2700,
    countriesOfOrigin: ['Ukraine', 'India', 'Bangladesh', 'Nepal', 'Belarus', 'Uzbekistan'],
    languages: ['Ukrainian', 'Russian', 'English', 'Hindi', 'Bengali', 'Nepali'],
    targetGroups: ['temporaryProtection', 'workers', 'women', 'childrenYouth', 'familyMembers'],
    summary:
      'Liepāja received one of the largest groups of people under temporary protection in Kurzeme. Since 2023 metalworking and shipbuilding companies have recruited workers from South Asia, many of whom later bring their families.',
    dataSources:
      'Office of Citizenship and Migration Affairs (2025); employer survey in the Liepāja Special Economic Zone; library visitor survey (2025, 306 answers); interviews with 14 newcomers; school enrolment data.',
    signature: ['factory', 'women', 'youth'],
    needs: 8,
    highNeeds: 3,
    actions: 16,
    strengths: 4,
    challenges: 4,
    services: 3,
    scale: 1.25,
    vision:
      'Liepāja is an open port city where newcomers from all over the world work, learn and raise their children alongside its residents, and the library is a home for all of them.',
    objectives: [
      'Workers on shifts can use library services where and when they work',
      'Newcomer women and teenagers have safe places to meet and find support',
      'Every child from a newcomer family gets help with schoolwork in Latvian',
    ],
    summaryIntro: 'Eight partners wrote the strategy in 2025, led by Liepāja Central Scientific Library.',
    decisionNo: 389,
    adoptionDate: '2025-12-18',
  },
  {
    town: town('Ventspils', 'submitted', 'complete', 17),
    city: true,
    library: 'Ventspils Library',
    partners: [
      library('Ventspils Library'),
      socialService('Ventspils City Council, Social Service'),
      university('Ventspils University of Applied Sciences'),
      {
        name: 'Ventspils Digital Centre',
        type: 'other',
        contactPerson: 'Head of training',
        role: 'Runs free computer courses and lends trainers for the workshops',
      },
      redCross('Ventspils'),
    ],
    agreementDate: '2025-03-11',
    population: 32600,
    tcnCount: 950,
    countriesOfOrigin: ['Ukraine', 'India', 'Uzbekistan', 'Philippines'],
    languages: ['Ukrainian', 'Russian', 'English', 'Uzbek'],
    targetGroups: ['temporaryProtection', 'workers', 'students'],
    summary:
      'Most newcomers in Ventspils are people under temporary protection and workers of the port and the industrial park; the University of Applied Sciences has a small but growing number of international students.',
    dataSources:
      'Office of Citizenship and Migration Affairs (2025); course records of the Ventspils Digital Centre; library survey (2025, 97 answers).',
    signature: ['coordination', 'digital'],
    needs: 5,
    highNeeds: 2,
    actions: 6,
    strengths: 2,
    challenges: 3,
    services: 2,
    scale: 0.95,
    vision:
      'Ventspils is a town where every newcomer can manage daily life online and offline, and always knows whom to ask.',
    objectives: [
      'Newcomers use state e-services on their own after one course',
      'All service providers work with one shared referral map',
      'Newcomers take part in at least one town event a year',
    ],
    summaryIntro: 'Five partners led by Ventspils Library wrote the strategy between March and October 2025.',
    decisionNo: 162,
    adoptionDate: '2026-01-29',
  },
  {
    town: town('Rēzekne', 'approved', 'complete', 4),
    city: true,
    library: 'Rēzekne Central Library',
    partners: [
      library('Rēzekne Central Library'),
      socialService('Rēzekne City Council, Social Service'),
      university('Rēzekne Academy of Technologies'),
      redCross('Rēzekne'),
    ],
    agreementDate: '2025-04-02',
    population: 26800,
    tcnCount: 640,
    countriesOfOrigin: ['Ukraine', 'Belarus', 'Uzbekistan', 'India'],
    languages: ['Ukrainian', 'Russian', 'Belarusian', 'English'],
    targetGroups: ['temporaryProtection', 'olderPeople', 'familyMembers'],
    summary:
      'Rēzekne has a smaller and older group of newcomers: many people under temporary protection are grandparents who came with their daughters and grandchildren.',
    dataSources:
      'Office of Citizenship and Migration Affairs (2025); social service case records; conversations in the library’s Ukrainian reading club.',
    signature: ['older'],
    needs: 4,
    highNeeds: 2,
    actions: 4,
    strengths: 2,
    challenges: 2,
    services: 2,
    scale: 0.8,
    vision: 'Rēzekne is a caring town where newcomers of every age, the oldest included, are not alone.',
    objectives: [
      'Older newcomers meet others at least once a week',
      'Children of newcomer families read in Latvian and in their home language',
      'The library reaches readers who cannot come to it',
    ],
    summaryIntro: 'A small partnership of four organisations, led by Rēzekne Central Library, wrote the strategy.',
    decisionNo: 97,
    adoptionDate: '2026-02-26',
  },
  {
    town: town('Daugavpils', 'returned', 'complete', 2),
    city: true,
    library: 'Latgale Central Library',
    partners: [
      library('Latgale Central Library'),
      socialService('Daugavpils City Council, Social Service'),
      university('Daugavpils University'),
      employmentAgency('Daugavpils'),
      redCross('Daugavpils'),
      {
        name: 'Daugavpils Ukrainian community society',
        type: 'culturalSociety',
        contactPerson: 'Chair of the society',
        role: 'Reaches families, runs the Saturday school and co-organises cultural events',
      },
      gymnasium('Daugavpils State Gymnasium'),
      {
        name: 'Society Integration Foundation',
        type: 'integrationBody',
        contactPerson: 'Programme manager',
        role: 'Advises on integration measures and trains staff',
      },
    ],
    agreementDate: '2025-01-15',
    population: 77800,
    tcnCount: 3400,
    countriesOfOrigin: ['Ukraine', 'Belarus', 'Uzbekistan', 'India', 'Tajikistan', 'Kazakhstan'],
    languages: ['Ukrainian', 'Russian', 'Belarusian', 'Uzbek', 'English'],
    targetGroups: ['temporaryProtection', 'workers', 'students', 'olderPeople', 'childrenYouth'],
    summary:
      'Daugavpils is the second largest city in Latvia, close to the borders with Lithuania and Belarus. Newcomers include people under temporary protection, workers from Central Asia and international students of Daugavpils University.',
    dataSources:
      'Office of Citizenship and Migration Affairs (2025); Daugavpils University; State Employment Agency, Daugavpils branch; library survey in four languages (2025, 412 answers); three focus groups.',
    signature: ['older', 'students', 'housing'],
    needs: 9,
    highNeeds: 4,
    actions: 18,
    strengths: 4,
    challenges: 4,
    services: 4,
    scale: 1.3,
    vision:
      'Daugavpils is a city of many languages where newcomers of every age find a home, learn Latvian and take part in the life of Latgale.',
    objectives: [
      'Every newcomer can practise Latvian and read in their home language',
      'Older newcomers and international students are part of the city’s cultural life',
      'Newcomers rent safely and know their rights',
    ],
    summaryIntro: 'Latgale Central Library led eight partners through a year of diagnosis and planning.',
    decisionNo: 521,
    adoptionDate: '2026-01-22',
  },
  {
    town: town('Jūrmala', 'inReview', 'complete', 1),
    city: true,
    library: 'Jūrmala Central Library',
    partners: [
      library('Jūrmala Central Library'),
      socialService('Jūrmala City Council, Social Service'),
      {
        name: 'Hotel and spa employers of Jūrmala',
        type: 'employer',
        contactPerson: 'HR manager of a spa hotel',
        role: 'Reaches seasonal workers and hands out the welcome kit',
      },
      {
        name: 'Shelter “Safe House”',
        type: 'ngo',
        contactPerson: 'Integration counsellor',
        role: 'Legal advice on housing and work',
      },
      gymnasium('Jūrmala State Gymnasium'),
    ],
    agreementDate: '2025-05-20',
    population: 50300,
    tcnCount: 1650,
    countriesOfOrigin: ['Ukraine', 'Uzbekistan', 'Kyrgyzstan', 'India'],
    languages: ['Ukrainian', 'Russian', 'Uzbek', 'Kyrgyz', 'English'],
    targetGroups: ['temporaryProtection', 'workers', 'familyMembers'],
    summary:
      'Jūrmala’s newcomers are people under temporary protection and a large seasonal workforce in hotels, spas and restaurants, which grows every summer.',
    dataSources:
      'Office of Citizenship and Migration Affairs (2025); hotel employers’ estimates; library survey (2025, 156 answers); interviews with 11 seasonal workers.',
    signature: ['seasonal', 'housing'],
    needs: 6,
    highNeeds: 3,
    actions: 7,
    strengths: 3,
    challenges: 3,
    services: 3,
    scale: 1,
    vision:
      'Jūrmala welcomes those who work in it all year round, not only in summer, and the library is open to them when they are free.',
    objectives: [
      'Every seasonal worker receives the welcome kit on arrival',
      'Newcomers rent with written contracts and know their rights',
      'Newcomer families use the library at least once a month',
    ],
    summaryIntro: 'Five partners led by Jūrmala Central Library wrote the strategy in 2025.',
    decisionNo: 0,
    adoptionDate: '',
  },
  {
    town: town('Ogre', 'changesRequested', 'planning', 13),
    city: false,
    library: 'Ogre Central Library',
    partners: [
      library('Ogre Central Library'),
      socialService('Ogre Municipality Social Service'),
      gymnasium('Ogre Technical School'),
      {
        name: 'Employers of the Ogre industrial area',
        type: 'employer',
        contactPerson: 'Production manager',
        role: 'Access to workers on shifts',
      },
      redCross('Ogre'),
    ],
    agreementDate: '2025-04-24',
    population: 22800,
    tcnCount: 690,
    countriesOfOrigin: ['Ukraine', 'Uzbekistan', 'India'],
    languages: ['Ukrainian', 'Russian', 'Uzbek', 'English'],
    targetGroups: ['temporaryProtection', 'workers', 'familyMembers'],
    summary:
      'Ogre’s newcomers are mostly people under temporary protection and workers in the woodworking and food factories near the town, many of whom commute from Rīga.',
    dataSources: 'Office of Citizenship and Migration Affairs (2025); social service records; employer interviews.',
    signature: ['factory', 'health'],
    needs: 5,
    highNeeds: 2,
    actions: 5,
    strengths: 2,
    challenges: 2,
    services: 2,
    scale: 0.85,
    vision: 'Ogre is a town where workers and their families feel at home, not only at work.',
    objectives: [
      'Workers on shifts can reach library services',
      'Newcomer families know how to use health care',
      'Newcomers take part in town life',
    ],
    summaryIntro: '',
    decisionNo: 0,
    adoptionDate: '',
  },
  {
    town: town('Tukums', 'draft', 'planning', 0),
    city: false,
    library: 'Tukums Library',
    partners: [
      library('Tukums Library'),
      socialService('Tukums Municipality Social Service'),
      gymnasium('Tukums Raiņa State Gymnasium'),
      {
        name: 'Tukums Ukrainian mothers’ group',
        type: 'ngo',
        contactPerson: 'Coordinator',
        role: 'Brings the voice of mothers who came with their children',
      },
    ],
    agreementDate: '2025-06-10',
    population: 16400,
    tcnCount: 430,
    countriesOfOrigin: ['Ukraine', 'India', 'Sri Lanka'],
    languages: ['Ukrainian', 'Russian', 'English'],
    targetGroups: ['temporaryProtection', 'women', 'childrenYouth'],
    summary: 'Most newcomers in Tukums are mothers with children under temporary protection.',
    dataSources: 'Office of Citizenship and Migration Affairs (2025); school enrolment data.',
    signature: ['women'],
    needs: 4,
    highNeeds: 2,
    actions: 3,
    strengths: 2,
    challenges: 2,
    services: 2,
    scale: 0.7,
    vision: '',
    objectives: ['', '', ''],
    summaryIntro: '',
    decisionNo: 0,
    adoptionDate: '',
  },
  {
    town: town('Sigulda', 'draft', 'diagnosis', 26),
    city: false,
    library: 'Sigulda Municipality Library',
    partners: [
      library('Sigulda Municipality Library'),
      socialService('Sigulda Municipality Social Service'),
      gymnasium('Sigulda State Gymnasium'),
      {
        name: 'Hotels and guest houses of Sigulda',
        type: 'employer',
        contactPerson: 'Owner of a guest house',
        role: 'Brings the view of employers of seasonal workers',
      },
    ],
    agreementDate: '2025-08-19',
    population: 11400,
    tcnCount: 360,
    countriesOfOrigin: ['Ukraine', 'Georgia', 'Moldova', 'India'],
    languages: ['Ukrainian', 'Russian', 'Georgian', 'Romanian', 'English'],
    targetGroups: ['temporaryProtection', 'workers', 'childrenYouth'],
    summary:
      'Sigulda’s newcomers are families under temporary protection and seasonal workers in tourism, whose number doubles in summer.',
    dataSources: 'Office of Citizenship and Migration Affairs (2025); tourism employers’ estimates; school data.',
    signature: ['seasonal', 'youth'],
    needs: 4,
    highNeeds: 2,
    actions: 0,
    strengths: 2,
    challenges: 2,
    services: 2,
    scale: 0.7,
    vision: '',
    objectives: ['', '', ''],
    summaryIntro: '',
    decisionNo: 0,
    adoptionDate: '',
  },
  {
    town: town('Kuldīga', 'draft', 'started', 52),
    city: false,
    library: 'Kuldīga Main Library',
    partners: [
      library('Kuldīga Main Library'),
      socialService('Kuldīga Municipality Social Service'),
      gymnasium('Kuldīga Centre Secondary School'),
    ],
    agreementDate: '2025-09-30',
    population: 10800,
    tcnCount: 290,
    countriesOfOrigin: ['Ukraine', 'Nepal', 'Uzbekistan'],
    languages: ['Ukrainian', 'Russian', 'Nepali', 'Uzbek'],
    targetGroups: ['temporaryProtection', 'workers'],
    summary: '',
    dataSources: '',
    signature: ['seasonal'],
    needs: 2,
    highNeeds: 1,
    actions: 0,
    strengths: 0,
    challenges: 0,
    services: 0,
    scale: 0.6,
    vision: '',
    objectives: ['', '', ''],
    summaryIntro: '',
    decisionNo: 0,
    adoptionDate: '',
  },
];

export const DEMO_TOWNS: readonly DemoTown[] = PROFILES.map((p) => p.town);

/** A town not among the demo towns still gets plausible content, seeded by its name. */
function genericProfile(t: DemoTown): Profile {
  const m = t.municipality;
  return {
    town: t,
    city: false,
    library: `${m} Library`,
    partners: [
      library(`${m} Library`),
      socialService(`${m} Municipality Social Service`),
      redCross(m),
      gymnasium(`${m} Secondary School`),
    ],
    agreementDate: '2025-05-05',
    population: 20000,
    tcnCount: 500,
    countriesOfOrigin: ['Ukraine', 'India', 'Uzbekistan'],
    languages: ['Ukrainian', 'Russian', 'English'],
    targetGroups: ['temporaryProtection', 'workers'],
    summary: `Most newcomers in ${m} are people under temporary protection and workers with their families.`,
    dataSources: 'Office of Citizenship and Migration Affairs (2025); library visitor survey (2025).',
    signature: [],
    needs: 5,
    highNeeds: 2,
    actions: 5,
    strengths: 2,
    challenges: 2,
    services: 2,
    scale: 0.8,
    vision: `${m} is a town where newcomers feel at home and the library is their first bridge to the community.`,
    objectives: [
      'Every newcomer knows the library within three months of arrival',
      'Newcomers practise Latvian every week',
      'Newcomers and residents meet at least once a month',
    ],
    summaryIntro: `The strategy was written by a partnership led by ${m} Library.`,
    decisionNo: 100,
    adoptionDate: '2026-01-15',
  };
}

// ---------- generation ----------

/** A small PRNG (FNV-1a hash of the seed, then mulberry32): the same town always draws the same. */
function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 16777619);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`demo-towns: no entry ${i}`);
  return v;
}

function shuffled<T>(list: readonly T[], rnd: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [at(out, j), at(out, i)];
  }
  return out;
}

const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Month `i` of the strategy period, 0 = 2026-01 … 35 = 2028-12. */
const LAST_MONTH = 35;
const monthOf = (i: number) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const monthName = (month: string) => `${at(MONTH_NAMES, Number(month.slice(5)) - 1)} ${month.slice(0, 4)}`;

/** 84250.5 → '84,250.50' */
function euros(n: number): string {
  const [whole = '0', cents = '00'] = n.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return cents === '00' ? grouped : `${grouped}.${cents}`;
}

const CENTS = [0.5, 0.75, 0.25, 0.4];

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${at(items, items.length - 1)}`;
}

/** The town's whole content as operations (putSection / createItem only), deterministic for a given town and newId. */
export function demoTownOperations(town: DemoTown, newId: () => string): Operation[] {
  const profile = PROFILES.find((p) => p.town.municipality === town.municipality) ?? genericProfile(town);
  const rnd = seededRandom(town.municipality);
  const { stage } = town;
  const m = town.municipality;
  const ctx: Ctx = { town: m, library: profile.library, n: (lo, hi) => int(rnd, lo, hi) };
  const fill = (s: string) =>
    s
      .replaceAll('{town}', m)
      .replaceAll('{library}', profile.library)
      .replaceAll('{languages}', listInWords(profile.languages.slice(0, 2)));
  const council = `${m} ${profile.city ? 'City' : 'Municipality'} Council`;
  const atLeast = (s: DemoTown['stage']) =>
    (['started', 'diagnosis', 'planning', 'complete'] as const).indexOf(stage) >=
    (['started', 'diagnosis', 'planning', 'complete'] as const).indexOf(s);
  const complete = stage === 'complete';
  const ops: Operation[] = [];

  // ---- partnership ----
  const started = stage === 'started';
  ops.push({
    type: 'putSection',
    key: 'partnership',
    data: {
      ...EMPTY_SECTIONS.partnership,
      municipality: m,
      country: 'LV',
      leadLibrary: profile.library,
      description: started
        ? ''
        : `A partnership of ${profile.library}, the municipality and ${profile.partners.length - 2} local organisations that meet newcomers every day.`,
      agreementSigned: !started,
      agreementDate: started ? '' : profile.agreementDate,
    },
  });
  const partners = (started ? profile.partners.slice(0, 3) : profile.partners).map((spec) => ({
    spec,
    id: newId(),
  }));
  for (const p of partners) {
    ops.push({
      type: 'createItem',
      kind: 'partner',
      id: p.id,
      data: {
        ...EMPTY_ITEMS.partner,
        name: p.spec.name,
        type: p.spec.type,
        contactPerson: p.spec.contactPerson,
        contactEmail: '',
        role: p.spec.role,
      },
    });
  }
  const hasRole = (spec: PartnerSpec, role: Role) => spec.type === role || (spec.also ?? []).includes(role);
  const partnerFor = (role: Role) => partners.find((p) => hasRole(p.spec, role))?.id;

  const meetingCount = { started: 1, diagnosis: 3, planning: 4, complete: profile.actions >= 10 ? 6 : 5 }[stage];
  let date = profile.agreementDate;
  MEETINGS.slice(0, meetingCount).forEach((spec, i) => {
    if (i > 0) date = addDays(date, int(rnd, 14, 40));
    ops.push({
      type: 'createItem',
      kind: 'meeting',
      id: newId(),
      data: {
        ...EMPTY_ITEMS.meeting,
        title: spec.title,
        date,
        format: spec.format,
        participants: int(rnd, ...spec.participants),
        notes: fill(spec.notes),
      },
    });
  });

  // ---- diagnosis ----
  if (atLeast('diagnosis')) {
    ops.push({
      type: 'putSection',
      key: 'diagnosis',
      data: {
        ...EMPTY_SECTIONS.diagnosis,
        population: profile.population,
        tcnCount: profile.tcnCount,
        countriesOfOrigin: [...profile.countriesOfOrigin],
        languages: [...profile.languages],
        targetGroups: [...profile.targetGroups],
        summary: profile.summary,
        dataSources: profile.dataSources,
      },
    });
    for (const s of shuffled(SERVICES, rnd).slice(0, profile.services)) {
      ops.push({
        type: 'createItem',
        kind: 'service',
        id: newId(),
        data: {
          ...EMPTY_ITEMS.service,
          name: s.name,
          runBy: fill(s.runBy),
          description: s.description,
          targetGroups: [...s.targetGroups],
        },
      });
    }
  }

  // ---- needs ----
  const topics: TopicKey[] = [
    ...profile.signature,
    ...shuffled(
      COMMON_TOPICS.filter((k) => !profile.signature.includes(k)),
      rnd,
    ),
  ].slice(0, profile.needs);
  /** Complete towns with many needs leave the last one, of low priority, for later. */
  const deferLast = complete && topics.length >= 5;
  const priorityOf = (i: number): Priority =>
    i < profile.highNeeds ? 'high' : deferLast && i === topics.length - 1 ? 'low' : 'medium';
  const needs = topics.map((key, i) => ({ key, id: newId(), priority: priorityOf(i) }));
  needs.forEach((n, i) => {
    const t = TOPICS[n.key].need;
    // A town that has just started has written its first needs only roughly.
    const rough = started && i > 0;
    ops.push({
      type: 'createItem',
      kind: 'need',
      id: n.id,
      data: finding({
        title: fill(t.title),
        description: rough ? '' : t.description,
        targetGroups: [...t.targetGroups],
        themes: [...t.themes],
        evidence: started ? '' : t.evidence(ctx),
        priority: rough ? '' : n.priority,
        partnerId: partnerFor(t.source) ?? '',
      }),
    });
  });

  // ---- strengths and challenges ----
  /** Findings that relate to the town's topics come first, the rest in a seeded order. */
  const choose = (pool: readonly FindingSpec[], count: number) => {
    const order = shuffled(pool, rnd);
    const related = order.filter((f) => f.relates.some((k) => topics.includes(k)));
    return [...related, ...order.filter((f) => !related.includes(f))].slice(0, count);
  };
  const findings = (kind: 'strength' | 'challenge', pool: readonly FindingSpec[], count: number) =>
    choose(pool, count).map((spec) => {
      const id = newId();
      ops.push({
        type: 'createItem',
        kind,
        id,
        data: finding({
          title: fill(spec.title),
          description: fill(spec.description),
          targetGroups: [...spec.targetGroups],
          themes: [...spec.themes],
          evidence: spec.evidence,
          priority: spec.priority,
          partnerId: partnerFor(spec.source) ?? '',
        }),
      });
      return { spec, id };
    });
  const strengths = atLeast('diagnosis') ? findings('strength', STRENGTHS, profile.strengths) : [];
  const challenges = atLeast('diagnosis') ? findings('challenge', CHALLENGES, profile.challenges) : [];

  if (!atLeast('planning')) return ops;

  // ---- recommendations ----
  // Complete: every need but a deferred low one. Planning: one high-priority need is still unanswered.
  const answered = needs.filter((n, i) => (complete ? n.priority !== 'low' : i !== Math.min(1, needs.length - 1)));
  const recs = answered.map((n) => ({ need: n, id: newId() }));
  for (const r of recs) {
    const t = TOPICS[r.need.key].recommendation;
    ops.push({
      type: 'createItem',
      kind: 'recommendation',
      id: r.id,
      data: {
        ...EMPTY_ITEMS.recommendation,
        title: fill(t.title),
        description: t.description,
        themes: [...t.themes],
        needIds: [r.need.id],
        challengeIds: challenges.filter((c) => c.spec.relates.includes(r.need.key)).map((c) => c.id),
        strengthIds: strengths
          .filter((s) => s.spec.relates.includes(r.need.key))
          .slice(0, 2)
          .map((s) => s.id),
      },
    });
  }

  // ---- actions ----
  // Round robin over the recommendations, each taking its topic's next action. A planning
  // town leaves its last recommendation without an action yet.
  const withActions = complete ? recs : recs.slice(0, -1);
  const planned: { rec: (typeof recs)[number]; spec: ActionSpec }[] = [];
  const target = Math.max(profile.actions, complete ? withActions.length : 0);
  for (let round = 0; planned.length < target; round++) {
    const before = planned.length;
    for (const rec of withActions) {
      const spec = TOPICS[rec.need.key].actions[round];
      if (spec && planned.length < target) planned.push({ rec, spec });
    }
    if (planned.length === before) break;
  }
  const actions: Action[] = planned.map(({ rec, spec }, i) => {
    const lead = partnerFor(spec.lead) ?? partnerFor('library') ?? '';
    const supporting = spec.support
      .map((role) => partnerFor(role))
      .filter((id): id is string => id !== undefined && id !== lead);
    const start = int(rnd, 0, spec.startWithin);
    const end = Math.min(start + spec.months - 1, LAST_MONTH);
    let budget = Math.round((spec.budget * profile.scale * (0.85 + rnd() * 0.35)) / 50) * 50;
    if (rnd() < 0.3) budget += at(CENTS, int(rnd, 0, CENTS.length - 1));
    const action: Action = {
      ...EMPTY_ITEMS.action,
      title: fill(spec.title),
      description: fill(spec.description),
      recommendationId: rec.id,
      leadPartnerId: lead,
      supportingPartnerIds: [...new Set(supporting)],
      startMonth: monthOf(start),
      endMonth: monthOf(end),
      resources: spec.resources,
      budget,
      currency: 'EUR',
      fundingSource: at(spec.funding, int(rnd, 0, spec.funding.length - 1)),
      indicators: spec.indicators.map((ind) => ({
        ...ind,
        id: newId(),
        target: ind.unit === '%' ? ind.target : Math.max(1, Math.round(ind.target * profile.scale)),
      })),
      risks: spec.risks,
    };
    if (complete) return action;
    // A plan in the making: gaps the review step points out.
    if (i === 1) return { ...action, indicators: [], risks: '' };
    if (i === 2) return { ...action, leadPartnerId: '', budget: null, fundingSource: '' };
    if (i === 3 && town.state === 'draft') return { ...action, startMonth: '', endMonth: '' };
    if (i >= 3 && i === planned.length - 1) return { ...action, recommendationId: '' };
    return action;
  });
  for (const data of actions) ops.push({ type: 'createItem', kind: 'action', id: newId(), data });

  // ---- plan and vision ----
  const inReviewOrLater = town.state !== 'draft';
  if (complete || inReviewOrLater) {
    ops.push({
      type: 'putSection',
      key: 'plan',
      data: {
        ...EMPTY_SECTIONS.plan,
        monitoring: at(
          [
            `The partnership meets every quarter to review the indicators; ${profile.library} keeps attendance lists and survey results in one shared table.`,
            `A monitoring group of the library, the social service and one newcomer representative meets twice a year and reports to ${council}.`,
            `Each lead partner reports its indicators to ${profile.library} every six months; the partnership discusses them with newcomers at an open meeting.`,
          ],
          int(rnd, 0, 2),
        ),
        review: complete
          ? `The strategy is reviewed every year in ${at(['May', 'June', 'September'], int(rnd, 0, 2))}; a full evaluation with newcomers takes place in autumn 2028.`
          : '',
      },
    });
  }
  if (complete || inReviewOrLater) {
    const adopted = ['approved', 'submitted', 'accepted'].includes(town.state);
    ops.push({
      type: 'putSection',
      key: 'vision',
      data: {
        ...EMPTY_SECTIONS.vision,
        vision: profile.vision,
        objectives: [...profile.objectives],
        summary: complete ? summaryOf(profile, { needs, strengths, challenges, recs, actions }) : '',
        councilDecision: complete && adopted ? `Decision No. ${profile.decisionNo} of ${council}` : '',
        adoptionDate: complete && adopted ? profile.adoptionDate : '',
      },
    });
  }
  return ops;
}

function finding(f: Partial<Finding>): Finding {
  return { ...EMPTY_FINDING, ...f };
}

const FUNDING_IN_WORDS: Record<string, string> = {
  'Municipal budget': 'the municipal budget',
  'Library budget': 'the library budget',
  'State Culture Capital Foundation': 'the State Culture Capital Foundation',
  'Private sponsor': 'private sponsors',
};

function summaryOf(
  profile: Profile,
  counts: { needs: unknown[]; strengths: unknown[]; challenges: unknown[]; recs: unknown[]; actions: Action[] },
): string {
  const { actions } = counts;
  const total = actions.reduce((sum, a) => sum + (a.budget ?? 0), 0);
  const bySource = new Map<string, number>();
  for (const a of actions) bySource.set(a.fundingSource, (bySource.get(a.fundingSource) ?? 0) + (a.budget ?? 0));
  const main = [...bySource.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 2)
    .map(([source]) => FUNDING_IN_WORDS[source] ?? source);
  const months = actions.flatMap((a) => [a.startMonth, a.endMonth]).sort();
  const first = months[0] ?? '2026-01';
  const last = months[months.length - 1] ?? '2028-12';
  return [
    profile.summaryIntro,
    `The diagnosis found ${counts.needs.length} needs, ${counts.strengths.length} strengths and ${counts.challenges.length} challenges.`,
    `The partnership answers them with ${counts.recs.length} recommendations and ${actions.length} actions from ${monthName(first)} to ${monthName(last)}, with a planned budget of EUR ${euros(total)}, mainly from ${listInWords(main)}.`,
    'Progress is measured with indicators for every action and discussed with newcomers every year.',
  ]
    .filter((s) => s !== '')
    .join(' ');
}
