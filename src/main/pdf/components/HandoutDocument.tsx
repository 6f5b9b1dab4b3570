import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { HandoutData } from '../handout-data';
import { DRAWING_KEY } from '../handout-text';
import { ExerciseBlock } from './ExerciseBlock';
import { ExerciseLog } from './ExerciseLog';
import { Letterhead, ProgramSummary } from './Letterhead';
import { ReturnToRunTable } from './ReturnToRunTable';
import { PainGuide, ReferralNotice, SeekHelp } from './Safety';
import { COLOURS, styles } from './theme';

/**
 * On every page: a rule and the clinic's and patient's names. "Page N of M" is added to the
 * finished PDF (page-numbers.ts) at the right end of this line.
 */
function PageFooter({ data }: { data: HandoutData }) {
  const line = { position: 'absolute' as const, bottom: 24, left: 40, right: 140 };
  return (
    <>
      <View
        fixed
        style={{
          position: 'absolute',
          bottom: 40,
          left: 40,
          right: 40,
          borderTopWidth: 1,
          borderTopColor: COLOURS.line,
        }}
      />
      <Text fixed style={[styles.small, line]}>
        {`${data.clinic.name} · ${data.patientName}`}
      </Text>
    </>
  );
}

/**
 * The home program handout. A red flag puts the referral first and the running plan never
 * appears (the data leaves it out); otherwise: exercises, pain guide, help, running, log.
 */
export function HandoutDocument({ data, createdAt }: { data: HandoutData; createdAt: Date }) {
  return (
    <Document
      title={`${data.title} - ${data.patientName}`}
      author={data.clinic.name}
      subject="Home exercise program"
      creator="Stride Clinic"
      producer="Stride Clinic"
      language="en"
      creationDate={createdAt}
      modificationDate={createdAt}
    >
      {/* react-pdf's newer page breaking keeps each box's first measurements instead of laying
          out everything after a break again: the same pages, in about a sixth less time. */}
      <Page size={data.paperSize} style={styles.page} experimentalPagination>
        <PageFooter data={data} />
        <View style={styles.body}>
          <Letterhead data={data} />
          {data.referral && <ReferralNotice reasons={data.referral.reasons} />}
          <ProgramSummary data={data} />
          <View style={styles.section}>
            <Text style={styles.sectionTitle} minPresenceAhead={120}>
              Your exercises
            </Text>
            {data.exercises.some((exercise) => exercise.illustration.kind === 'drawing') && (
              <Text style={[styles.body, { color: COLOURS.muted, fontSize: 9 }]}>
                {DRAWING_KEY}
              </Text>
            )}
            {data.exercises.map((exercise) => (
              <ExerciseBlock key={exercise.number} exercise={exercise} />
            ))}
          </View>
          <PainGuide guide={data.painGuide} />
          <SeekHelp items={data.seekHelp} clinicPhone={data.clinic.phone} />
          {data.returnToRun && <ReturnToRunTable plan={data.returnToRun} />}
          <ExerciseLog log={data.log} paperSize={data.paperSize} />
        </View>
      </Page>
    </Document>
  );
}
