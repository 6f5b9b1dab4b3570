import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import PostalMime from 'postal-mime';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { handoutOfNewProgram } from './handout-steps';
import { expect, saveScreen, test } from './preview-fixture';

const PATIENT = { first: 'Zoë', last: 'Łukasiewicz', email: 'zoe.l@runners.example' };
const CLINIC_ADDRESS = 'reception@harbourrun.example';

const mailForm = (page: Page) => page.getByRole('form', { name: 'Mail settings' });

let smtp: TestSmtpServer;
test.beforeEach(async () => {
  smtp = await startSmtpServer();
});
test.afterEach(async () => {
  await smtp.close();
});

/** The messages the SMTP server accepted for one address. */
const receivedFor = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

/** Settings, Mail: a plain-text server on this computer, saved and tried with a test email. */
async function setUpMail(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Mail', exact: true })).toBeVisible();
  const form = mailForm(page);
  await form.getByLabel('Mail server').fill('127.0.0.1');
  await form.getByLabel('Port').fill(String(smtp.port));
  await form
    .getByLabel('Security')
    .selectOption({ label: 'None: the password and email travel unprotected' });
  await expect(form.getByRole('note')).toContainText('travel unprotected');
  await form.getByLabel('From name').fill('Harbour Run Physio');
  await form.getByLabel('From address').fill(CLINIC_ADDRESS);

  await form.getByRole('button', { name: 'Save mail settings' }).click();
  await expect(form.getByRole('status')).toContainText('Mail settings saved.');

  await form.getByRole('button', { name: 'Send test email' }).click();
  await expect(form.getByRole('status')).toContainText('Test email sent', { timeout: 10_000 });
  await expect(form.getByRole('button', { name: 'Send test email' })).toBeEnabled();
  expect(receivedFor(CLINIC_ADDRESS)).toHaveLength(1);
  await saveScreen(page, 'settings-mail');
}

test('a physio sets up mail, emails the handout to the patient, and sees it sent', async ({
  page,
  preview,
}) => {
  // Settings, a whole visit, a program, a render and a delivery.
  test.setTimeout(120_000);
  await setUpMail(page, preview.url);
  await handoutOfNewProgram(page, preview.url, PATIENT);

  // From the keyboard: the dialog opens with the address ready to check or change.
  await page.getByRole('button', { name: 'Email to patient' }).focus();
  await page.keyboard.press('Enter');
  const compose = page.getByRole('dialog', { name: 'Email the home program' });
  const to = compose.getByRole('textbox', { name: 'To', exact: true });
  await expect(to).toBeFocused();
  await expect(to).toHaveValue(PATIENT.email);
  await expect(compose.getByLabel('Subject')).toHaveValue(
    'Your home exercise program from Stride Clinic',
  );
  await expect(compose.getByLabel('Message')).toHaveValue(/^Hello Zoë,/);
  await expect(compose.getByLabel('Message')).toHaveValue(/Jo Physio\nStride Clinic$/);
  await expect(compose).toContainText(/Attached: Home program - Zoë Łukasiewicz - .+\.pdf/);

  // A mistyped address is named under its field, and nothing is sent.
  await to.fill('zoe.l-at-runners');
  await compose.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(to).toHaveAccessibleDescription(
    "The patient's email address must look like name@example.com",
  );
  await expect(compose).toBeVisible();
  await to.fill(PATIENT.email);
  // The window as the physio sees it: the dialog over the top of the preview.
  await saveScreen(page, 'mail-compose', { fullPage: false });

  // Enter in the corrected address sends it.
  await to.press('Enter');
  await expect(compose).toBeHidden();
  await expect(page.getByRole('status')).toContainText(
    `Queued for ${PATIENT.email}. Its progress shows in the patient's emails.`,
  );

  await page.getByRole('link', { name: `Open ${PATIENT.first} ${PATIENT.last}'s record` }).click();
  const emails = page.getByRole('table', { name: 'Emails' });
  const row = emails.getByRole('row').filter({ hasText: PATIENT.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Your home exercise program from Stride Clinic');
  // The background sender delivers it; the list checks again on its own until it is sent.
  await expect(row).toContainText(/Sent \d{1,2} \w{3} \d{4} \d{2}:\d{2}/, { timeout: 20_000 });
  await saveScreen(page, 'patient-emails');

  const delivered = receivedFor(PATIENT.email);
  expect(delivered).toHaveLength(1);
  const message = await PostalMime.parse(delivered[0]!.raw);
  expect(message.subject).toBe('Your home exercise program from Stride Clinic');
  expect(message.from?.address).toBe(CLINIC_ADDRESS);
  expect(message.text).toContain('Hello Zoë,');
  expect(message.attachments).toHaveLength(1);
  const [pdf] = message.attachments;
  expect(pdf!.mimeType).toBe('application/pdf');
  expect(pdf!.filename).toMatch(/^Home program - Zoë Łukasiewicz - \d{4}-\d{2}-\d{2}\.pdf$/);
  expect(
    Buffer.from(pdf!.content as ArrayBuffer)
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
  // Only the test email and the patient's: nothing else went out.
  expect(smtp.received).toHaveLength(2);

  // The history keeps the very PDF the email carried.
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: /^Download PDF emailed on / }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(pdf!.filename);
  const kept = readFileSync((await download.path())!);
  expect(kept.equals(Buffer.from(pdf!.content as ArrayBuffer))).toBe(true);

  // From the patient's programs, "Email to patient" goes straight to the compose view.
  await page.getByRole('link', { name: /^Email to patient: / }).click();
  const again = page.getByRole('dialog', { name: 'Email the home program' });
  await expect(again).toBeVisible({ timeout: 20_000 });
  await expect(again.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(PATIENT.email);
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
});
