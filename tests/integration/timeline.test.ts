import { describe, expect, it } from 'vitest';
import type { TimelineEpisode } from '../../src/shared/domain/timeline';
import {
  emailsOfPatient,
  episodesOfPatient,
  handoutsOfPatient,
  programVersionsOfPatient,
  signedFindingsOfPatient,
  visitsOfPatient,
} from '../../src/main/db/queries/patient-timeline';
import { sampleContent, sampleItems } from '../support/handout-samples';
import { savedProgramFor, signedVisitFor } from '../support/saved-program';
import { samplePatient } from '../support/sample-patients';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const sender = { url: 'file:///app/index.html', mainFrame: true };

/** A patient with two episodes: the first with a visit, a program in two versions, a handout. */
async function patientWithHistory() {
  const { patient, program } = savedProgramFor(app);
  app.services.programs.saveVersion(program.id, 1, sampleContent({ items: sampleItems(5) }));
  const handout = await app.services.handouts.render(program.id, 2, {
    nextAppointment: null,
    logWeeks: 4,
  });
  app.services.handouts.recordPrint(handout.handoutId);
  const later = app.services.assessments.start(patient.id, {
    complaint: 'Groin pain on hills',
    side: 'right',
    startedOn: '2026-11-10',
  });
  return { patient, program, later };
}

describe('the patient timeline', () => {
  it('groups visits, program versions and handouts by episode, newest first', async () => {
    const { patient, program, later } = await patientWithHistory();
    const result = await app.router(sender, 'patients.timeline', { patientId: patient.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const timeline = result.value as TimelineEpisode[];
    expect(timeline.map((group) => group.episode.complaint)).toEqual([
      'Groin pain on hills',
      'Outer hip pain',
    ]);
    expect(timeline[0]!.items).toEqual([
      {
        kind: 'visit',
        at: later.record.visitDate,
        assessmentId: later.id,
        status: 'draft',
        findings: [],
      },
    ]);
    const kinds = timeline[1]!.items.map((item) =>
      item.kind === 'program' ? `program v${item.version}` : item.kind,
    );
    expect(kinds).toEqual(['handout', 'program v2', 'program v1', 'visit']);
    const handout = timeline[1]!.items[0]!;
    expect(handout).toMatchObject({ programId: program.id, programVersion: 2, action: 'printed' });
    const visit = timeline[1]!.items.at(-1)!;
    expect(visit).toMatchObject({ kind: 'visit', status: 'final' });
  });

  it('shows the findings as last signed, and the emails with their state', async () => {
    const { patient, program } = await patientWithHistory();
    const visit = signedVisitFor(app, patient.id);
    const timeline = app.services.timeline.forPatient(patient.id);
    const signed = timeline
      .flatMap((group) => group.items)
      .find((item) => item.kind === 'visit' && item.assessmentId === visit.id);
    expect(signed).toMatchObject({ status: 'final' });
    const versions = app.services.assessments.versions(visit.id);
    expect(signed && signed.kind === 'visit' && signed.findings).toEqual(versions.at(-1)!.findings);

    app.services.mail.updateSettings({
      host: '127.0.0.1',
      port: 2525,
      security: 'none',
      username: '',
      password: null,
      fromName: 'Clinic',
      fromAddress: 'clinic@example.com',
      replyTo: '',
      subjectTemplate: 'Program',
      bodyTemplate: 'Hello',
    });
    const handout = await app.services.handouts.render(program.id, 1, {
      nextAppointment: null,
      logWeeks: 4,
    });
    const email = app.services.mail.queue({
      handoutId: handout.handoutId,
      to: 'zoe@example.com',
      subject: 'Program',
      body: 'Hello',
    });
    const items = app.services.timeline.forPatient(patient.id).flatMap((group) => group.items);
    expect(items).toContainEqual({
      kind: 'email',
      at: email.createdAt,
      id: email.id,
      programId: program.id,
      programVersion: 1,
      to: 'zoe@example.com',
      state: 'queued',
    });
  });

  it('shows the findings a visit stands signed with, an amendment’s once amended', () => {
    const patient = app.services.patients.create(samplePatient());
    const signed = signedVisitFor(app, patient.id);
    const abduction = (left: number) => ({
      'hhd-hip-abduction': {
        shared: { leverArm: 0.8, method: 'break', position: 'side-lying' },
        left: { peakForce: left, trials: 3 },
        right: { peakForce: 200, trials: 3 },
      },
    });
    const findingsNow = () => {
      const [episode] = app.services.timeline.forPatient(patient.id);
      const visit = episode!.items.find((item) => item.kind === 'visit');
      return visit?.kind === 'visit' ? visit.findings : null;
    };
    expect(findingsNow()).toEqual([]);
    const amended = app.services.assessments.amend(
      signed.id,
      signed.revision,
      { ...signed.record, tests: abduction(120) },
      { signedBy: 'Jo Physio', reason: 'Strength results typed in late' },
    );
    expect(findingsNow()!.join(' ')).toMatch(/left hip abductors/i);
    app.services.assessments.amend(
      amended.id,
      amended.revision,
      { ...amended.record, tests: abduction(200) },
      { signedBy: 'Jo Physio', reason: 'Wrong side typed' },
    );
    expect(findingsNow()).toEqual([]);
  });

  it('reads each kind of event through the patient’s own index', async () => {
    const { patient } = await patientWithHistory();
    const queries = [
      episodesOfPatient,
      visitsOfPatient,
      signedFindingsOfPatient,
      programVersionsOfPatient,
      handoutsOfPatient,
      emailsOfPatient,
    ];
    for (const query of queries) {
      const { sql, params } = query(app.connection.db, patient.id).toSQL();
      const plan = app.connection.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((step) => (step as { detail: string }).detail);
      for (const step of plan)
        expect(step, `${query.name}: ${plan.join(' / ')}`).not.toMatch(/^SCAN /);
    }
  });
});
