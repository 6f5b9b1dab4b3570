import { format } from 'date-fns';
import type { AuditEntry, AuditExport } from '../../shared/domain/audit';
import { writeNewFiles } from '../services/export-files';
import type { Clock } from '../services/clock';
import type { FolderDialog } from '../system/ports';
import type { AuditTrail } from './audit-trail';

const COLUMNS = ['Entry', 'When (UTC)', 'Practitioner', 'Action', 'What', 'Patient', 'Note'];

/**
 * One CSV field: quoted, quotes doubled; text a spreadsheet would run as a formula (it starts
 * with = + - @) gets a leading apostrophe, so a name typed as "=HYPERLINK(…)" stays text.
 */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

function patientColumn(entry: AuditEntry): string | null {
  if (entry.patientName) return entry.patientName;
  return entry.patientErased ? '(erased patient)' : null;
}

export function auditCsv(entries: AuditEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.sequence,
      entry.at,
      entry.practitionerName,
      entry.action,
      entry.subject,
      patientColumn(entry),
      entry.note,
    ]
      .map(csvField)
      .join(','),
  );
  // A byte order mark so spreadsheet programs read accented names as UTF-8.
  return `\uFEFF${[COLUMNS.map(csvField).join(','), ...rows].join('\r\n')}\r\n`;
}

/** Writes the whole trail as CSV into a folder the clinic picks (downloaded in the preview). */
export async function exportAuditTrail(
  trail: AuditTrail,
  clock: Clock,
  folderDialog: FolderDialog,
): Promise<AuditExport> {
  const target = await folderDialog.chooseExportFolder('Choose a folder for the audit trail');
  if (target.kind === 'cancelled') return { kind: 'cancelled' };
  const csv = auditCsv(trail.all());
  const baseName = `Audit trail - ${format(new Date(clock.nowIso()), 'yyyy-MM-dd')}`;
  if (target.kind === 'download') return { kind: 'downloaded', fileName: `${baseName}.csv`, csv };
  const [written] = await writeNewFiles(target.path, baseName, [
    { extension: '.csv', bytes: Buffer.from(csv, 'utf8') },
  ]);
  return { kind: 'saved', fileName: written!.fileName, path: written!.path };
}
