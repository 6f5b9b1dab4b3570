import { useState } from 'react';
import type { ExportedRecord } from '../../../../shared/domain/patient-record';
import { useExportRecord } from '../../api/patient-record';
import { bytesFromBase64, downloadFile } from '../handouts/download';

/** Where the files went, in words. */
function describeExport(result: ExportedRecord): string {
  if (result.kind === 'cancelled') return 'Not exported: the folder dialog was closed.';
  const names = result.files.map((file) => `“${file.fileName}”`).join(' and ');
  return result.kind === 'saved' ? `Saved ${names} in ${result.folder}.` : `Downloaded ${names}.`;
}

/**
 * "Export patient record": a readable PDF and a JSON file of everything stored, written to a
 * folder the physio picks; in the browser preview both files download. `done` says where
 * they went; `error` why they did not.
 */
export function useRecordExport(patientId: string) {
  const exporter = useExportRecord(patientId);
  const [done, setDone] = useState<string | null>(null);

  async function run() {
    setDone(null);
    const result = await exporter.mutateAsync();
    if (result.kind === 'downloaded') {
      for (const file of result.files) {
        downloadFile(bytesFromBase64(file.base64), file.fileName, file.mediaType);
      }
    }
    setDone(describeExport(result));
  }

  return {
    run: () => void run().catch(() => null),
    pending: exporter.isPending,
    error: exporter.error,
    done,
  };
}
