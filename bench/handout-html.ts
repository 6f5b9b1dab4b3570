import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type {
  HandoutData,
  HandoutExercise,
  HandoutReturnToRun,
} from '../src/main/pdf/handout-data';
import { COLOURS } from '../src/main/pdf/components/colours';
import { DRAWING_KEY, REFERRAL_ADVICE, SEEK_HELP_ACTION } from '../src/main/pdf/handout-text';
import { FigureSvg } from '../src/renderer/src/components/FigureSvg';

// The handout as one HTML page, for the benchmark that prints it with headless Chromium. It
// carries the same words, picture frames, logo and font as the react-pdf handout, with a small
// stylesheet in the same sizes and colours, so both printers get the same work to do.

const DAYS = ['Day 1', 'Day 2', 'Day 3', 'Day 4', 'Day 5', 'Day 6', 'Day 7'];

/** Any text made safe to put between tags or inside a quoted attribute. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Any text as a quoted CSS string; a hex escape for each character that could end it. */
function cssString(value: string): string {
  const escaped = value.replace(
    /[\\"'<>\n\r]/g,
    (character) => `\\${character.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}

function list(items: string[], numbered = false): string {
  const tag = numbered ? 'ol' : 'ul';
  return `<${tag}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
}

function labelled(label: string, body: string): string {
  return `<div class="labelled"><div class="label">${escapeHtml(label)}</div>${body}</div>`;
}

function stylesheet(data: HandoutData, fontsDirectory: string): string {
  const font = (file: string) => cssString(pathToFileURL(join(fontsDirectory, file)).href);
  const footer = `${data.clinic.name} · ${data.patientName}`;
  return `
@font-face { font-family: 'Noto Sans'; font-weight: 400; src: url(${font('NotoSans-Regular.ttf')}) format('truetype'); }
@font-face { font-family: 'Noto Sans'; font-weight: 700; src: url(${font('NotoSans-Bold.ttf')}) format('truetype'); }
@page {
  size: ${data.paperSize === 'LETTER' ? 'letter' : 'A4'};
  margin: 36pt 40pt 54pt;
  @bottom-left {
    content: ${cssString(footer)};
    font: 8.5pt 'Noto Sans'; color: ${COLOURS.muted};
    vertical-align: top; padding-top: 4pt; border-top: 1pt solid ${COLOURS.line};
  }
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages);
    font: 8.5pt 'Noto Sans'; color: ${COLOURS.muted};
    vertical-align: top; padding-top: 4pt; border-top: 1pt solid ${COLOURS.line};
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; font-family: 'Noto Sans'; font-size: 9.5pt; line-height: 12.8pt;
  color: ${COLOURS.text};
}
b, .bold { font-weight: 700; }
.small { font-size: 8.5pt; color: ${COLOURS.muted}; }
h2 {
  font-size: 13pt; line-height: 1.3; font-weight: 700; color: ${COLOURS.accent};
  margin: 0 0 6pt; break-after: avoid;
}
section { margin-top: 14pt; }
.keep { break-inside: avoid; }
ol, ul { margin: 0; padding-left: 12pt; }
li { margin-bottom: 1pt; }
.letterhead {
  display: flex; gap: 12pt; padding-bottom: 10pt; border-bottom: 2pt solid ${COLOURS.accent};
}
.letterhead img { max-width: 110pt; max-height: 56pt; object-fit: contain; }
.letterhead .clinic { flex: 1; }
.letterhead .clinic-name { font-size: 15pt; font-weight: 700; color: ${COLOURS.accent}; line-height: 1.3; }
.letterhead .issued { width: 150pt; text-align: right; }
.letterhead .issued .kind { font-size: 10pt; font-weight: 700; color: ${COLOURS.muted}; }
.summary, .referral { margin-top: 12pt; padding: 10pt; border-radius: 4pt; }
.summary { background: ${COLOURS.accentLight}; }
.summary .patient { font-size: 15pt; font-weight: 700; line-height: 1.3; }
.summary .title { font-size: 12pt; font-weight: 700; color: ${COLOURS.accent}; line-height: 1.3; margin-top: 4pt; }
.summary p { margin: 3pt 0 0; }
.referral { border: 2pt solid ${COLOURS.warning}; background: ${COLOURS.warningLight}; }
.referral h2, .warning { color: ${COLOURS.warning}; }
.exercise { padding: 8pt 0; border-bottom: 1pt solid ${COLOURS.line}; break-inside: avoid; }
.exercise .top, .exercise .columns { display: flex; gap: 12pt; }
.exercise .columns { margin-top: 2pt; }
.exercise .about, .exercise .columns > div { flex: 1; }
.exercise .frame {
  flex: none; width: 150pt; height: 96pt; padding: 8pt;
  display: flex; align-items: center; justify-content: center; text-align: center;
  border: 1pt solid ${COLOURS.line}; border-radius: 4pt; background: ${COLOURS.frame};
  font-size: 9pt; color: ${COLOURS.muted};
}
.exercise .frame img { width: 100%; height: 100%; object-fit: contain; }
.exercise .frame.photo { padding: 0; }
.key { font-size: 9pt; color: ${COLOURS.muted}; }
.exercise .frame.drawing { padding: 2pt; background: #ffffff; }
.exercise .name { font-size: 12pt; font-weight: 700; line-height: 1.3; }
.exercise .side { font-weight: 700; color: ${COLOURS.accent}; }
.exercise .dosage { margin-top: 2pt; padding: 3pt 6pt; background: ${COLOURS.accentLight}; font-weight: 700; }
.labelled { margin-top: 3pt; }
.label { font-size: 9pt; font-weight: 700; color: ${COLOURS.muted}; }
.zone { display: flex; margin-bottom: 2pt; }
.zone b { width: 120pt; }
.zone span { flex: 1; }
table { border-collapse: collapse; width: 100%; }
.running th, .running td { padding: 3pt 4pt; }
.running th { background: ${COLOURS.accent}; color: white; font-weight: 700; text-align: left; }
.running td { border-bottom: 1pt solid ${COLOURS.line}; }
.log { border: 1pt solid ${COLOURS.line}; }
.log th { background: ${COLOURS.accentLight}; font-weight: 700; text-align: center; }
.log th, .log td { border: 1pt solid ${COLOURS.line}; padding: 3pt; height: 24pt; }
.log th:first-child, .log td:first-child { width: 52pt; text-align: left; }
.log th:last-child, .log td:last-child { width: 62pt; }
.log td { text-align: center; }
.tick { display: inline-block; width: 10pt; height: 10pt; border: 1pt solid ${COLOURS.muted}; margin: 0 1.5pt; vertical-align: middle; }
`;
}

function letterhead(data: HandoutData): string {
  const { clinic } = data;
  const contact = [clinic.phone, clinic.email, clinic.website].filter((part) => part !== '');
  return `<header class="letterhead">
  ${clinic.logo ? `<img src="${escapeHtml(clinic.logo)}" alt="">` : ''}
  <div class="clinic">
    <div class="clinic-name">${escapeHtml(clinic.name)}</div>
    ${clinic.addressLines.map((line) => `<div class="small">${escapeHtml(line)}</div>`).join('')}
    ${contact.map((line) => `<div class="small">${escapeHtml(line)}</div>`).join('')}
  </div>
  <div class="issued">
    <div class="kind">Home exercise program</div>
    <div class="small">${escapeHtml(data.issuedOn)}</div>
    <div class="small">From ${escapeHtml(data.practitioner)}</div>
  </div>
</header>`;
}

function referralNotice(reasons: string[]): string {
  return `<div class="referral keep">
  <h2>Please see a doctor before you go on</h2>
  <div>${escapeHtml(REFERRAL_ADVICE)}</div>
  <div class="bold" style="margin-top: 6pt">What your physio noticed:</div>
  ${list(reasons)}
</div>`;
}

function summary(data: HandoutData): string {
  const line = (label: string, value: string) =>
    `<p><b>${escapeHtml(label)}: </b>${escapeHtml(value)}</p>`;
  return `<div class="summary">
  <div class="small">Prepared for</div>
  <div class="patient">${escapeHtml(data.patientName)}</div>
  <div class="title">${escapeHtml(data.title)}</div>
  ${data.goal !== '' ? line('Goal', data.goal) : ''}
  ${line('How often', data.frequency)}
  ${data.nextAppointment ? line('Next appointment', data.nextAppointment) : ''}
</div>`;
}

function exerciseBlock(exercise: HandoutExercise): string {
  const picture =
    exercise.illustration.kind === 'photo'
      ? `<div class="frame photo"><img src="${escapeHtml(exercise.illustration.dataUrl)}" alt=""></div>`
      : exercise.illustration.kind === 'drawing'
        ? `<div class="frame drawing">${renderToStaticMarkup(
            createElement(FigureSvg, {
              drawing: exercise.illustration.drawing,
              width: '100%',
              height: '100%',
            }),
          )}</div>`
        : `<div class="frame">${escapeHtml(exercise.name)}</div>`;
  const columns =
    exercise.cues.length > 0 || exercise.avoid.length > 0
      ? `<div class="columns">
    <div>${exercise.cues.length > 0 ? labelled('Keep in mind', list(exercise.cues)) : ''}</div>
    <div>${exercise.avoid.length > 0 ? labelled('Avoid', list(exercise.avoid)) : ''}</div>
  </div>`
      : '';
  return `<div class="exercise">
  <div class="top">
    ${picture}
    <div class="about">
      <div class="name">${exercise.number}. ${escapeHtml(exercise.name)}</div>
      ${exercise.side ? `<div class="side">${escapeHtml(exercise.side)}</div>` : ''}
      <div class="dosage">${escapeHtml(exercise.dosage)}</div>
      ${labelled('Start', `<div>${escapeHtml(exercise.startingPosition)}</div>`)}
      ${labelled('Steps', list(exercise.steps, true))}
    </div>
  </div>
  ${columns}
  ${exercise.note ? labelled('Note from your physio', `<div>${escapeHtml(exercise.note)}</div>`) : ''}
</div>`;
}

function painGuide(guide: HandoutData['painGuide']): string {
  const zones = guide.zones.map(
    (zone) =>
      `<div class="zone"><b>${escapeHtml(zone.range)}</b><span>${escapeHtml(zone.meaning)}</span></div>`,
  );
  return `<section class="keep">
  <h2>How much pain is OK?</h2>
  ${zones.join('')}
  <div style="margin-top: 4pt">${escapeHtml(guide.rule)}</div>
</section>`;
}

function seekHelp(items: string[], clinicPhone: string): string {
  const phone = clinicPhone !== '' ? ` Clinic phone: ${clinicPhone}.` : '';
  return `<section class="keep">
  <h2 class="warning">When to stop and get help</h2>
  ${list(items)}
  <div class="bold" style="margin-top: 4pt">${escapeHtml(SEEK_HELP_ACTION + phone)}</div>
</section>`;
}

function returnToRun(plan: HandoutReturnToRun): string {
  const columns = [
    ['Stage', 40],
    ['Walk', 52],
    ['Run', 52],
    ['Repeat', 58],
    ['Total', 52],
    ['Effort', 48],
    ['Sessions', 64],
  ] as const;
  const header = columns
    .map(([label, width]) => `<th style="width: ${width}pt">${label}</th>`)
    .join('');
  const rows = plan.stages.map((stage) => {
    const cells = [
      stage.stage,
      stage.walk,
      stage.run,
      stage.repeats,
      stage.total,
      stage.effort,
      stage.sessions,
      stage.note ?? '',
    ];
    return `<tr>${cells.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`;
  });
  return `<section>
  <h2>Return to running</h2>
  <table class="running keep"><tr>${header}<th>Note</th></tr>${rows.join('')}</table>
  <div class="keep" style="margin-top: 6pt">${list(plan.rules)}</div>
</section>`;
}

function exerciseLog(log: HandoutData['log']): string {
  const perDay =
    log.sessionsPerDay === 1 ? 'one box' : `${log.sessionsPerDay} boxes, one for each session`;
  const days = `${log.daysPerWeek} ${log.daysPerWeek === 1 ? 'day' : 'days'}`;
  const ticks = '<span class="tick"></span>'.repeat(log.sessionsPerDay);
  const weeks = Array.from(
    { length: log.weeks },
    (_, week) =>
      `<tr><td>Week ${week + 1}</td>${DAYS.map(() => `<td>${ticks}</td>`).join('')}<td></td></tr>`,
  );
  return `<section class="keep">
  <h2>Exercise log</h2>
  <div style="margin-bottom: 6pt">Tick a box each time you do your exercises (${perDay} a day;
    aim for ${days} a week). Write your pain the next morning, 0-10, and bring this sheet to your
    next visit.</div>
  <table class="log">
    <tr><th>Week</th>${DAYS.map((day) => `<th>${day}</th>`).join('')}<th>Pain (0-10)</th></tr>
    ${weeks.join('')}
  </table>
</section>`;
}

/**
 * The whole handout as one self-contained HTML page. The fonts are linked as file:// URLs, so
 * the page must be shown from a file:// address for Chromium to load them.
 */
export function handoutHtml(data: HandoutData, fontsDirectory: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${data.title} - ${data.patientName}`)}</title>
<style>${stylesheet(data, fontsDirectory)}</style>
</head>
<body>
${letterhead(data)}
${data.referral ? referralNotice(data.referral.reasons) : ''}
${summary(data)}
<section>
  <h2>Your exercises</h2>
  ${data.exercises.some((exercise) => exercise.illustration.kind === 'drawing') ? `<p class="key">${escapeHtml(DRAWING_KEY)}</p>` : ''}
  ${data.exercises.map(exerciseBlock).join('\n')}
</section>
${painGuide(data.painGuide)}
${seekHelp(data.seekHelp, data.clinic.phone)}
${data.returnToRun ? returnToRun(data.returnToRun) : ''}
${exerciseLog(data.log)}
</body>
</html>
`;
}
