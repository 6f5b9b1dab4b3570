import { Button, Table, Text } from '@mantine/core';
import { useEmailAttachment, usePatientEmails, useRetryEmail } from '../../api/mail';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { describeDateTime } from '../../format/dates';
import { bytesFromBase64, downloadFile } from '../handouts/download';
import { EmailStateCell } from './EmailStateCell';

/** Every home program emailed to the patient, newest first, and where each one is. */
export function PatientEmails({ patientId }: { patientId: string }) {
  const emails = usePatientEmails(patientId);
  const retry = useRetryEmail();
  const attachment = useEmailAttachment();
  const list = emails.data ?? [];
  const downloadPdf = (id: string) =>
    attachment.mutate(id, {
      onSuccess: (pdf) =>
        downloadFile(bytesFromBase64(pdf.pdfBase64), pdf.fileName, 'application/pdf'),
    });
  return (
    <Section title="Emails">
      <ErrorAlert error={emails.error} title="The emails could not be loaded" />
      <ErrorAlert error={retry.error} title="The email was not queued again" />
      <ErrorAlert error={attachment.error} title="The PDF could not be opened" />
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          No emails yet. Open a program&apos;s handout and choose “Email to patient”.
        </Text>
      ) : (
        <Table aria-label="Emails" verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Queued on</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Subject</Table.Th>
              <Table.Th>Attachment</Table.Th>
              <Table.Th>State</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((email) => (
              <Table.Tr key={email.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {describeDateTime(email.createdAt)}
                  {email.queuedBy && (
                    <Text size="xs" c="dimmed">
                      by {email.queuedBy}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{email.to}</Table.Td>
                <Table.Td>{email.subject}</Table.Td>
                <Table.Td>
                  <Text size="sm">{email.fileName}</Text>
                  <Text size="xs" c="dimmed">
                    Program version {email.programVersion}
                  </Text>
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    px={0}
                    aria-label={`Download PDF emailed on ${describeDateTime(email.createdAt)}`}
                    loading={attachment.isPending && attachment.variables === email.id}
                    onClick={() => downloadPdf(email.id)}
                  >
                    Download PDF
                  </Button>
                </Table.Td>
                <Table.Td>
                  <EmailStateCell
                    email={email}
                    retrying={retry.isPending && retry.variables === email.id}
                    onRetry={() => retry.mutate(email.id)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
