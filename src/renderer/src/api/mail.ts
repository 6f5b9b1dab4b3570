import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailRecord, MailSettingsInput, OutgoingEmail } from '../../../shared/domain/mail';
import { callApi } from './client';

const keys = {
  settings: ['mail', 'settings'] as const,
  draft: (handoutId: string) => ['mail', 'draft', handoutId] as const,
  forPatient: (patientId: string) => ['mail', 'patient', patientId] as const,
};

/** While an email waits or is with the mail server, its row is checked this often. */
const IN_PROGRESS_REFRESH_MS = 1500;

const inProgress = (email: EmailRecord) => email.state === 'queued' || email.state === 'sending';

/** The clinic's mail server settings (never the password: only whether one is saved). */
export function useMailSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => callApi('mail.getSettings', {}) });
}

export function useUpdateMailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: MailSettingsInput) => callApi('mail.updateSettings', { settings }),
    onSuccess: (settings) => queryClient.setQueryData(keys.settings, settings),
  });
}

/** Tries the settings as typed, without saving them. */
export function useSendTestEmail() {
  return useMutation({
    mutationFn: (settings: MailSettingsInput) => callApi('mail.sendTest', { settings }),
  });
}

/** The compose view's starting values: the patient's address and the filled-in template. */
export function useEmailDraft(handoutId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.draft(handoutId),
    queryFn: () => callApi('mail.draftFor', { handoutId }),
    enabled,
    // Each opening starts again from the record and the current template.
    gcTime: 0,
  });
}

function useRememberEmail() {
  const queryClient = useQueryClient();
  return (email: EmailRecord) =>
    queryClient.invalidateQueries({ queryKey: keys.forPatient(email.patientId) });
}

/** Puts the email in the outbox; a sender in main delivers it in the background. */
export function useQueueEmail() {
  const remember = useRememberEmail();
  return useMutation({
    mutationFn: (email: OutgoingEmail) => callApi('mail.queue', { email }),
    onSuccess: remember,
  });
}

/** The email as a draft in the physio's own mail program (downloaded in the preview). */
export function useOpenInMailApp() {
  return useMutation({
    mutationFn: (email: OutgoingEmail) => callApi('mail.openInMailApp', { email }),
  });
}

/** The PDF an email carried, exactly as it went. */
export function useEmailAttachment() {
  return useMutation({ mutationFn: (id: string) => callApi('mail.attachment', { id }) });
}

/** Puts a failed email, or one that may have been sent, back in the outbox. */
export function useRetryEmail() {
  const remember = useRememberEmail();
  return useMutation({
    mutationFn: (id: string) => callApi('mail.retry', { id }),
    onSuccess: remember,
  });
}

/** The patient's emails, newest first; checked again while any is on its way. */
export function usePatientEmails(patientId: string) {
  return useQuery({
    queryKey: keys.forPatient(patientId),
    queryFn: () => callApi('mail.forPatient', { patientId }),
    refetchInterval: (query) =>
      query.state.data?.some(inProgress) ? IN_PROGRESS_REFRESH_MS : false,
  });
}
